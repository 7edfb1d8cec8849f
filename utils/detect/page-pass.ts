/**
 * The second look at the blocks of a page that has a strong mention: one pass
 * over each block's folded units, in bounded steps, with no allocation per
 * word. It
 *
 * - streams the block's words through the misspelling search (fuzzy.ts): a run
 *   of 1-4 words is looked up only when one of its words contains a signature
 *   q-gram of some target, and only then is its text built. Runs are taken
 *   left to right, longest first, and a hit skips the words it covers: the
 *   same hits, in the same order, as the reference `findInBlock` over the
 *   folded block (tests/detect/fuzzy.test.ts compares them);
 * - notes whether the block holds a number (a digit, or a spelled number) and
 *   a word that may be a figure word: only such blocks are searched for
 *   figures (figures.ts), since a figure needs both.
 *
 * Words are runs of word units of the folded text, exactly as in
 * `foldWithMap` (combining marks and invisible characters are dropped, runs
 * of spaces collapse, a character may fold to several units), and spans are
 * reported in original offsets as `toOriginal` would give them.
 */
import * as chars from '../text/char-table.ts';
import { type BlockedSpan, type Bucket, type FuzzyHit, type FuzzyMatcher, LENGTH_SLACK, PIECE_MIX, type PieceSet, WORD_START, runClass } from './fuzzy.ts';
import { HASH_MASK as HASH_MASK_, HASH_MULT as HASH_MULT_, HASH_SEED, type WordHashSet, hashFinish } from './word-hash.ts';

const { FOLD_WORD, HIGH_SURROGATE, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, computeUnit, isInvisible, isWordUnit, specialUnits, specialWidth } =
  chars;
const HASH_MULT = HASH_MULT_;
const HASH_MASK = HASH_MASK_;
const RING = 4;

/** What makes a block worth a figure search (see figureKeys in figures.ts). */
export interface FigureKeys {
  /** Finished hashes of spelled numbers (whole folded words). */
  numbers: WordHashSet;
  /** Finished hashes of figure-word prefixes of 1-4 units. */
  prefixes: WordHashSet;
  /** Bit L set: some prefix has L units. */
  prefixLengths: number;
}

export class BlockPass {
  /** Misspelled mentions found in the block (original offsets), in order. */
  readonly hits: FuzzyHit[] = [];
  /** The block has a digit or a spelled number. */
  hasNumber = false;
  /** The block has a word that may be a figure word. */
  hasFigureWord = false;
  /** Original start offsets of number words, and of possible figure words, when asked for (`begin(…, true)`). */
  readonly numbers: number[] = [];
  readonly figureWords: number[] = [];

  private readonly fuzzy: FuzzyMatcher | null;
  private readonly figures: FigureKeys | null;
  private readonly wordCounts: number[];
  private readonly pieces: PieceSet | null;
  private readonly short1: PieceSet | null;
  private readonly short2: PieceSet | null;
  private readonly short3: PieceSet | null;
  /** The units of the run being looked at (words joined by single spaces). */
  private readonly runUnits = new Uint16Array(256);
  /** Folded units kept per word; a longer word is in no hit (it is longer than any target). */
  private readonly cap: number;

  // The ring of the last RING words: original span, folded length, first/second/last unit,
  // a signature q-gram inside it, joined to the word before it by one space or hyphen.
  private readonly os = new Int32Array(RING);
  private readonly oe = new Int32Array(RING);
  private readonly flen = new Int32Array(RING);
  private readonly u0 = new Int32Array(RING);
  private readonly u1 = new Int32Array(RING);
  private readonly ul = new Int32Array(RING);
  private readonly sig = new Int32Array(RING);
  private readonly joined = new Uint8Array(RING);
  private readonly units: Uint16Array;

  // The block being read.
  private text = '';
  private blocked: BlockedSpan = () => false;
  private recordNumbers = false;
  private pos = 0;
  /** Words completed so far. */
  private words = 0;
  /** The first word a run may start at (after the last hit). */
  private nextStart = 0;
  private inWord = false;
  /** Last folded unit pushed (for collapsing spaces), and where its source ends. */
  private prev = -1;
  private lastEnd = 0;
  private anyUnit = false;
  /** Folded units since the last word, and whether they are all spaces or hyphens. */
  private sepLength = 0;
  private sepJoins = true;
  // The current word.
  private wordStart = 0;
  private wordEnd = 0;
  private length = 0;
  private hash = HASH_SEED;
  private prefixHit = false;
  private digit = false;
  private register = 0;
  /** Run classes of the signature q-grams found in the current word. */
  private sigMask = 0;

