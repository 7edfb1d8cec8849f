/**
 * Compiles the aliases of the matcher data into the structures the scanner
 * uses: folded keys in a sorted trie, their records, and the first-word filter.
 */
import type { MatcherData, MatcherEntity } from '../kb/matcher-data.ts';
import { foldKeepCase, foldString, isWordUnit } from '../text/index.ts';
import { AliasTrie } from './alias-trie.ts';
import { REPLACEABLE_FINALS, isCyrillicUnit } from './russian-endings.ts';
import { HASH_SEED, WordHashSet, hashFinish, hashUnits } from './word-hash.ts';

export interface AliasRecord {
  entity: string;
  /** The alias as written in the KB. */
  alias: string;
  weak: boolean;
  misspelling: boolean;
  caseSensitive: boolean;
  /** The key's text with case kept, compared with the page (case-sensitive aliases only, else ''). */
  caseForm: string;
  /** The last word is Cyrillic: it may take a Russian case ending. */
  inflects: boolean;
  /** The key is the alias minus its final letter: a case ending must follow. */
  stem: boolean;
}

export interface AliasIndex {
  trie: AliasTrie;
  /** Records per key index of the trie. */
  records: AliasRecord[][];
  /** First words of keys: SINGLE when a key is that word alone, MULTI when longer keys start with it. */
  firstWords: WordHashSet;
  /** First two words (with the separator between them) of keys with two or more words. */
  pairs: WordHashSet;
  /** Single Cyrillic words (and stems) that may take a case ending. */
  inflectables: WordHashSet;
  /** Longest key in folded units (bounds how much text a lookup folds). */
  maxKeyLength: number;
  entities: Map<string, MatcherEntity>;
}

const EDGE_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;

export const SINGLE = 1;
export const MULTI = 2;

/** Length of the leading run of word units of `key` from `from`. */
function wordRun(key: string, from: number): number {
  let i = from;
  while (i < key.length && isWordUnit(key.charCodeAt(i))) i++;
  return i - from;
}

/** The leading run of word units of a folded key. */
export function firstWord(key: string): string {
  let i = 0;
  while (i < key.length && isWordUnit(key.charCodeAt(i))) i++;
  return key.slice(0, i);
}

export function buildAliasIndex(data: MatcherData): AliasIndex {
  const byKey = new Map<string, AliasRecord[]>();
  const add = (key: string, rec: AliasRecord): void => {
    const list = byKey.get(key);
    if (list) list.push(rec);
    else byKey.set(key, [rec]);
  };
  for (const a of data.aliases) {
    const text = a.text.replace(EDGE_NON_WORD, '');
    const key = foldString(text);
    if (key.length === 0 || !isWordUnit(key.charCodeAt(0))) continue;
    const last = key.charCodeAt(key.length - 1);
    const inflects = isCyrillicUnit(last);
    const caseForm = a.caseSensitive ? foldKeepCase(text) : '';
    const rec = (caseFormOf: string, stem: boolean): AliasRecord => ({
      entity: a.entity,
      alias: a.text,
      weak: a.weak,
      misspelling: a.misspelling,
      caseSensitive: a.caseSensitive,
      caseForm: caseFormOf,
      inflects,
      stem,
    });
    add(key, rec(caseForm, false));
    if (inflects && REPLACEABLE_FINALS.has(last) && key.length >= 3 && isWordUnit(key.charCodeAt(key.length - 2))) {
      add(key.slice(0, -1), rec(caseForm.slice(0, -1), true));
    }
  }
  const keys = [...byKey.keys()].sort();
  const firstWords = new WordHashSet(keys.length);
  const pairs = new WordHashSet(keys.length);
  let inflectableCount = 0;
  for (const k of keys) for (const r of byKey.get(k) ?? []) if (r.inflects) inflectableCount++;
  const inflectables = new WordHashSet(inflectableCount);
  let maxKeyLength = 0;
  for (const k of keys) {
    maxKeyLength = Math.max(maxKeyLength, k.length);
    const recs = byKey.get(k) ?? [];
    const w1 = wordRun(k, 0);
    const h1 = hashFinish(hashUnits(k.slice(0, w1), HASH_SEED));
    if (w1 === k.length) {
      if (recs.some((r) => !r.stem)) firstWords.add(h1, SINGLE);
      if (recs.some((r) => r.inflects)) inflectables.add(h1, SINGLE);
      continue;
    }
    firstWords.add(h1, MULTI);
    let sepEnd = w1;
    while (sepEnd < k.length && !isWordUnit(k.charCodeAt(sepEnd))) sepEnd++;
    const w2End = sepEnd + wordRun(k, sepEnd);
    pairs.add(hashFinish(hashUnits(k.slice(0, w2End), HASH_SEED)), SINGLE);
  }
  return {
    trie: new AliasTrie(keys),
    records: keys.map((k) => byKey.get(k) ?? []),
    firstWords,
    pairs,
    inflectables,
    maxKeyLength,
    entities: new Map(data.entities.map((e) => [e.id, e])),
  };
}
