/**
 * Resolves the alias match (if any) that starts at a word start: walks the
 * trie over a small folded window of the text and keeps the longest key whose
 * end is a word boundary, or is followed by a Russian case ending when the
 * alias inflects. Case-sensitive aliases are compared with the original text.
 */
import { WORD, foldKeepCase, foldWithMap, isWordUnit, unitInfo } from '../text/index.ts';
import type { AliasIndex, AliasRecord } from './alias-index.ts';
import { CASE_ENDINGS, MAX_ENDING } from './russian-endings.ts';

export interface RawMatch {
  start: number;
  end: number;
  records: AliasRecord[];
}

export function matchAt(text: string, start: number, index: AliasIndex): RawMatch | null {
  const windowEnd = Math.min(text.length, start + index.maxKeyLength * 2 + 16);
  const truncated = windowEnd < text.length;
  const fw = foldWithMap(text.slice(start, windowEnd));
  const f = fw.text;
  const found: number[] = [];
  index.trie.prefixes(f, 0, found);
  if (found.length === 0) return null;

  for (let p = found.length - 2; p >= 0; p -= 2) {
    const d = found[p] as number;
    const recs = index.records[found[p + 1] as number] ?? [];
    const keyEndsInWord = isWordUnit(f.charCodeAt(d - 1));
    let nextIsWord: boolean;
    if (d < f.length) nextIsWord = isWordUnit(f.charCodeAt(d));
    else nextIsWord = truncated && (unitInfo(text.charCodeAt(windowEnd)) & WORD) !== 0;
    // The word-unit run after the key, when short enough to be an ending.
    let run = 0;
    while (run <= MAX_ENDING && d + run < f.length && isWordUnit(f.charCodeAt(d + run))) run++;
    const runIsEnding =
      nextIsWord &&
      run >= 1 &&
      run <= MAX_ENDING &&
      !(truncated && d + run === f.length) &&
      CASE_ENDINGS.has(f.slice(d, d + run));

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
      if (rec.caseSensitive && foldKeepCase(text.slice(start, start + (fw.ends[d - 1] as number))) !== rec.caseForm) {
        continue;
      }
      if (end > bestEnd) {
        bestEnd = end;
        best = [rec];
      } else if (end === bestEnd) {
        best.push(rec);
      }
    }
    if (bestEnd > 0) return { start, end: start + (fw.ends[bestEnd - 1] as number), records: best };
  }
  return null;
}
