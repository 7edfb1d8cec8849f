/**
 * `excludeContexts`: folded phrases that rule out a match of an entity's
 * aliases when they overlap it or touch it ("temple of Isis", "goddess Isis",
 * "crocus bulbs"; touching = separated only by spaces, quotes or hyphens).
 * Hyphens count as spaces. A phrase must start at a word start; its last word
 * may carry up to 3 more letters ("crocus bulb" also rules out "crocus bulbs").
 */
import { foldWithMap, foldedIndexAt, isWordUnit } from '../text/index.ts';

const MAX_GAP = 3;
const MAX_TAIL = 3;

export class ExcludeContexts {
  private readonly phrases = new Map<string, string[]>();
  private maxLength = 0;

  /** Per entity, its phrases already folded, hyphens as spaces, trimmed (see packed.ts). */
  constructor(phrases: Iterable<readonly [string, readonly string[]]>) {
    for (const [entity, list] of phrases) {
      if (list.length === 0) continue;
      this.phrases.set(entity, [...list]);
      for (const p of list) this.maxLength = Math.max(this.maxLength, p.length);
    }
  }

  has(entity: string): boolean {
    return this.phrases.has(entity);
  }

  /** True when a phrase of `entity` overlaps or touches text[start, end). */
  excludes(entity: string, text: string, start: number, end: number): boolean {
    const list = this.phrases.get(entity);
    if (!list) return false;
    const reach = this.maxLength * 2 + 8;
    const ws = Math.max(0, start - reach);
    const fw = foldWithMap(text.slice(ws, Math.min(text.length, end + reach)));
    const f = hyphensAsSpaces(fw.text);
    const ms = foldedIndexAt(fw, start - ws);
    const me = foldedIndexAt(fw, end - ws);
    for (const p of list) {
      for (let at = f.indexOf(p); at >= 0; at = f.indexOf(p, at + 1)) {
        if (at > 0 && isWordUnit(f.charCodeAt(at - 1)) && isWordUnit(p.charCodeAt(0))) continue;
        let pe = at + p.length;
        let tail = 0;
        while (pe < f.length && isWordUnit(f.charCodeAt(pe)) && tail <= MAX_TAIL) {
          pe++;
          tail++;
        }
        if (tail > MAX_TAIL) continue;
        if (at < me && pe > ms) return true;
        const gap = pe <= ms ? f.slice(pe, ms) : at >= me ? f.slice(me, at) : '';
        if (gap.length <= MAX_GAP && isJoiningGap(gap)) return true;
      }
    }
    return false;
  }
}

/** "goddess-Isis" is "goddess Isis" (same length, so offsets hold). */
export function hyphensAsSpaces(s: string): string {
  return s.replace(/-/g, ' ');
}

/** Spaces, quotes and hyphens only: sentence punctuation separates. */
function isJoiningGap(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x2d) return false;
  }
  return true;
}