  constructor(fuzzy: FuzzyMatcher | null, figures: FigureKeys | null) {
    this.fuzzy = fuzzy && !fuzzy.isEmpty ? fuzzy : null;
    this.figures = figures;
    this.wordCounts = this.fuzzy ? this.fuzzy.wordCounts : [];
    this.pieces = this.fuzzy ? this.fuzzy.pieces : null;
    const short = this.fuzzy ? this.fuzzy.shortPieces : [];
    this.short1 = short[1] ?? null;
    this.short2 = short[2] ?? null;
    this.short3 = short[3] ?? null;
    this.cap = (this.fuzzy ? this.fuzzy.maxLength : 0) + 3;
    this.units = new Uint16Array(RING * this.cap);
  }

  /** How far the block has been read. */
  get position(): number {
    return this.pos;
  }

  /** Starts on a block; `numbers` asks for the offsets of its number words and possible figure words. */
  begin(text: string, blocked: BlockedSpan, numbers = false): void {
    this.text = text;
    this.blocked = blocked;
    this.recordNumbers = numbers;
    this.hits.length = 0;
    this.numbers.length = 0;
    this.figureWords.length = 0;
    this.hasNumber = false;
    this.hasFigureWord = false;
    this.pos = 0;
    this.words = 0;
    this.nextStart = 0;
    this.inWord = false;
    this.prev = -1;
    this.lastEnd = 0;
    this.anyUnit = false;
    this.sepLength = 0;
    this.sepJoins = true;
  }

  /** Reads on for at most `budget` code units; true when the block is done. */
  run(budget: number): boolean {
    const text = this.text;
    const n = text.length;
    const table = UNIT_TABLE;
    const stop = Math.min(n, this.pos + budget);
    const units = this.units;
    const cap = this.cap;
    const figures = this.figures;
    const prefixes = figures !== null ? figures.prefixes : null;
    const prefixLengths = figures !== null ? figures.prefixLengths : 0;
    const pieces = this.pieces;
    const pieceBits = pieces !== null ? pieces.bits : null;
    const pieceShift = pieces !== null ? pieces.shift : 0;
    const slow = this.short1 !== null || this.short2 !== null || this.short3 !== null;
    // The hot state in locals, written back before any method runs and read again after.
    let inWord = this.inWord;
    let length = this.length;
    let hash = this.hash;
    let register = this.register;
    let sigMask = this.sigMask;
    let prev = this.prev;
    let i = this.pos;
    while (i < stop) {
      const c = text.charCodeAt(i);
      let e = table[c] as number;
      if (e === 0) e = computeUnit(c);
      if ((e & (SPECIAL | SKIP | HIGH_SURROGATE)) !== 0 || slow) {
        // The general path, one folded unit at a time.
        this.inWord = inWord;
        this.length = length;
        this.hash = hash;
        this.register = register;
        this.sigMask = sigMask;
        this.prev = prev;
        i = this.general(c, e, i) + 1;
        inWord = this.inWord;
        length = this.length;
        hash = this.hash;
        register = this.register;
        sigMask = this.sigMask;
        prev = this.prev;
        continue;
      }
      if ((e & FOLD_WORD) === 0) {
        // A separator unit: the word before it (if any) has ended.
        if (inWord) {
          this.length = length;
          this.hash = hash;
          this.sigMask = sigMask;
          this.endWord();
          inWord = false;
        }
        const u = e & UNIT_MASK;
        if (u !== 0x20 || prev !== 0x20) {
          this.sepLength++;
          if (u !== 0x20 && u !== 0x2d) this.sepJoins = false;
          prev = u;
        }
        // (A run of spaces folds to one; its source grows.)
        this.lastEnd = i + 1;
        this.anyUnit = true;
        i++;
        continue;
      }
      if (!inWord) {
        this.startWord(i);
        inWord = true;
        length = 0;
        hash = HASH_SEED;
        register = WORD_START;
        sigMask = 0;
      }
      // A run of plain word units.
      const base = (this.words & (RING - 1)) * cap;
      let digit = false;
      for (;;) {
        const u = e & UNIT_MASK;
        if (length < cap) units[base + length] = u;
        length++;
        if (u <= 0x39 && u >= 0x30) digit = true;
        if (prefixes !== null) {
          hash = ((hash ^ u) * 157) & 0x3fffff; // (word-hash.ts: HASH_MULT, HASH_MASK; literals here)
          if (length <= 4 && ((prefixLengths >>> length) & 1) !== 0 && prefixes.get(hashFinish(hash)) !== 0) this.prefixHit = true;
        }
        if (pieceBits !== null) {
          register = ((register << 7) | (u & 0x7f)) & 0xfffffff;
          const b = Math.imul(register, PIECE_MIX) >>> pieceShift;
          if (((pieceBits[b >>> 5] as number) & (1 << (b & 31))) !== 0) sigMask |= (pieces as PieceSet).set.get(hashFinish(register));
        }
        prev = u;
        if (++i >= stop) break;
        const d = text.charCodeAt(i);
        e = table[d] as number;
        if (e === 0) e = computeUnit(d);
        if ((e & (SPECIAL | SKIP | HIGH_SURROGATE | FOLD_WORD)) !== FOLD_WORD) break;
      }
      if (digit) this.digit = true;
      this.wordEnd = i;
      this.lastEnd = i;
    }
    this.inWord = inWord;
    this.length = length;
    this.hash = hash;
    this.register = register;
    this.sigMask = sigMask;
    this.prev = prev;
    this.pos = i;
    if (i < n) return false;
    if (this.inWord) this.endWord();
    // The last words start runs that end with the block.
    for (let s = Math.max(this.nextStart, this.words - (RING - 1)); s < this.words; s++) this.evaluate(s);
    return true;
  }

