/**
 * A trie over the folded alias keys, stored as one sorted array of strings.
 *
 * Walking it narrows a range [lo, hi) of keys that share the prefix read so
 * far (two binary searches per character); a key equal to the prefix sorts
 * first in its range, which is how complete aliases are found. It is compact
 * (no node objects, so 100,000 aliases cost only their strings) and the walk
 * only runs at words that passed the first-word filter.
 */
export class AliasTrie {
  readonly keys: readonly string[];

  /** `keys` must be sorted (default string order) and unique. */
  constructor(keys: readonly string[]) {
    this.keys = keys;
  }

  /**
   * Finds every key that is a prefix of `text` starting at `from`.
   * Pushes [length, keyIndex] pairs to `out`, shortest first.
   */
  prefixes(text: string, from: number, out: number[]): void {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    for (let d = 0; ; d++) {
      if (lo >= hi) return;
      if ((keys[lo] as string).length === d) {
        if (d > 0) out.push(d, lo);
        lo++;
        if (lo >= hi) return;
      }
      if (from + d >= text.length) return;
      const c = text.charCodeAt(from + d);
      // lower bound of c at position d
      let a = lo;
      let b = hi;
      while (a < b) {
        const m = (a + b) >>> 1;
        if ((keys[m] as string).charCodeAt(d) < c) a = m + 1;
        else b = m;
      }
      if (a >= hi || (keys[a] as string).charCodeAt(d) !== c) return;
      // upper bound
      let u = a;
      b = hi;
      while (u < b) {
        const m = (u + b) >>> 1;
        if ((keys[m] as string).charCodeAt(d) <= c) u = m + 1;
        else b = m;
      }
      lo = a;
      hi = u;
    }
  }
}
