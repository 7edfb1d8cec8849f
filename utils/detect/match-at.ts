/**
 * Resolves the alias match (if any) that starts at a word start: walks the
 * trie over the lazily folded text and keeps the longest key whose end is a
 * word boundary, or is followed by a Russian case ending when the alias
 * inflects. Case-sensitive aliases are compared with the original text;
 * those that are everyday words in lower case ("IS") are not taken amid
 * words in capitals ("WHAT IS KNOWN", "L'EI A REVENDIQUÉ": a headline in
 * capitals says nothing by its case), and weak names with small letters
 * are taken there in capitals ("ATTENTATO A MOSCA", and a dateline:
 * "MOSCA – Alle 19.58"). A name inside a handle or an address
 * ("@moscow_watch", "kremlin.ru") is none.
 */
import * as text from '../text/index.ts';
import type { AliasIndex, AliasRecord } from './alias-index.ts';
import { FoldCursor } from './fold-cursor.ts';
import { CASE_ENDINGS, MAX_ENDING } from './russian-endings.ts';

const { foldKeepCase, isWordUnit } = text;

export interface RawMatch {
  start: number;
  end: number;
  records: AliasRecord[];
}

const cursor = new FoldCursor();

/** Letters of the scripts the KB writes (plain ranges: no Unicode tables on a page's first match). */
const LETTERS = 'A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
/** Up to two words before a match, and after it, in its sentence. */
const BETWEEN = `[^${LETTERS}0-9.!?]`;
const WORDS_BEFORE = new RegExp(`(?:([${LETTERS}]+)${BETWEEN}+)?([${LETTERS}]+)${BETWEEN}*$`);
const WORDS_AFTER = new RegExp(`^${BETWEEN}*([${LETTERS}]+)(?:${BETWEEN}+([${LETTERS}]+))?`);

/**
 * Whether source[start, end) stands amid capitals: of the two words before it
 * and the two after it, one is in capitals (two letters or more) and none has
 * a small letter ("WHAT IS KNOWN", "L'EI A REVENDIQUÉ"; not "the FSB said IS").
 */
function amidCapitals(source: string, start: number, end: number): boolean {
  const before = WORDS_BEFORE.exec(source.slice(Math.max(0, start - 60), start));
  const after = WORDS_AFTER.exec(source.slice(end, end + 60));
  const words = [before?.[1], before?.[2], after?.[1], after?.[2]].filter((word): word is string => word !== undefined);
  const capitals = words.some((word) => word.length >= 2 && word !== word.toLowerCase());
  return capitals && words.every((word) => word === word.toUpperCase());
}

/**
 * Whether source[start, end) is written as a case-sensitive alias is: in its
 * case, or, for a weak name that has small letters ("Mosca", not "fly"), all
 * in capitals amid capitals ("ATTENTATO A MOSCA"), where the case tells
 * nothing and the name still needs the support a weak alias needs.
 */
function sameCase(rec: AliasRecord, source: string, start: number, end: number): boolean {
  const written = foldKeepCase(source.slice(start, end));
  if (written === rec.caseForm) return true;
  const capitals = rec.caseForm.toUpperCase();
  return rec.weak && capitals !== rec.caseForm && written === capitals && (amidCapitals(source, start, end) || isDateline(source, start, end));
}

/** A dateline: the first word of its block, a dash or a comma after it ("MOSCA – Alle 19.58", "MOSCOU, 23 mars"). */
function isDateline(source: string, start: number, end: number): boolean {
  return /^\s*$/.test(source.slice(0, start)) && /^\s*[,\-\u2013\u2014]/.test(source.slice(end, end + 8));
}

/**
 * Whether source[start, end) is part of a handle, a name written together
 * with underscores or an address ("@moscow_watch", "fsb_official",
 * "kremlin.ru"): no mention of the subject.
 */
export function inHandle(source: string, start: number, end: number): boolean {
  const before = source.charCodeAt(start - 1);
  if (before === 0x40 || before === 0x5f) return true;
  return source.charCodeAt(end) === 0x5f || DOMAIN_AFTER.test(source.slice(end, end + 8));
}

const DOMAIN_AFTER = /^\.[a-z]{2,6}(?![A-Za-z])/;

export function matchAt(source: string, start: number, index: AliasIndex): RawMatch | null {
  cursor.reset(source, start);
  const walk = index.trie.walk();
  const found: number[] = []; // [depth, keyIndex] pairs, shortest first
  for (;;) {
    const d = walk.depth;
    if (cursor.fill(d + 1) <= d || !walk.step(cursor.units[d] as number)) break;
    const k = walk.complete();
    if (k >= 0) found.push(walk.depth, k);
  }
  if (found.length === 0) return null;

  for (let p = found.length - 2; p >= 0; p -= 2) {
    const d = found[p] as number;
    const recs = index.recordsOf(found[p + 1] as number);
    const available = cursor.fill(d + MAX_ENDING + 1);
    const units = cursor.units;
    const keyEndsInWord = isWordUnit(units[d - 1] as number);
    const nextIsWord = d < available && isWordUnit(units[d] as number);
    // The word-unit run after the key, when short enough to be an ending.
    let run = 0;
    while (run <= MAX_ENDING && d + run < available && isWordUnit(units[d + run] as number)) run++;
    const runIsEnding =
      nextIsWord && run >= 1 && run <= MAX_ENDING && CASE_ENDINGS.has(String.fromCharCode(...units.subarray(d, d + run)));

    let bestEnd = -1;
    let best: AliasRecord[] = [];
    for (const rec of recs) {
      let end = -1;
      if (rec.stem) {
        if (runIsEnding) end = d + run;
      } else if (!keyEndsInWord || !nextIsWord) {
        end = d;
      } else if (rec.inflects && runIsEnding) {
        end = d + run;
      }
      if (end < 0) continue;
      if (rec.caseSensitive && !sameCase(rec, source, start, start + (cursor.ends[d - 1] as number))) continue;
      if (rec.wordLike && amidCapitals(source, start, start + (cursor.ends[end - 1] as number))) continue;
      if (end > bestEnd) {
        bestEnd = end;
        best = [rec];
      } else if (end === bestEnd) {
        best.push(rec);
      }
    }
    if (bestEnd > 0) {
      const end = start + (cursor.ends[bestEnd - 1] as number);
      return inHandle(source, start, end) ? null : { start, end, records: best };
    }
  }
  return null;
}
