/**
 * The packed form of the matcher data that the detection engine loads (see
 * packed.ts, which makes it): the type and its flag values, apart so that the
 * loader does not depend on the packing code.
 */
export const PACKED_FORMAT = 'gloss-detector/3';

export interface PackedDetector {
  format: typeof PACKED_FORMAT;
  revision: number;
  /** Entity ids; everything else refers to entities by index into this list. */
  ids: string[];
  /** Entities of type "event" and "place". */
  events: number[];
  places: number[];
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
   * alone) and FIRST_STARTS (longer keys start with it); see word-hash.ts.
   */
  firstWords: string;
  /**
   * Per key: the number of records, then per record `entity * 16 + REC_*
   * flags`, in base-64 digits: the first character gives the digits per code
   * (high digit first), each count takes one (see encodeRecords, decodeRecords).
   */
  recs: string;
  /** The case-kept keys of case-sensitive records, in record order. */
  caseForms: string[];
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

export const REC_WEAK = 1;
export const REC_MISSPELLING = 2;
export const REC_CASE_SENSITIVE = 4;
/** The key is the alias minus its final letter: a case ending must follow. */
export const REC_STEM = 8;

/** The key has a record that is not a stem (the key alone can be a match). */
export const KEY_HAS_WHOLE = 1;
/** The key has a record whose last word may take a Russian case ending. */
export const KEY_INFLECTS = 2;
/** The 64 digits of packed numbers (record codes), high digit first. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT_VALUE = new Uint8Array(128);
for (let d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

/** `value` as `width` digits. */
function toDigits(value: number, width: number): string {
  let out = '';
  for (let d = width - 1; d >= 0; d--) out += DIGITS.charAt(Math.floor(value / 64 ** d) % 64);
  return out;
}

/** The number written as `width` digits from `at` in `s`. */
function fromDigits(s: string, at: number, width: number): number {
  let value = 0;
  for (let d = 0; d < width; d++) value = value * 64 + (DIGIT_VALUE[s.charCodeAt(at + d) & 127] as number);
  return value;
}

export const FIRST_ALONE = 1;
export const FIRST_STARTS = 2;

/** Records (per key: count, then codes) as the `recs` string. */
export function encodeRecords(list: readonly number[]): string {
  let max = 0;
  for (const v of list) max = Math.max(max, v);
  let width = 1;
  while (64 ** width <= max) width++;
  let out = toDigits(width, 1);
  for (let at = 0; at < list.length; ) {
    const count = list[at] as number;
    if (count >= 64) throw new Error('a key has too many records to pack');
    out += toDigits(count, 1);
    for (let r = 1; r <= count; r++) out += toDigits(list[at + r] as number, width);
    at += count + 1;
  }
  return out;
}

/** The `recs` string back as numbers: per key, the count, then the codes. */
export function decodeRecords(s: string): Int32Array {
  const width = fromDigits(s, 0, 1);
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 1; i < s.length; ) {
    const count = fromDigits(s, i++, 1);
    out[n++] = count;
    for (let r = 0; r < count; r++, i += width) out[n++] = fromDigits(s, i, width);
  }
  return out.subarray(0, n);
}