  /** Code unit `c` (entry `e`) at `i` by the general rules; returns the index of its last code unit. */
  private general(c: number, e: number, i: number): number {
    const text = this.text;
    if ((e & SKIP) !== 0) {
      // Combining marks belong to the preceding unit's source (invisible characters do not).
      if (this.anyUnit && this.lastEnd === i && !isInvisible(c)) {
        this.lastEnd = i + 1;
        if (this.inWord) this.wordEnd = i + 1;
      }
      return i;
    }
    if ((e & (SPECIAL | HIGH_SURROGATE)) === 0) {
      this.unit(e & UNIT_MASK, (e & FOLD_WORD) !== 0, i, i + 1);
      return i;
    }
    const us = specialUnits(text, i, c, e);
    const to = i + specialWidth(text, i, e);
    for (let k = 0; k < us.length; k++) {
      const u = us.charCodeAt(k);
      this.unit(u, isWordUnit(u), i, to);
    }
    return to - 1;
  }

  /** One folded unit whose source is text[from, to). */
  private unit(u: number, word: boolean, from: number, to: number): void {
    if (word) {
      if (!this.inWord) {
        this.startWord(from);
        this.inWord = true;
        this.length = 0;
        this.hash = HASH_SEED;
        this.register = WORD_START;
        this.sigMask = 0;
      }
      const len = this.length;
      const slot = this.words & (RING - 1);
      if (len < this.cap) this.units[slot * this.cap + len] = u;
      this.length = len + 1;
      this.wordEnd = to;
      if (u >= 0x30 && u <= 0x39) this.digit = true;
      const figures = this.figures;
      if (figures !== null) {
        this.hash = ((this.hash ^ u) * HASH_MULT) & HASH_MASK;
        if (len < 4 && (figures.prefixLengths & (1 << (len + 1))) !== 0 && figures.prefixes.get(hashFinish(this.hash)) !== 0) {
          this.prefixHit = true;
        }
      }
      if (this.pieces !== null) {
        const reg = ((this.register << 7) | (u & 0x7f)) & 0xfffffff;
        this.register = reg;
        const l = len + 1;
        let mask = this.sigMask | this.pieces.get(reg);
        if (l >= 3 && this.short3 !== null) mask |= this.short3.get(reg & 0x1fffff);
        if (l >= 2 && this.short2 !== null) mask |= this.short2.get(reg & 0x3fff);
        if (this.short1 !== null) mask |= this.short1.get(reg & 0x7f);
        this.sigMask = mask;
      }
    } else {
      if (this.inWord) {
        this.endWord();
        this.inWord = false;
      }
      if (u === 0x20 && this.prev === 0x20) {
        // A run of spaces folds to one.
        this.lastEnd = to;
        return;
      }
      this.sepLength++;
      if (u !== 0x20 && u !== 0x2d) this.sepJoins = false;
    }
    this.prev = u;
    this.lastEnd = to;
    this.anyUnit = true;
  }

  /** A word starts at `from` (the caller resets the hot state). */
  private startWord(from: number): void {
    this.wordStart = from;
    this.prefixHit = false;
    this.digit = false;
    const slot = this.words & (RING - 1);
    this.joined[slot] = this.words > 0 && this.sepLength >= 1 && this.sepLength <= 2 && this.sepJoins ? 1 : 0;
  }

