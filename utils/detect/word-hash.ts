/**
 * Hashing of folded words, and hash sets of the words that can start an alias.
 *
 * The scanner hashes every word of the page as it reads it (one multiply per
 * folded unit). At each word end it asks a `WordHashSet`: first one bit of a
 * small bit filter (sized to ~16 bits per entry, so it stays in cache and
 * ~94% of misses stop there), then an exact open-addressing table of the
 * 32-bit hashes (so nearly no false hit reaches the trie). The cost per word
 * is the same for 150 or 100,000 aliases.
 */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One step of FNV-1a over a folded UTF-16 unit. */
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** Final mixing, so the bits used by the filter and the table are well spread. */
export function hashFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

/** Raw (unfinished) hash of a folded string, continuing from `h`. */
export function hashUnits(s: string, h = HASH_SEED): number {
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** A set of finished hashes, each with a few flag bits. */
export class WordHashSet {
  readonly bits: Uint32Array;
  /** A hash's top `32 - shift` bits pick its filter bit. */
  readonly shift: number;
  private readonly keys: Uint32Array;
  private readonly flagsOf: Uint8Array;
  private readonly mask: number;
  size = 0;

  /** Builds the set from finished hashes and their flags. */
  constructor(entries: ReadonlyMap<number, number>) {
    const expected = entries.size;
    let log = 10;
    while (log < 26 && 1 << log < expected * 16) log++;
    this.bits = new Uint32Array(1 << (log - 5));
    this.shift = 32 - log;
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.flagsOf = new Uint8Array(slots);
    this.mask = slots - 1;
    for (const [hash, flags] of entries) this.add(hash, flags);
  }

  private add(hash: number, flags: number): void {
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

  /** The flags of `hash`, or 0 when it is not in the set. */
  get(hash: number): number {
    const b = hash >>> this.shift;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return 0;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.keys[s] as number;
      if (k === hash) return this.flagsOf[s] as number;
      if (k === 0) return 0;
    }
  }
}
