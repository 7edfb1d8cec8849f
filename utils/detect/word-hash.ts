/**
 * Hashing of folded words, and hash sets of the words that can start an alias.
 *
 * The scanner hashes every word of the page as it reads it (one multiply per
 * folded unit). At each word end it asks a `WordHashSet`: first one bit of a
 * small bit filter (sized to ~16 bits per entry, so it stays in cache and
 * ~94% of misses stop there), then an exact open-addressing table of the
 * finished hashes (so nearly no false hit reaches the trie). The cost per
 * word is the same for 150 or 100,000 aliases.
 *
 * The first-word table holds 22-bit fingerprints (`fingerprint`), made at
 * build time and shipped as plain sorted numbers (`packFingerprints`): a
 * page only builds its bit filter from them. A page word is a false hit (turned down by the
 * trie) with odds of first words to 2^22: one in ~6,000 for the KB's ~700
 * first words, one in ~65 with 100,000 aliases (20-bit fingerprints made that
 * one in 16, which doubled the scan time of a plain page at that size).
 */
/**
 * Word hashes are 22-bit multiplicative hashes: h = ((h ^ unit) * 157) mod
 * 2^22. Every value on the way stays below 2^30, a small integer for the
 * JavaScript engine in every tier, so hashing never allocates, even in the
 * first, unoptimized run of the scan over a page (a 32-bit FNV hash
 * allocates a number per character there, which made the cold scan of a
 * 100 kB page half as fast again). The finishing step spreads them.
 */
export const HASH_SEED = 0x1c9dc5;
export const HASH_MULT = 157;
export const HASH_MASK = 0x3fffff;

/** One step of the word hash over a folded UTF-16 unit. */
export function hashStep(h: number, unit: number): number {
  return ((h ^ unit) * HASH_MULT) & HASH_MASK;
}

/**
 * Final mixing, so the bits used by the filter and the table are well spread.
 * Finished hashes have 30 bits (never 0): small integers in every tier of the
 * JavaScript engine, so looking one up never allocates.
 */
export function hashFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff || 1;
}

/** The first-word fingerprint of a raw word hash: 22 bits of the finished hash (never 0). */
export function fingerprint(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 10) & 0x3fffff || 1;
}

export const FINGERPRINT_BITS = 22;

/**
 * Fingerprints with 2 flag bits each (fingerprint * 4 + flags), sorted: as
 * the packed detector carries them, plain numbers that a page parses
 * natively.
 */
export function packFingerprints(entries: ReadonlyMap<number, number>): number[] {
  return [...entries].map(([fp, flags]) => fp * 4 + flags).sort((a, b) => a - b);
}

/**
 * The fingerprints packed by `packFingerprints`, with their flags: a bit
 * filter (as `WordHashSet`'s) in front of the sorted values, searched by
 * halves.
 */
export class FingerprintSet {
  readonly bits: Uint32Array;
  /** A fingerprint's top `FINGERPRINT_BITS - shift` bits pick its filter bit. */
  readonly shift: number;
  /** fingerprint * 4 + flags, sorted. */
  private readonly values: readonly number[];
  readonly size: number;

  constructor(values: readonly number[]) {
    // ~64 filter bits per entry: about one page word in 70 gets past it.
    let log = 10;
    while (log < FINGERPRINT_BITS - 2 && 1 << log < values.length * 64) log++;
    const bits = new Uint32Array(1 << (log - 5));
    const shift = FINGERPRINT_BITS - log;
    for (let i = 0; i < values.length; i++) {
      const b = (values[i] as number) >>> (2 + shift);
      bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
    }
    this.values = values;
    this.size = values.length;
    this.bits = bits;
    this.shift = shift;
  }

  /** The flags of fingerprint `fp`, or 0 when it is not in the set. */
  get(fp: number): number {
    const b = fp >>> this.shift;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return 0;
    const values = this.values;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[mid] as number) >>> 2 < fp) lo = mid + 1;
      else hi = mid;
    }
    return lo < values.length && (values[lo] as number) >>> 2 === fp ? (values[lo] as number) & 3 : 0;
  }

  /** As `WordHashSet.prime`. */
  prime(): void {
    const member = this.size > 0 ? (this.values[0] as number) >>> 2 : 1;
    for (let i = 0; i < 16; i++) this.get(member);
  }
}

/** Raw (unfinished) hash of the folded units s[from, to), continuing from `h` (with multiplier `mult`: the gate's second hash has its own). */
export function hashUnits(s: string, h = HASH_SEED, from = 0, to = s.length, mult = HASH_MULT): number {
  for (let i = from; i < to; i++) h = ((h ^ s.charCodeAt(i)) * mult) & HASH_MASK;
  return h;
}

/** A set of finished hashes, each with a few flag bits. */
export class WordHashSet {
  readonly bits: Uint32Array;
  /** A hash's top `bits - shift` bits pick its filter bit (`bits`: of the constructor). */
  readonly shift: number;
  private keys: Uint32Array;
  private flagsOf: Int32Array;
  private mask: number;
  size = 0;

  /** An empty set sized for about `capacity` hashes (it grows past that; its filter then gets denser). */
  constructor(capacity: number, bits = 30) {
    let log = 10;
    while (log < bits - 6 && 1 << log < capacity * 16) log++;
    this.bits = new Uint32Array(1 << (log - 5));
    this.shift = bits - log;
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.flagsOf = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Adds a finished hash (non-zero), ORing its flags into those it has. */
  add(hash: number, flags: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const b = hash >>> this.shift;
    this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.keys[s] as number;
      if (k === 0) {
        this.keys[s] = hash;
        this.flagsOf[s] = flags;
        this.size++;
        return;
      }
      if (k === hash) {
        this.flagsOf[s] = (this.flagsOf[s] as number) | flags;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const flagsOf = this.flagsOf;
    this.keys = new Uint32Array(keys.length * 2);
    this.flagsOf = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== 0) this.add(keys[s] as number, flagsOf[s] as number);
  }

  /**
   * Looks members up a few times, so that the engine has seen (and keeps
   * feedback for) the whole lookup before it optimizes the scan: on a page
   * without mentions the filter rejects nearly every word, and the first word
   * it lets through would otherwise throw the optimized scan away.
   */
  prime(): void {
    let member = 1;
    for (let s = 0; s < this.keys.length; s++) {
      if (this.keys[s] !== 0) {
        member = this.keys[s] as number;
        break;
      }
    }
    // (Feedback is only kept once a function has run a few times.)
    for (let i = 0; i < 16; i++) this.get(member);
  }

  /** The flags of `hash`, or 0 when it is not in the set. */
  get(hash: number): number {
    const b = hash >>> this.shift;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return 0;
    const keys = this.keys;
    const mask = this.mask;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = keys[s] as number;
      if (k === hash) return this.flagsOf[s] as number;
      if (k === 0) return 0;
    }
  }
}
