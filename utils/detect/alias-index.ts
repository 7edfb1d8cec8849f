/**
 * The structures the scanner uses, loaded from the packed form (packed.ts)
 * without folding, sorting or hashing any key: the sorted keys are the trie
 * as they come, and the first-word table is decoded from fingerprints made
 * at build time (a few hundred short numbers). The rest is made on first use:
 * - the set of the keys' pair fingerprints, when a page has a first word
 *   followed by another;
 * - the table of inflectable single words, on the first Cyrillic word;
 * - a key's records, when a lookup reaches it.
 */
import { AliasTrie } from './alias-trie.ts';
import {
  FIRST_ALONE,
  FIRST_STARTS,
  KEY_INFLECTS,
  type PackedDetector,
  REC_CASE_SENSITIVE,
  REC_MISSPELLING,
  REC_ENTITY_SHIFT,
  REC_MARK_STEP,
  REC_STEM,
  REC_WEAK,
  REC_WORD_LIKE,
} from './packed-format.ts';
import { isCyrillicUnit } from './russian-endings.ts';
import { FingerprintSet, WordHashSet, fingerprint, hashFinish, hashUnits } from './word-hash.ts';

export interface AliasRecord {
  entity: string;
  /** The entity's index in the packed ids. */
  entityIndex: number;
  weak: boolean;
  misspelling: boolean;
  caseSensitive: boolean;
  /** The key's text with case kept, compared with the page (case-sensitive aliases only, else ''). */
  caseForm: string;
  /** The last word is Cyrillic: it may take a Russian case ending. */
  inflects: boolean;
  /** The key is the alias minus its final letter: a case ending must follow. */
  stem: boolean;
  /** A case-sensitive alias that is an everyday word in lower case ("IS"): not taken amid capitals. */
  wordLike: boolean;
}

/** First-word flags: some key is the word alone; longer keys start with it. */
export const SINGLE = FIRST_ALONE;
export const MULTI = FIRST_STARTS;
/** How many units of the second word the pair hashes cover. */
export const PAIR_UNITS = 8;

export class AliasIndex {
  readonly trie: AliasTrie;
  /** First words of keys (fingerprints, word-hash.ts): SINGLE when a key is that word alone, MULTI when longer keys start with it. */
  readonly firstWords: FingerprintSet;
  /** Some single-word key may take a Russian case ending. */
  readonly mayInflect: boolean;
  private readonly packed: PackedDetector;
  private records: AliasRecord[][] | null = null;
  /** Where the key last found by `recordStart` has its first case-kept form in `caseForms`. */
  private formAt = 0;
  private wordSplit: RegExp | null = null;
  private inflectableWords: WordHashSet | null = null;
  private pairs: FingerprintSet | null = null;

  constructor(packed: PackedDetector) {
    this.packed = packed;
    this.trie = new AliasTrie(packed.keys);
    this.firstWords = new FingerprintSet(packed.firstWords);
    this.firstWords.prime();
    this.mayInflect = packed.mayInflect;
  }

  private isWord(u: number): boolean {
    return u < 0x80 ? (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) : this.packed.nonWord.indexOf(String.fromCharCode(u)) < 0;
  }

  /** Single Cyrillic words (and stems) that may take a case ending (made on first use). */
  get inflectables(): WordHashSet {
    if (!this.inflectableWords) {
      const { keys, keyFlags } = this.packed;
      const set = new WordHashSet(64);
      for (let k = 0; k < keys.length; k++) {
        if (((keyFlags.charCodeAt(k) - 0x30) & KEY_INFLECTS) === 0) continue;
        const key = keys[k] as string;
        let i = 0;
        while (i < key.length && this.isWord(key.charCodeAt(i))) i++;
        if (i === key.length) set.add(hashFinish(hashUnits(key)), SINGLE);
      }
      set.prime();
      this.inflectableWords = set;
    }
    return this.inflectableWords;
  }

