/**
 * The hot loop: one pass over a block's text for all aliases at once.
 *
 * Per code unit: `charCodeAt`, one typed-array read (fold + class), and, inside
 * words, one multiply to hash the folded word. At each word end one bit of the
 * first-word filter is tested (for Cyrillic words also the 1-3 units shorter
 * prefixes, so inflected forms are found). Only on a hit does `matchAt` fold a
 * small window and walk the trie. Nothing here depends on the alias count.
 */
import * as chars from '../text/char-table.ts';
import type { AliasIndex } from './alias-index.ts';
import { type RawMatch, matchAt } from './match-at.ts';
import { isCyrillicUnit } from './russian-endings.ts';
import * as hashing from './word-hash.ts';

// Module-local copies: some toolchains turn every use of an imported binding
// into a getter call, which would dominate this loop.
const { HIGH_SURROGATE, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, WORD, computeUnit, pairInfo, specialFold } = chars;
const { HASH_SEED, hashFinish } = hashing;

function filterHas(bits: Uint32Array, shift: number, h: number): boolean {
  const b = hashFinish(h) >>> shift;
  return ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/** Tests the word that just ended; returns the match end when an alias starts there, else -1. */
function endWord(
  text: string,
  index: AliasIndex,
  start: number,
  h: number,
  h1: number,
  h2: number,
  h3: number,
  len: number,
  last: number,
  onMatch: (m: RawMatch) => void,
): number {
  const bits = index.filter.bits;
  const shift = index.filter.shift;
  let hit = filterHas(bits, shift, h);
  if (!hit && len >= 3 && isCyrillicUnit(last)) {
    hit = filterHas(bits, shift, h1) || (len >= 4 && filterHas(bits, shift, h2)) || (len >= 5 && filterHas(bits, shift, h3));
  }
  if (!hit) return -1;
  const m = matchAt(text, start, index);
  if (!m) return -1;
  onMatch(m);
  return m.end;
}

/** Finds the exact alias matches of one block (leftmost, longest). */
export function scanBlock(text: string, index: AliasIndex, onMatch: (m: RawMatch) => void): void {
  const table = UNIT_TABLE;
  const n = text.length;
  let inWord = false;
  let start = 0;
  let h = HASH_SEED;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let len = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let e = table[c] as number;
    if (e === 0) e = computeUnit(c);
    let units: string | null = null;
    if ((e & WORD) === 0) {
      if ((e & SKIP) !== 0) continue;
      if ((e & HIGH_SURROGATE) !== 0 && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const info = pairInfo(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          if (info.word) {
            units = info.fold;
            if (!inWord) {
              inWord = true;
              start = i;
              h = HASH_SEED;
              len = 0;
            }
          }
          i++;
        }
      }
      if (units === null) {
        if (inWord) {
          inWord = false;
          const resume = endWord(text, index, start, h, h1, h2, h3, len, last, onMatch);
          if (resume > i + 1) i = resume - 1;
        }
        continue;
      }
    } else {
      if (!inWord) {
        inWord = true;
        start = i;
        h = HASH_SEED;
        len = 0;
      }
      if ((e & SPECIAL) === 0) {
        const u = e & UNIT_MASK;
        h3 = h2;
        h2 = h1;
        h1 = h;
        h = Math.imul(h ^ u, 0x01000193);
        len++;
        last = u;
        continue;
      }
      units = specialFold(c);
    }
    for (let k = 0; k < units.length; k++) {
      const u = units.charCodeAt(k);
      h3 = h2;
      h2 = h1;
      h1 = h;
      h = Math.imul(h ^ u, 0x01000193);
      len++;
      last = u;
    }
  }
  if (inWord) endWord(text, index, start, h, h1, h2, h3, len, last, onMatch);
}
