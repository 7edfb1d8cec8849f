/**
 * The misspelling search as it was before the page pass (page-pass.ts): every
 * run of words of a folded block is looked up, with no signature filter, in
 * the matcher it is given (one of all targets, or a page's, which holds the
 * targets of the page's subjects only). The tests compare the page pass with
 * it on the same matcher; the content script does not load it.
 */
import { type FoldedText, foldWithMap, isWordUnit, toOriginal } from '../../utils/text/index.ts';
import type { BlockedSpan, FuzzyHit, FuzzyMatcher } from '../../utils/detect/fuzzy.ts';

/** Reference search over a folded block; hits in folded offsets. */
export function findInBlock(fuzzy: FuzzyMatcher, fw: FoldedText, blocked: BlockedSpan, out: FuzzyHit[]): void {
  const f = fw.text;
  const ws: number[] = [];
  const we: number[] = [];
  for (let i = 0; i < f.length; ) {
    while (i < f.length && !isWordUnit(f.charCodeAt(i))) i++;
    const s = i;
    while (i < f.length && isWordUnit(f.charCodeAt(i))) i++;
    if (i > s) {
      ws.push(s);
      we.push(i);
    }
  }
  const W = ws.length;
  for (let w = 0; w < W; w++) {
    const s = ws[w] as number;
    for (const n of fuzzy.wordCounts) {
      if (w + n > W) continue;
      let ok = true;
      for (let j = w + 1; j < w + n; j++) if (!isJoiner(f, we[j - 1] as number, ws[j] as number)) ok = false;
      if (!ok) continue;
      const end = we[w + n - 1] as number;
      const first = f.charCodeAt(s);
      const second = (we[w] as number) - s >= 2 ? f.charCodeAt(s + 1) : 0x20;
      const b1 = fuzzy.bucket(n, first, second, 0);
      const b2 = fuzzy.bucket(n, first, f.charCodeAt(end - 1), 1);
      if (!b1 && !b2) continue;
      if (blocked(s, end)) continue;
      let unit = '';
      for (let j = w; j < w + n; j++) unit += (j > w ? ' ' : '') + f.slice(ws[j], we[j]);
      const entity = fuzzy.bestEntity(unit, b1, b2);
      if (entity) {
        out.push({ start: s, end, entity });
        w += n - 1;
        break;
      }
    }
  }
}

/** Words at [.., a) and [b, ..) are joined by one space or hyphen (at most 2 units). */
function isJoiner(f: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 2) return false;
  for (let i = a; i < b; i++) {
    const c = f.charCodeAt(i);
    if (c !== 0x20 && c !== 0x2d) return false;
  }
  return true;
}

/** The reference search on a plain block, in original offsets (tests). */
export function findInText(fuzzy: FuzzyMatcher, block: string, blocked: BlockedSpan = () => false): FuzzyHit[] {
  const fw = foldWithMap(block);
  const hits: FuzzyHit[] = [];
  findInBlock(fuzzy, fw, (s, e) => blocked(...toOriginal(fw, s, e)), hits);
  return hits.map((h) => {
    const [start, end] = toOriginal(fw, h.start, h.end);
    return { start, end, entity: h.entity };
  });
}
