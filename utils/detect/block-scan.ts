/**
 * The hot loop: one pass over a block's text for all aliases at once.
 *
 * Per code unit: `charCodeAt`, one typed-array read (fold + class), and, inside
 * words, one multiply to hash the folded word. At each word end the word's
 * hash is looked up among the first words of all aliases (a cached bit filter,
 * then an exact hash table). A first word that only starts longer aliases
 * ("Crocus" of "Crocus City Hall") is confirmed when the next word ends: the
 * separator and the first units of that word are hashed on (read again, a
 * few units) and looked up among the aliases' first-word pairs. Cyrillic
 * words also try their 1-3 units shorter prefixes against the inflectable
 * aliases. Only then does `matchAt` walk the trie. Nothing here grows with
 * the alias count, and pages without mentions never reach the trie.
 *
 * The loop is split in two so that the engine optimizes it early (a page is
 * scanned once, so how soon the loop runs optimized matters as much as how
 * fast it then runs): `scanBlock` is a small loop that hashes plain word
 * units and, at each word end, tests the first-word filter inline; all else
 * (words that pass the filter, Cyrillic words, the end of a pending pair's
 * second word, characters that fold to several units, combining marks,
 * surrogate pairs) goes through `step`, which keeps the whole state machine
 * on the ScanState. (When many page words start some alias, as with 100,000
 * aliases of which 3% begin with an ordinary word, reading the pairs' text
 * in `step` unit by unit made the scan four times slower.)
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
const { HIGH_SURROGATE, KNOWN, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, WORD, computeUnit, specialIsWord, specialUnits, specialWidth } = chars;
const { HASH_SEED, fingerprint, hashFinish } = hashing;
const { MULTI, SINGLE, PAIR_UNITS } = aliasIndex;
const { isCyrillicUnit } = endings;
const HASH_MULT = hashing.HASH_MULT;
const HASH_MASK = hashing.HASH_MASK;
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

/**
 * Where a scan of a block stands: the loop's variables between two calls, so
 * a long block can be scanned in several bounded steps (page-scan.ts), and
 * what `step` works on.
 */
export class ScanState {
  /** The next index to read. */
  pos = 0;
  inWord = false;
  /** The current word: start, raw hash, the hashes one to three units shorter, length, last unit. */
  start = 0;
  h = HASH_SEED;
  h1 = 0;
  h2 = 0;
  h3 = 0;
  len = 0;
  last = 0;
  /** A pending first word that only starts longer aliases: its start, where it ends, and its raw hash. */
  pending = false;
  pStart = 0;
  pEnd = 0;
  pHash = 0;
  /** The pair hash when the second word ends (`pairHash`), and the same one to three units of the second word shorter. */
  ph = 0;
  ph1 = 0;
  ph2 = 0;
  ph3 = 0;
  pLen = 0;

  reset(): void {
    this.pos = 0;
    this.inWord = false;
    this.pending = false;
  }
}

const whole = new ScanState();
const END = KNOWN | 0x20;

/**
 * Finds the exact alias matches (leftmost, longest) in `text` from
 * `state.pos` up to `to`, and pushes them to `out`. When `to` is the end of
 * the text, the block ends there; otherwise `state` keeps where the scan
 * stands and a later call with the same state goes on from there. Without a
 * state the whole block is scanned in one call.
 */
export function scanBlock(text: string, index: AliasIndex, out: RawMatch[], state: ScanState | null = null, to = text.length): void {
  const st = state ?? whole;
  if (!state) st.reset();
  const n = text.length;
  const stop = to < n ? to : n;
  const table = UNIT_TABLE;
  const filter = index.firstWords.bits;
  const shift = index.firstWords.shift;
  const inflects = index.mayInflect;
  // `| 0`: the engine then keeps these in integer registers, whatever the state's fields hold.
  let inWord = st.inWord;
  let pending = st.pending;
  let start = st.start | 0;
  let h = st.h | 0;
  let h1 = st.h1 | 0;
  let h2 = st.h2 | 0;
  let h3 = st.h3 | 0;
  let len = st.len | 0;
  let last = st.last | 0;
  let i = st.pos | 0;
  while (i < stop) {
    const c = text.charCodeAt(i);
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
      h = ((h ^ u) * 157) & 0x3fffff; // (word-hash.ts: HASH_MULT, HASH_MASK; literals here)
      len++;
      last = u;
      i++;
      continue;
    }
    if (kind === 0) {
      if (!inWord) {
        i++;
        continue;
      }
      // A word ends: one bit of the first-word filter (its fingerprint, inlined) rules out nearly every word,
      // unless it is the second word of a pending pair.
      let x = h ^ (h >>> 16);
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      const b = ((((x ^ (x >>> 16)) >>> 10) & 0x3fffff) || 1) >>> shift;
      if (!pending && ((filter[b >>> 5] as number) & (1 << (b & 31))) === 0 && !(inflects && len >= 2 && last >= 0x400 && last <= 0x52f)) {
        inWord = false;
        i++;
        continue;
      }
    }
    // Everything else, one code unit at a time on the state.
    st.inWord = inWord;
    st.start = start;
    st.h = h;
    st.h1 = h1;
    st.h2 = h2;
    st.h3 = h3;
    st.len = len;
    st.last = last;
    i = step(text, i, c, e, st, index, out);
    inWord = st.inWord;
    pending = st.pending;
    start = st.start | 0;
    h = st.h | 0;
    h1 = st.h1 | 0;
    h2 = st.h2 | 0;
    h3 = st.h3 | 0;
    len = st.len | 0;
    last = st.last | 0;
  }
  st.inWord = inWord;
  st.start = start;
  st.h = h;
  st.h1 = h1;
  st.h2 = h2;
  st.h3 = h3;
  st.len = len;
  st.last = last;
  // The end of the block is a space that ends the last word (if a word or a pair is open).
  if (to >= n && i <= n) i = inWord || pending ? step(text, n, 0x20, END, st, index, out) : n + 1;
  st.pos = i;
}

