/**
 * Folds the text after a position lazily, unit by unit, into reusable buffers:
 * the trie walk reads only as far as some alias still matches, and nothing is
 * allocated per lookup.
 */
import * as chars from '../text/char-table.ts';

const { HIGH_SURROGATE, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, computeUnit, isInvisible, specialUnits, specialWidth } = chars;

export class FoldCursor {
  /** Folded units read so far. */
  units = new Uint16Array(64);
  /** For each folded unit: the original index (relative to `start`) where its source ends. */
  ends = new Int32Array(64);
  length = 0;
  private text = '';
  private start = 0;
  private pos = 0;
  private prev = -1;

  reset(text: string, start: number): void {
    this.text = text;
    this.start = start;
    this.pos = start;
    this.length = 0;
    this.prev = -1;
  }

  /** Folds on until `count` units are available or the text ends; returns the available count. */
  fill(count: number): number {
    const text = this.text;
    const n = text.length;
    while (this.length < count && this.pos < n) {
      const i = this.pos;
      const c = text.charCodeAt(i);
      let e = UNIT_TABLE[c] as number;
      if (e === 0) e = computeUnit(c);
      this.pos = i + 1;
      if ((e & (SPECIAL | SKIP | HIGH_SURROGATE)) === 0) {
        this.push(e & UNIT_MASK, i + 1);
        continue;
      }
      if ((e & SKIP) !== 0) {
        // Combining marks extend the preceding unit's source.
        if (this.length > 0 && this.ends[this.length - 1] === i - this.start && !isInvisible(c)) {
          this.ends[this.length - 1] = i + 1 - this.start;
        }
        continue;
      }
      const us = specialUnits(text, i, c, e);
      this.pos = i + specialWidth(text, i, e);
      for (let k = 0; k < us.length; k++) this.push(us.charCodeAt(k), this.pos);
    }
    return this.length;
  }

  /** True when the whole text after `start` has been folded. */
  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private push(u: number, end: number): void {
    if (u === 0x20 && this.prev === 0x20) {
      this.ends[this.length - 1] = end - this.start;
      return;
    }
    if (this.length === this.units.length) {
      const units = new Uint16Array(this.length * 2);
      units.set(this.units);
      this.units = units;
      const ends = new Int32Array(this.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.units[this.length] = u;
    this.ends[this.length] = end - this.start;
    this.length++;
    this.prev = u;
  }
}
