/**
 * The packed form of the matcher data that the detection engine loads (see
 * packed.ts, which makes it): the type and its flag values, apart so that the
 * loader does not depend on the packing code.
 */
import type { PackedLexicon } from './figure-lexicon.ts';

export const PACKED_FORMAT = 'gloss-detector/14';

export interface PackedDetector {
  format: typeof PACKED_FORMAT;
  revision: number;
  /** Entity ids; everything else refers to entities by index into this list. */
  ids: string[];
  /** Entities of type "event" and "place". */
  events: number[];
  places: number[];
  /**
   * Places with a name that counts alone (a venue, a town; not a country, all of whose names need support): named
   * even by a weak alias that stays ("el Crocus"), they say that the page is about their events' figures.
   */
  landmarks: number[];
  /** Per entity of `ids` (shorter when the tail has none): the related entities as listed in the KB. */
  related: number[][];
  /** [entity, phrases] with the phrases folded, hyphens as spaces, trimmed. */
  excludes: [number, string[]][];
  /** Sorted folded keys (unique). */
  keys: string[];
  /** Units of the keys beyond ASCII that are no word units (the loader takes all others for word units). */
  nonWord: string;
  /** Per key: KEY_HAS_WHOLE | KEY_INFLECTS, as the character '0' + flags. */
  keyFlags: string;
  /**
   * The keys' first words, as the scanner's first-word table takes them: each
   * distinct first word's fingerprint with FIRST_ALONE (some key is that word
   * alone) and FIRST_STARTS (longer keys start with it), as
   * `packFingerprints` (word-hash.ts) gives them.
   */
  firstWords: number[];
  /**
   * The keys of several words: the fingerprint (word-hash.ts) of each one's
   * pair hash (its first word, the separator and up to PAIR_UNITS units of
   * its second word, as the scanner hashes them), as `packFingerprints`
   * (word-hash.ts) gives them (flag 1). A page word followed by another is
   * looked up here before the trie is walked.
   */
  pairs: number[];
  /**
   * Per key: the number of records, then per record `entity * REC_ENTITY +
   * REC_* flags`: plain numbers, which a page parses natively and does not decode.
   */
  recs: number[];
  /**
   * Every REC_MARK_STEP keys, from the first: where that key's records start
   * in `recs`, and its first case-kept form in `caseForms` (two numbers per
   * mark). A page finds a key's records from the mark before it, without
   * going through all the keys before it.
   */
  recMarks: number[];
  /** The case-kept keys of case-sensitive records, in record order. */
  caseForms: string[];
  /** The figure word lists (figure-lexicon.ts), folded at build time. */
  lexicon: PackedLexicon;
  /** Numeric disputes with figure phrases (folded, as word lists). */
  disputes: { id: string; subject: number; phrases: string[][]; year?: number }[];
  /** Some one-word key may take a Russian case ending. */
  mayInflect: boolean;
  /**
   * The misspelling targets (fuzzy.ts `targets`), in target order, as plain
   * arrays (a page parses them natively and decodes nothing): each one's key
   * words joined by single spaces, word count and entity index.
   */
  targets: { norms: string[]; words: number[]; entities: number[] };
  /**
   * Per entity of `ids` (shorter when the tail has none): the indexes of its
   * targets in `targets`, ascending. A page takes those of its subjects only.
   */
  entityTargets: number[][];
  /**
   * Per target, its signature pieces (signatures.ts): k + 1 codes for k
   * allowed errors. Made at build time; worked out per target on a page
   * when absent (tools and tests).
   */
  signatures?: number[][];
}

/** Keys between two marks of `recMarks`. */
export const REC_MARK_STEP = 64;

export const REC_WEAK = 1;
export const REC_MISSPELLING = 2;
export const REC_CASE_SENSITIVE = 4;
/** The key is the alias minus its final letter: a case ending must follow. */
export const REC_STEM = 8;
/** A case form the compiler made (utils/kb/case-forms.ts): no misspelling target. */
export const REC_CASE_FORM = 16;
/** A case-sensitive alias that is an everyday word in lower case ("IS"; MatcherAlias.wordLike): not taken amid capitals. */
export const REC_WORD_LIKE = 32;
/** A record is its entity's index times this, plus its REC_* flags. */
export const REC_ENTITY = 64;
export const REC_ENTITY_SHIFT = 6;

/** The key has a record that is not a stem (the key alone can be a match). */
export const KEY_HAS_WHOLE = 1;
/** The key has a record whose last word may take a Russian case ending. */
export const KEY_INFLECTS = 2;

export const FIRST_ALONE = 1;
export const FIRST_STARTS = 2;