/** Adds one word unit to the state's current word. */
function wordUnit(st: ScanState, u: number, at: number): void {
  if (!st.inWord) {
    st.inWord = true;
    st.start = at;
    st.h = HASH_SEED;
    st.len = 0;
  }
  st.h3 = st.h2;
  st.h2 = st.h1;
  st.h1 = st.h;
  st.h = ((st.h ^ u) * HASH_MULT) & HASH_MASK;
  st.len++;
  st.last = u;
}

/**
 * The pair hash of a pending pair whose second word is `text[from, to)`:
 * the first word's hash (`st.pHash`) hashed on over the separator
 * `text[st.pEnd, from)` (spaces collapse, as in folded keys) and up to
 * PAIR_UNITS folded units of the second word, into `st.ph` (and `ph1`-`ph3`,
 * the same one to three units shorter; `pLen` units). Read only when the
 * second word ends, so the loop reads a pending pair's text at full speed.
 * False when the separator is longer than MAX_SEPARATOR units.
 */
function pairHash(text: string, from: number, to: number, st: ScanState): boolean {
  let ph = st.pHash;
  let ph1 = 0;
  let ph2 = 0;
  let ph3 = 0;
  let count = 0;
  let prev = -1;
  let sep = 0;
  for (let i = st.pEnd; i < to && count < PAIR_UNITS; ) {
    const c = text.charCodeAt(i);
    let e = UNIT_TABLE[c] as number;
    if (e === 0) e = computeUnit(c);
    const kind = e & KINDS;
    if (kind === SKIP) {
      i++;
      continue;
    }
    // One folded unit (no string made), or the several of a special unit.
    const single = kind === 0 || kind === WORD;
    const units = single ? '' : specialUnits(text, i, c, e);
    const separator = i < from;
    i += single ? 1 : specialWidth(text, i, e);
    for (let k = 0, n = single ? 1 : units.length; k < n; k++) {
      const u = single ? e & UNIT_MASK : units.charCodeAt(k);
      if (separator) {
        if (u === 0x20 && prev === 0x20) continue;
        prev = u;
        if (++sep > MAX_SEPARATOR) return false;
      } else if (count < PAIR_UNITS) {
        count++;
        ph3 = ph2;
        ph2 = ph1;
        ph1 = ph;
      } else {
        break;
      }
      ph = ((ph ^ u) * HASH_MULT) & HASH_MASK;
    }
  }
  st.ph = ph;
  st.ph1 = ph1;
  st.ph2 = ph2;
  st.ph3 = ph3;
  st.pLen = count;
  return true;
}

/**
 * Reads the code unit `c` (entry `e`) at `i` (i === text.length: the block's
 * closing space) with the whole state machine; returns the next index.
 */
function step(text: string, i: number, c: number, e: number, st: ScanState, index: AliasIndex, out: RawMatch[]): number {
  const kind = e & KINDS;
  if (kind === WORD) {
    wordUnit(st, e & UNIT_MASK, i);
    return i + 1;
  }
  if (kind === SKIP) return i + 1;
  const at = i;
  let next = i + 1;
  let units: string | null = null;
  if (kind !== 0) {
    // Several folded units, or a surrogate pair.
    units = specialUnits(text, i, c, e);
    next = i + specialWidth(text, i, e);
    if (specialIsWord(text, i, e)) {
      for (let k = 0; k < units.length; k++) wordUnit(st, units.charCodeAt(k), at);
      return next;
    }
  }

  // A non-word unit: the word before it (if any) has ended.
  if (st.inWord) {
    st.inWord = false;
    if (st.pending) {
      // The second word of a pending pair ended: does an alias start at the first?
      st.pending = false;
      // (A Cyrillic second word may be a key's last word plus a case ending.)
      if (
        pairHash(text, st.start, at, st) &&
        index.pairFollows(st.ph, st.ph1, st.ph2, st.ph3, st.pLen, isCyrillicUnit(st.last))
      ) {
        const m = matchAt(text, st.pStart, index);
        if (m) {
          out.push(m);
          return m.end > at ? m.end : next;
        }
      }
    }
    const flags = index.firstWords.get(fingerprint(st.h));
    if (
      (flags & SINGLE) !== 0 ||
      (index.mayInflect && st.len >= 2 && isCyrillicUnit(st.last) && inflectedPrefix(index.inflectables, st.h1, st.h2, st.h3, st.len))
    ) {
      const m = matchAt(text, st.start, index);
      if (m) {
        out.push(m);
        return m.end > at ? m.end : next;
      }
    }
    if ((flags & MULTI) !== 0) {
      st.pending = true;
      st.pStart = st.start;
      st.pEnd = at;
      st.pHash = st.h;
    }
  }
  return next;
}