  /** The current word has ended (its hot state written back). */
  private endWord(): void {
    this.inWord = false;
    this.sepLength = 0;
    this.sepJoins = true;
    const slot = this.words & (RING - 1);
    const length = this.length;
    this.os[slot] = this.wordStart;
    this.oe[slot] = this.wordEnd;
    this.flen[slot] = length;
    const base = slot * this.cap;
    this.u0[slot] = this.units[base] as number;
    this.u1[slot] = length >= 2 ? (this.units[base + 1] as number) : 0;
    this.ul[slot] = length <= this.cap ? (this.units[base + length - 1] as number) : 0;
    this.sig[slot] = this.sigMask;
    const figures = this.figures;
    if (figures !== null) {
      const number = this.digit || figures.numbers.get(hashFinish(this.hash)) !== 0;
      if (number) {
        this.hasNumber = true;
        if (this.recordNumbers) this.numbers.push(this.wordStart);
      }
      if (this.prefixHit) {
        this.hasFigureWord = true;
        if (this.recordNumbers) this.figureWords.push(this.wordStart);
      }
    }
    this.words++;
    // Every run that starts RING - 1 words back is now complete (none can hit without a signature q-gram).
    const s = this.words - RING;
    if (this.fuzzy !== null && s >= this.nextStart) {
      const sig = this.sig;
      const any = (sig[0] as number) | (sig[1] as number) | (sig[2] as number) | (sig[3] as number);
      if (any !== 0 && (any & this.startClasses(this.u0[s & (RING - 1)] as number)) !== 0) this.evaluate(s);
    }
  }

  /** The run classes of runs (of any word count) that start with unit `first`. */
  private startClasses(first: number): number {
    let classes = 0;
    for (const n of this.wordCounts) classes |= runClass(n, first);
    return classes;
  }

  /** Looks up the runs that start at word `s`, longest first (as the reference search does). */
  private evaluate(s: number): void {
    const fuzzy = this.fuzzy;
    if (fuzzy === null || s < this.nextStart) return;
    const words = this.words;
    const cap = this.cap;
    for (const n of this.wordCounts) {
      if (s + n > words) continue;
      let signed = 0;
      let joined = true;
      let length = n - 1;
      let fits = true;
      for (let j = s; j < s + n; j++) {
        const slot = j & (RING - 1);
        if (j > s && this.joined[slot] === 0) joined = false;
        signed |= this.sig[slot] as number;
        const l = this.flen[slot] as number;
        if (l > cap) fits = false;
        length += l;
      }
      const a = s & (RING - 1);
      const first = this.u0[a] as number;
      // No signature q-gram of a target this run could be compared with: none is within its allowed errors.
      if (!joined || (signed & runClass(n, first)) === 0) continue;
      const z = (s + n - 1) & (RING - 1);
      const second = (this.flen[a] as number) >= 2 ? (this.u1[a] as number) : 0x20;
      const b1 = fuzzy.bucket(n, first, second, 0);
      const b2 = fuzzy.bucket(n, first, this.ul[z] as number, 1);
      if (!b1 && !b2) continue;
      const start = this.os[a] as number;
      // (The reference search calls `blocked` first; both only skip the run.)
      if (!fits || (!fitsLength(length, b1) && !fitsLength(length, b2))) continue;
      const end = this.oe[z] as number;
      if (this.blocked(start, end)) continue;
      const units = this.units;
      // The run's units, then the first tests of the comparison on them; a string only for the few that pass.
      const run = this.runUnits;
      let at = 0;
      for (let j = s; j < s + n; j++) {
        const slot = j & (RING - 1);
        if (j > s) run[at++] = 0x20;
        const from = slot * cap;
        const to = from + (this.flen[slot] as number);
        for (let k = from; k < to; k++) run[at++] = units[k] as number;
      }
      if (!fuzzy.mayMatch(run, length, b1, b2)) continue;
      const unit = String.fromCharCode.apply(null, run.subarray(0, length) as unknown as number[]);
      const entity = fuzzy.bestEntity(unit, b1, b2);
      if (entity !== null) {
        this.hits.push({ start, end, entity });
        this.nextStart = s + n;
        return;
      }
    }
  }
}

/** A run of `length` units may be compared with the bucket's targets (their length ±2). */
function fitsLength(length: number, b: Bucket | undefined): boolean {
  return b !== undefined && length >= b.minLength - LENGTH_SLACK && length <= b.maxLength + LENGTH_SLACK;
}
