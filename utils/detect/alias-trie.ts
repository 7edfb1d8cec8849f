/**
 * A trie over the folded alias keys, stored as one sorted array of strings.
 *
 * Walking it narrows a range [lo, hi) of keys that share the prefix read so
 * far (two binary searches per character); a key equal to the prefix sorts
 * first in its range, which is how complete aliases are found. It is compact
 * (no node objects, so 100,000 aliases cost only their strings) and the walk
 * only runs where the scanner's hash lookups say an alias may start.
 */
export class AliasTrie {
  readonly keys: readonly string[];

  /** `keys` must be sorted (default string order) and unique. */
  constructor(keys: readonly string[]) {
    this.keys = keys;
  }

  /** A walk from the root; feed it folded units with `step`. */
  walk(): TrieWalk {
    return new TrieWalk(this.keys);
  }
}

export class TrieWalk {
  private lo = 0;
  private hi: number;
  /** Units read so far. */
  depth = 0;

  constructor(private readonly keys: readonly string[]) {
    this.hi = keys.length;
  }

  /** The index of the key equal to the units read so far, or -1. */
  complete(): number {
    return this.depth > 0 && this.lo < this.hi && (this.keys[this.lo] as string).length === this.depth ? this.lo : -1;
  }

  /** Reads one more unit; false when no key continues with it (the walk is then over). */
  step(c: number): boolean {
    const keys = this.keys;
    const d = this.depth;
    let lo = this.lo;
    const hi = this.hi;
    if (lo < hi && (keys[lo] as string).length === d) lo++;
    let a = lo;
    let b = hi;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((keys[m] as string).charCodeAt(d) < c) a = m + 1;
      else b = m;
    }
    if (a >= hi || (keys[a] as string).charCodeAt(d) !== c) {
      this.lo = this.hi = 0;
      return false;
    }
    let u = a;
    b = hi;
    while (u < b) {
      const m = (u + b) >>> 1;
      if ((keys[m] as string).charCodeAt(d) <= c) u = m + 1;
      else b = m;
    }
    this.lo = a;
    this.hi = u;
    this.depth = d + 1;
    return true;
  }
}
