/**
 * The hot loop: one pass over a block's text for all aliases at once.
 *
 * Per code unit: `charCodeAt`, one typed-array read (fold + class), and, inside
 * words, one multiply to hash the folded word. At each word end the word's
 * hash is looked up among the first words of all aliases (a cached bit filter,
 * then an exact hash table). A first word that only starts longer aliases
 * ("Crocus" of "Crocus City Hall") is confirmed as the loop reads on: the
 * separator and the first units of the next word are hashed on and looked up
 * among the aliases' first-word pairs. Cyrillic words also try their 1-3 units
 * shorter prefixes against the inflectable aliases. Only then does `matchAt`
 * walk the trie. Nothing here grows with the alias count, no text is read
 * twice, and pages without mentions never reach the trie.
 */
import * as chars from '../text/char-table.ts';
import * as aliasIndex from './alias-index.ts';
import type { AliasIndex } from './alias-index.ts';
import { type RawMatch, matchAt } from './match-at.ts';
import * as endings from './russian-endings.ts';
import * as hashing from './word-hash.ts';
import type { WordHashSet } from './word-hash.ts';

// Module-local copies: some toolchains turn every use of an imported binding
// into a getter call, which would dominate this loop.
const { HIGH_SURROGATE, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, WORD, computeUnit, pairInfo, specialFold } = chars;
const { HASH_SEED, hashFinish } = hashing;
const { MULTI, SINGLE, PAIR_UNITS } = aliasIndex;
const { isCyrillicUnit } = endings;
const FNV_PRIME = 0x01000193;
const KINDS = WORD | SKIP | SPECIAL | HIGH_SURROGATE;

/** Longest separator (in folded units) between the first two words of an alias. */
const MAX_SEPARATOR = 4;

function inflectedPrefix(inf: WordHashSet, h1: number, h2: number, h3: number, len: number): boolean {
  return (
    inf.get(hashFinish(h1)) !== 0 ||
    (len >= 3 && inf.get(hashFinish(h2)) !== 0) ||
    (len >= 4 && inf.get(hashFinish(h3)) !== 0)
  );
}

/** Finds the exact alias matches of one block (leftmost, longest). */
export function scanBlock(text: string, index: AliasIndex, onMatch: (m: RawMatch) => void): void {
  const table = UNIT_TABLE;
  const firstWords = index.firstWords;
  const pairs = index.pairs;
  const inflectables = index.inflectables;
  const hasInflectables = inflectables.size > 0;
  const n = text.length;
  // The current word: start, raw hash, the hashes one to three units shorter, length, last unit.
  let inWord = false;
  let start = 0;
  let h = HASH_SEED;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let len = 0;
  let last = 0;
  // A pending first word that only starts longer aliases: its start and the pair hash so far.
  let pending = false;
  let pStart = 0;
  let ph = 0;
  let pSep = 0;
  let pPrev = -1;
  let pLen = 0;

  // i === n is a virtual space that ends the last word.
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    let e = table[c] as number;
    if (e === 0) e = computeUnit(c);
    const kind = e & KINDS;
    if (kind === WORD) {
      if (!inWord) {
        inWord = true;
        start = i;
        h = HASH_SEED;
        len = 0;
      }
      const u = e & UNIT_MASK;
      h3 = h2;
      h2 = h1;
      h1 = h;
      h = Math.imul(h ^ u, FNV_PRIME);
      len++;
      last = u;
      if (pending && pLen < PAIR_UNITS) {
        ph = Math.imul(ph ^ u, FNV_PRIME);
        pLen++;
      }
      continue;
    }
    if (kind === SKIP) continue;

    // Rare kinds: several folded units, or a surrogate pair.
    const at = i;
    let word = false;
    let units: string | null = null;
    if (kind !== 0) {
      if ((e & HIGH_SURROGATE) !== 0) {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const info = pairInfo(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          word = info.word;
          units = info.fold;
          i++;
        } else {
          units = String.fromCharCode(c);
        }
      } else {
        word = (e & WORD) !== 0;
        units = specialFold(c);
      }
      if (word) {
        if (!inWord) {
          inWord = true;
          start = at;
          h = HASH_SEED;
          len = 0;
        }
        for (let k = 0; k < units.length; k++) {
          const u = units.charCodeAt(k);
          h3 = h2;
          h2 = h1;
          h1 = h;
          h = Math.imul(h ^ u, FNV_PRIME);
          len++;
          last = u;
          if (pending && pLen < PAIR_UNITS) {
            ph = Math.imul(ph ^ u, FNV_PRIME);
            pLen++;
          }
        }
        continue;
      }
    }

    // A non-word unit: the word before it (if any) has ended.
    if (inWord) {
      inWord = false;
      if (pending) {
        // The second word of a pending pair ended: does an alias start at the first?
        pending = false;
        if (pairs.get(hashFinish(ph)) !== 0) {
          const m = matchAt(text, pStart, index);
          if (m) {
            onMatch(m);
            if (m.end > at) i = m.end - 1;
            continue;
          }
        }
      }
      const flags = firstWords.get(hashFinish(h));
      if (
        (flags & SINGLE) !== 0 ||
        (hasInflectables && len >= 2 && isCyrillicUnit(last) && inflectedPrefix(inflectables, h1, h2, h3, len))
      ) {
        const m = matchAt(text, start, index);
        if (m) {
          onMatch(m);
          if (m.end > at) i = m.end - 1;
          continue;
        }
      }
      if ((flags & MULTI) !== 0) {
        pending = true;
        pStart = start;
        ph = h;
        pSep = 0;
        pPrev = -1;
        pLen = 0;
      }
    }
    if (pending) {
      // Hash the separator on (spaces collapse as in folded aliases).
      const us = units ?? String.fromCharCode(e & UNIT_MASK);
      for (let k = 0; k < us.length; k++) {
        const u = us.charCodeAt(k);
        if (u === 0x20 && pPrev === 0x20) continue;
        ph = Math.imul(ph ^ u, FNV_PRIME);
        pPrev = u;
        if (++pSep > MAX_SEPARATOR) {
          pending = false;
          break;
        }
      }
    }
  }
}
