/**
 * Compiles the aliases of the matcher data into the structures the scanner
 * uses: folded keys in a sorted trie, their records, and the first-word filter.
 */
import type { MatcherAlias, MatcherData, MatcherEntity } from '../kb/matcher-data.ts';
import { foldKeepCase, foldString, isWordUnit } from '../text/index.ts';
import { AliasTrie } from './alias-trie.ts';
import { CASE_ENDINGS, REPLACEABLE_FINALS, isCyrillicUnit } from './russian-endings.ts';
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
  /** Keys with two or more words: the first word, the separator and up to PAIR_UNITS units of the second. */
  pairs: WordHashSet;
  /** Single Cyrillic words (and stems) that may take a case ending. */
  inflectables: WordHashSet;
  /** Longest key in folded units (bounds how much text a lookup folds). */
  maxKeyLength: number;
  entities: Map<string, MatcherEntity>;
}

const CLOSERS: Record<number, number> = { 0x22: 0x22, 0x27: 0x27, 0x29: 0x28, 0x5d: 0x5b };

/**
 * Trims a folded alias to start at a word; trailing punctuation goes too,
 * unless it closes a quote or bracket opened inside the alias
 * ('теракт в "крокусе"' keeps its closing quote, '"крокус"' loses both).
 */
export function trimKey(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !isWordUnit(s.charCodeAt(a))) a++;
  while (b > a) {
    const c = s.charCodeAt(b - 1);
    if (isWordUnit(c)) break;
    const open = CLOSERS[c];
    if (open !== undefined) {
      let count = 0;
      for (let i = a; i < b - 1; i++) if (s.charCodeAt(i) === open) count++;
      if (open === c ? count % 2 === 1 : count > 0) break;
    }
    b--;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function record(a: MatcherAlias, caseForm: string, inflects: boolean, stem: boolean): AliasRecord {
  return {
    entity: a.entity,
    alias: a.text,
    weak: a.weak,
    misspelling: a.misspelling,
    caseSensitive: a.caseSensitive,
    caseForm,
    inflects,
    stem,
  };
}

export const SINGLE = 1;
export const MULTI = 2;
/** How many units of the second word the pair hashes cover. */
export const PAIR_UNITS = 8;

/** Length of the leading run of word units of `key` from `from`. */
function wordRun(key: string, from: number): number {
  let i = from;
  while (i < key.length && isWordUnit(key.charCodeAt(i))) i++;
  return i - from;
}

export function buildAliasIndex(data: MatcherData): AliasIndex {
  const byKey = new Map<string, AliasRecord[]>();
  const add = (key: string, rec: AliasRecord): void => {
    const list = byKey.get(key);
    if (list) list.push(rec);
    else byKey.set(key, [rec]);
  };
  for (const a of data.aliases) {
    const key = trimKey(foldString(a.text));
    if (key.length === 0) continue;
    const last = key.charCodeAt(key.length - 1);
    const inflects = isCyrillicUnit(last);
    const caseForm = a.caseSensitive ? trimKey(foldKeepCase(a.text)) : '';
    add(key, record(a, caseForm, inflects, false));
    if (inflects && REPLACEABLE_FINALS.has(last) && key.length >= 3 && isWordUnit(key.charCodeAt(key.length - 2))) {
      add(key.slice(0, -1), record(a, caseForm.slice(0, -1), inflects, true));
    }
  }
  const keys = [...byKey.keys()].sort();
  const firstWords = new Map<number, number>();
  const pairs = new Map<number, number>();
  const inflectables = new Map<number, number>();
  const flag = (set: Map<number, number>, hash: number, f: number): void => {
    set.set(hash, (set.get(hash) ?? 0) | f);
  };
  let maxKeyLength = 0;
  for (const k of keys) {
    maxKeyLength = Math.max(maxKeyLength, k.length);
    const recs = byKey.get(k) ?? [];
    const w1 = wordRun(k, 0);
    const h1 = hashFinish(hashUnits(k.slice(0, w1), HASH_SEED));
    if (w1 === k.length) {
      if (recs.some((r) => !r.stem)) flag(firstWords, h1, SINGLE);
      if (recs.some((r) => r.inflects)) flag(inflectables, h1, SINGLE);
      continue;
    }
    flag(firstWords, h1, MULTI);
    let sepEnd = w1;
    while (sepEnd < k.length && !isWordUnit(k.charCodeAt(sepEnd))) sepEnd++;
    const w2 = k.slice(sepEnd, sepEnd + wordRun(k, sepEnd));
    const head = hashUnits(k.slice(0, sepEnd), HASH_SEED);
    // The scanner hashes the first two words up to PAIR_UNITS units of the second.
    const variants = new Set([w2.slice(0, PAIR_UNITS)]);
    if (w2.length < PAIR_UNITS && sepEnd + w2.length === k.length && recs.some((r) => r.inflects)) {
      for (const e of CASE_ENDINGS) variants.add((w2 + e).slice(0, PAIR_UNITS));
    }
    for (const v of variants) flag(pairs, hashFinish(hashUnits(v, head)), SINGLE);
  }
  return {
    trie: new AliasTrie(keys),
    records: keys.map((k) => byKey.get(k) ?? []),
    firstWords: new WordHashSet(firstWords),
    pairs: new WordHashSet(pairs),
    inflectables: new WordHashSet(inflectables),
    maxKeyLength,
    entities: new Map(data.entities.map((e) => [e.id, e])),
  };
}
