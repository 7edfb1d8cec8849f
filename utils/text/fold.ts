/**
 * Text folding with an offset map back to the original string.
 *
 * `foldWithMap` folds case, compatibility forms, diacritics, dashes,
 * apostrophes and spaces (see char-table.ts), collapses runs of spaces to one,
 * and records for every folded code unit the original range it came from.
 * Matching happens in folded space; `toOriginal` maps a folded span back.
 */
import { partitionPoint } from '../partition-point.ts';
import * as chars from './char-table.ts';

// Module-local copies: some toolchains turn every use of an imported binding
// into a getter call, which would dominate the folding loop.
const { HIGH_SURROGATE, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, computeUnit, foldCodePoint, isInvisible, specialUnits, specialWidth } = chars;

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For folded unit i: the original index where its source starts. */
  starts: Int32Array;
  /** For folded unit i: the original index where its source ends (exclusive). */
  ends: Int32Array;
  /** The original text. */
  source: string;
}

const CHUNK = 4096;

function unitsToString(buf: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Folds `text`, keeping an offset map. */
export function foldWithMap(text: string): FoldedText {
  // Folded text is rarely longer than the original; retry with more room if it is.
  for (let cap = text.length + 16; ; cap *= 4) {
    const r = foldInto(text, cap);
    if (r) return r;
  }
}

/** One folding pass into buffers of `cap` units; null when they are too small. */
function foldInto(text: string, cap: number): FoldedText | null {
  const n = text.length;
  const table = UNIT_TABLE;
  const buf = new Uint16Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let len = 0;
  let prev = -1; // last folded unit, for collapsing spaces
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let e = table[c] as number;
    if (e === 0) e = computeUnit(c);
    if ((e & (SPECIAL | SKIP | HIGH_SURROGATE)) === 0) {
      const u = e & UNIT_MASK;
      if (u === 0x20 && prev === 0x20) {
        ends[len - 1] = i + 1;
        continue;
      }
      if (len === cap) return null;
      buf[len] = u;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      prev = u;
      continue;
    }
    if ((e & SKIP) !== 0) {
      // Combining marks belong to the preceding character's source range.
      if (len > 0 && ends[len - 1] === i && !isInvisible(c)) ends[len - 1] = i + 1;
      continue;
    }
    const units = specialUnits(text, i, c, e);
    const to = i + specialWidth(text, i, e);
    for (let k = 0; k < units.length; k++) {
      const u = units.charCodeAt(k);
      if (u === 0x20 && prev === 0x20) {
        ends[len - 1] = to;
        continue;
      }
      if (len === cap) return null;
      buf[len] = u;
      starts[len] = i;
      ends[len] = to;
      len++;
      prev = u;
    }
    i = to - 1;
  }
  return { text: unitsToString(buf, len), starts: starts.subarray(0, len), ends: ends.subarray(0, len), source: text };
}

let scratch: Uint16Array = new Uint16Array(256);

/** Folds `text` (no offset map). Aliases and phrases are folded with this. */
export function foldString(text: string): string {
  const n = text.length;
  const table = UNIT_TABLE;
  // Fast path: every unit folds to itself and no spaces collapse.
  let i = 0;
  let prev = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let e = table[c] as number;
    if (e === 0) e = computeUnit(c);
    if ((e & (SPECIAL | SKIP | HIGH_SURROGATE)) !== 0 || (e & UNIT_MASK) !== c || (c === 0x20 && prev === 0x20)) break;
    prev = c;
  }
  if (i === n) return text;
  if (n > 4096) return foldWithMap(text).text;
  // Short strings: fold into a shared buffer, no offset map.
  let len = 0;
  prev = -1;
  for (i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let e = table[c] as number;
    if (e === 0) e = computeUnit(c);
    if ((e & (SPECIAL | SKIP | HIGH_SURROGATE)) === 0) {
      const u = e & UNIT_MASK;
      if (u === 0x20 && prev === 0x20) continue;
      if (len + 1 > scratch.length) scratch = growScratch(len + 1);
      scratch[len++] = u;
      prev = u;
      continue;
    }
    if ((e & SKIP) !== 0) continue;
    const units = specialUnits(text, i, c, e);
    i += specialWidth(text, i, e) - 1;
    for (let k = 0; k < units.length; k++) {
      const u = units.charCodeAt(k);
      if (u === 0x20 && prev === 0x20) continue;
      if (len + 1 > scratch.length) scratch = growScratch(len + 1);
      scratch[len++] = u;
      prev = u;
    }
  }
  return unitsToString(scratch, len);
}

function growScratch(need: number): Uint16Array {
  const b = new Uint16Array(Math.max(need, scratch.length * 2));
  b.set(scratch);
  return b;
}

const ASCII_WORD = /^[A-Za-z0-9]*$/;

/**
 * Folds like `foldString` but keeps letter case: used to compare
 * case-sensitive aliases ("IS" is not "is") with the original text.
 */
export function foldKeepCase(text: string): string {
  // (Plain ASCII letters and digits fold to themselves: most case-sensitive words checked, "US", "FSB".)
  if (ASCII_WORD.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const f = foldCodePoint(ch, true);
    if (f === ' ' && out.endsWith(' ')) continue;
    out += f;
  }
  return out;
}

/** The original range of the folded span [start, end) (end > start). */
export function toOriginal(folded: FoldedText, start: number, end: number): [number, number] {
  return [folded.starts[start] ?? 0, folded.ends[end - 1] ?? 0];
}

/** The first folded index whose source starts at or after original index `offset`. */
export function foldedIndexAt(folded: FoldedText, offset: number): number {
  const s = folded.starts;
  return partitionPoint(s.length, (i) => (s[i] as number) < offset);
}