  /**
   * Whether some key goes on from its first word with the separator and the
   * second word hashed into `ph` (the first word, the separator and the
   * first PAIR_UNITS units of the second word, raw). With `inflected`, the
   * second word may also be a key's last word plus a case ending: `ph1`-`ph3`
   * are the hashes one to three units shorter (`count` units of the second
   * word were hashed). A filter: a rare false yes only costs a walk of the trie.
   */
  pairFollows(ph: number, ph1: number, ph2: number, ph3: number, count: number, inflected: boolean): boolean {
    const pairs = (this.pairs ??= new FingerprintSet(this.packed.pairs));
    if (pairs.get(fingerprint(ph)) !== 0) return true;
    if (!inflected) return false;
    return (
      (count >= 2 && pairs.get(fingerprint(ph1)) !== 0) ||
      (count >= 3 && pairs.get(fingerprint(ph2)) !== 0) ||
      (count >= 4 && pairs.get(fingerprint(ph3)) !== 0)
    );
  }

  /** The records of key `k` (the trie's key index), decoded on first use. */
  recordsOf(k: number): AliasRecord[] {
    this.records ??= [];
    let list = this.records[k];
    if (!list) {
      list = [];
      const { keys, caseForms, ids } = this.packed;
      const recs = this.packed.recs;
      const key = keys[k] as string;
      const inflects = isCyrillicUnit(key.charCodeAt(key.length - 1));
      const start = this.recordStart(k);
      let form = this.formAt;
      for (let at = start, end = at + (recs[at] as number) + 1; ++at < end; ) {
        const code = recs[at] as number;
        const stem = (code & REC_STEM) !== 0;
        const caseSensitive = (code & REC_CASE_SENSITIVE) !== 0;
        list.push({
          entity: ids[code >>> REC_ENTITY_SHIFT] as string,
          entityIndex: code >>> REC_ENTITY_SHIFT,
          weak: (code & REC_WEAK) !== 0,
          misspelling: (code & REC_MISSPELLING) !== 0,
          caseSensitive,
          caseForm: caseSensitive ? (caseForms[form++] as string) : '',
          inflects: stem || inflects,
          stem,
          wordLike: (code & REC_WORD_LIKE) !== 0,
        });
      }
      this.records[k] = list;
    }
    return list;
  }

  /**
   * Calls `f` with each record of key `k` as packed: entity index * REC_ENTITY + REC_* flags
   * (the misspelling search reads them without making records).
   */
  forEachRecordCode(k: number, f: (code: number) => void): void {
    const recs = this.packed.recs;
    const at = this.recordStart(k);
    for (let r = 1; r <= (recs[at] as number); r++) f(recs[at + r] as number);
  }

  /** The entity id of a record code. */
  entityOf(code: number): string {
    return this.packed.ids[code >>> REC_ENTITY_SHIFT] as string;
  }

  /**
   * Where key `k`'s records start in `recs` (its first case-kept form in
   * `caseForms` is then `formAt`): from the mark before it (`recMarks`),
   * going through at most REC_MARK_STEP - 1 keys, however many the index holds.
   */
  private recordStart(k: number): number {
    const { recs, recMarks } = this.packed;
    const mark = Math.floor(k / REC_MARK_STEP);
    let at = recMarks[2 * mark] as number;
    let form = recMarks[2 * mark + 1] as number;
    for (let j = mark * REC_MARK_STEP; j < k; j++) {
      const count = recs[at] as number;
      for (let r = 1; r <= count; r++) if (((recs[at + r] as number) & REC_CASE_SENSITIVE) !== 0) form++;
      at += count + 1;
    }
    this.formAt = form;
    return at;
  }

  /** The words of key `k` (runs of word units). */
  wordsOf(k: number): string[] {
    const nonWord = this.packed.nonWord;
    this.wordSplit ??= new RegExp(
      nonWord.length === 0 ? '[^0-9a-z\\u0080-\\uffff]+' : `(?:[^0-9a-z\\u0080-\\uffff]|[${nonWord.replace(/[\\\]^-]/g, '\\$&')}])+`,
    );
    return (this.packed.keys[k] as string).split(this.wordSplit).filter((w) => w.length > 0);
  }
}
