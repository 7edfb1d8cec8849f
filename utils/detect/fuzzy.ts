/**
 * Misspelled mentions of long aliases ("ISIS-Korasan", "Patrushew").
 *
 * Runs only on pages that already have a strong mention, and looks only for
 * the subjects of the page: a page's matcher holds the targets of the
 * entities with a strong mention there and of the entities related to them
 * (either way), picked by entity from lists made at build time (packed.ts,
 * `entityTargets`), so neither its making nor its lookups grow with the
 * entities the page is not about (see DetectorParts.makeFuzzy). Candidates are the
 * page's words and runs of 2-4 words (joined by a space or hyphen).
 *
 * Cheap prefilters come first, so that few candidates reach Fuse.js: a
 * candidate is compared only with aliases of the same word count that share
 * its first letter and either its second or its last letter, and whose
 * length is within ±2 (a bucket lookup keyed by those letters), and that
 * share enough bigrams for the allowed number of errors (q-gram lemma).
 * Fuse.js decides on those left: it scores the candidate against each such
 * alias word by word (`wordErrors`); the alias with the fewest errors wins
 * (the first of those equally near), if they are within 1 per ~7 letters (at
 * least 1; an exact spelling is no misspelling), which keeps ordinary words
 * ("Patrick", "Korean") out. A run whose first or last word is another word
 * altogether is no misspelling ("Comité de Investigación habló"). Fuse.js
 * is bundled with the detection engine, which runs in the extension's
 * background, not in the pages.
 *
 * Which candidates are looked at, at all, is decided word by word as the page
 * pass reads (page-pass.ts), by a signature filter that loses nothing: a
 * target with k allowed errors gets k + 1 disjoint q-grams from inside its
 * words (q = 4 where the words are long enough, else shorter). k edits can
 * break at most k of them, so every misspelling within k errors still contains
 * one of them whole, inside one of its words (Fuse.js matches each of the
 * alias's words, with the spaces around it, in the run's word: each of its
 * letters and its start is matched or counted as an error). A run of words
 * none of which contains a signature q-gram is skipped without building a
 * string; on ordinary text that is nearly every run.
 */
import Fuse from 'fuse.js/basic';
import type { AliasIndex } from './alias-index.ts';
import { REC_CASE_FORM, REC_CASE_SENSITIVE, REC_ENTITY_SHIFT, REC_MISSPELLING, REC_STEM, REC_WEAK } from './packed-format.ts';
import { WordHashSet, hashFinish } from './word-hash.ts';


export const FUZZY_MIN_LETTERS = 8;
export const MAX_WORDS = 4;
export const LENGTH_SLACK = 2;
const ERROR_RATE = 0.15;

interface Target {
  key: string;
  entity: string;
  maxErrors: number;
  /** The key's words (made on first use). */
  words: string[] | null;
  /** The key's bigrams in order, as (first unit << 16) | second unit (made on first use). */
  bigrams: Int32Array | null;
}

export interface Bucket {
  targets: Target[];
  minLength: number;
  maxLength: number;
}

function bigramsOf(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
  return out;
}

/** The bigrams of `s` in order, as (first unit << 16) | second unit. */
function bigramList(s: string): Int32Array {
  const out = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 0; i + 1 < s.length; i++) out[i] = (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
  return out;
}

function sharedBigrams(s: string, set: Set<number>): number {
  let n = 0;
  for (let i = 0; i + 1 < s.length; i++) if (set.has(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1))) n++;
  return n;
}

/** How Fuse.js compares a word of a run with a word of an alias (see `wordErrors`). */
const FUSE_OPTIONS = {
  /** Both are folded already. */
  isCaseSensitive: true,
  /** The score is errors / pattern length, wherever in the text the pattern is found. */
  ignoreLocation: true,
};

/**
 * Fuse.js matches a pattern of up to 32 units in one go (a bitap search on
 * 32-bit masks). A longer one it matches in pieces of 32 units, the last
 * overlapping the one before, and its score is the mean of theirs.
 */
const FUSE_PIECE = 32;

/**
 * The errors (letters inserted, deleted or replaced) between a word of a run,
 * `word`, and the alias's word there, `name`, as Fuse.js counts them; or
 * `budget + 1` when they are more than `budget`. Fuse.js finds a pattern
 * anywhere in a text with as few errors as it can, and scores it errors /
 * pattern length (`ignoreLocation`); the threshold, `budget` errors, bounds
 * its search. Since the text's letters outside the match cost nothing there,
 * the words are matched with the spaces around them (a letter added at
 * either end is an error) and both ways: the alias's word in the run's word
 * (every letter of the alias's word is matched or counted: the signature
 * filter relies on it), then, if that is within the budget, the run's word in
 * the alias's word; the errors are the larger count, and at least the
 * difference in length. A pattern longer than 32 units (a word of 31 letters
 * or more: no alias has one, but a misspelling may) is scored in Fuse's
 * pieces, whose errors add up (those in the overlap count twice).
 */
function wordErrors(name: string, word: string, budget: number): number {
  if (name === word) return 0;
  const gap = Math.abs(name.length - word.length);
  if (gap > budget || budget === 0) return budget + 1;
  const a = ' ' + name + ' ';
  const b = ' ' + word + ' ';
  const there = fuseErrors(a, b, budget);
  return there > budget ? there : Math.max(gap, there, fuseErrors(b, a, budget));
}

/** The errors of `pattern` found in `text` by Fuse.js, or `budget + 1` when more than `budget` (see `wordErrors`). */
function fuseErrors(pattern: string, text: string, budget: number): number {
  const piece = Math.min(pattern.length, FUSE_PIECE);
  const r = Fuse.match(pattern, text, { ...FUSE_OPTIONS, threshold: budget / piece });
  if (!r.isMatch) return budget + 1;
  return Math.min(budget + 1, Math.round(r.score * piece * Math.ceil(pattern.length / FUSE_PIECE)));
}

/**
 * True when the first or last word of a run, with `d` errors against the
 * name's word `name` there, is another word, not a misspelling of it (two
 * letters or more, and more than half of them, wrong): the run only runs on
 * past a name into the sentence. "Comité de Investigación habló" is within
 * the errors allowed for "Comité de Investigación ruso", but no misspelling
 * of it. Inner words may differ more ("Islamic State in Khorasan"): the
 * name's words on either side hold them.
 */
function replaced(d: number, name: string): boolean {
  return d >= 2 && 2 * d > name.length;
}

export interface FuzzyHit {
  /** Span in the block (original offsets, or folded ones from `findInBlock`). */
  start: number;
  end: number;
  entity: string;
}

/** True when an exact match rules the span out (partial overlap or the same span). */
export type BlockedSpan = (start: number, end: number) => boolean;

function bucketKey(words: number, first: number, other: number, kind: 0 | 1): number {
  return ((words * 65536 + first) * 65536 + other) * 2 + kind;
}

/**
 * Signature pieces are read off a register of the low 7 bits of a word's
 * units: `register = ((register << 7) | (unit & 0x7f)) & 0xfffffff` (28
 * bits, a small integer for the engine), starting from WORD_START at each
 * word. After a word's first, second, third unit it holds the word's start
 * (WORD_START and 1-3 units); after that, its last four units. A piece is the
 * register's value where it ends. Different pieces may share a value; that
 * only lets a candidate more through.
 */
export const WORD_START = 1;

/** A set of register values (pieces), each with flags; a cheap bit filter in front. */
export class PieceSet {
  readonly bits: Uint32Array;
  readonly shift: number;
  readonly set: WordHashSet;

  constructor(values: ReadonlyMap<number, number>) {
    let log = 10;
    while (log < 22 && 1 << log < values.size * 32) log++;
    this.bits = new Uint32Array(1 << (log - 5));
    this.shift = 32 - log;
    this.set = new WordHashSet(values.size);
    for (const [v, flags] of values) {
      const b = Math.imul(v, PIECE_MIX) >>> this.shift;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
      this.set.add(hashFinish(v), flags);
    }
  }

  /** The flags of register value `v` (0 when it is no piece). */
  get(v: number): number {
    const b = Math.imul(v, PIECE_MIX) >>> this.shift;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return 0;
    return this.set.get(hashFinish(v));
  }
}

export const PIECE_MIX = 0x9e3779b1 | 0;

/**
 * One of 32 classes of runs, by word count and first unit: a signature
 * q-gram carries the classes of the targets it stands for, and a run counts
 * only the q-grams of targets that could be in its buckets.
 */
export function runClass(words: number, first: number): number {
  return 1 << (Math.imul(words * 0x10001 + first, 0x9e3779b1) >>> 27);
}

/** The register value where piece `code` of `norm` ends. */
function pieceValue(norm: string, code: number): number {
  const offset = code >>> 4;
  const q = (code >>> 1) & 7;
  let reg = (code & 1) !== 0 ? WORD_START : 0;
  for (let i = offset; i < offset + q; i++) reg = ((reg << 7) | (norm.charCodeAt(i) & 0x7f)) & 0xfffffff;
  return reg;
}

/** The set a piece goes to: 0 for word starts and 4-grams, else its q. */
function pieceSet(code: number): number {
  const q = (code >>> 1) & 7;
  return (code & 1) !== 0 || q === 4 ? 0 : q;
}

export function maxErrors(norm: string): number {
  return Math.max(1, Math.floor(norm.length * ERROR_RATE));
}

/**
 * A record (entity index * REC_ENTITY + REC_* flags) that may give a
 * misspelling target: not weak, no misspelling, not case-sensitive, no stem,
 * no case form (misspellings are looked for of aliases as the KB writes them).
 */
function isTargetRecord(code: number): boolean {
  return (code & (REC_WEAK | REC_MISSPELLING | REC_CASE_SENSITIVE | REC_STEM | REC_CASE_FORM)) === 0;
}

/** A misspelling target of the whole knowledge base: see `targets`. */
export interface IndexTarget {
  norm: string;
  words: number;
  entity: string;
  /** The entity's index (in the packed ids). */
  entityIndex: number;
}

/**
 * The misspelling targets, in a fixed order (keys in trie order, then their
 * records): long enough, not weak, no misspelling, not case-sensitive, no
 * stem, at most MAX_WORDS words; `norm` is the key's words joined by single
 * spaces; one target per norm and entity (the first key that gives it). A
 * generator over all keys: the build goes through it once (packed.ts), to
 * list each entity's targets; a page never does.
 */
export function* targets(index: AliasIndex): Generator<IndexTarget, void, void> {
  const seen = new Set<string>();
  const keys = index.trie.keys;
  const found: IndexTarget[] = [];
  for (let k = 0; k < keys.length; k++) {
    let words: string[] | null = null;
    index.forEachRecordCode(k, (code) => {
      if (!isTargetRecord(code)) return;
      words ??= index.wordsOf(k);
      let letters = 0;
      for (const w of words) letters += w.length;
      if (letters < FUZZY_MIN_LETTERS || words.length > MAX_WORDS) return;
      const norm = words.join(' ');
      const entity = index.entityOf(code);
      if (seen.has(norm + '\u0000' + entity)) return;
      seen.add(norm + '\u0000' + entity);
      found.push({ norm, words: words.length, entity, entityIndex: code >>> REC_ENTITY_SHIFT });
    });
    for (const t of found) yield t;
    found.length = 0;
  }
}

/** The targets, one call each (see `targets`). */
export function forEachTarget(index: AliasIndex, f: (norm: string, words: number, entity: string) => void): void {
  for (const t of targets(index)) f(t.norm, t.words, t.entity);
}

/** What a matcher is made of: a target and its signature pieces (signatures.ts: k + 1 codes for k allowed errors). */
export interface FuzzyTarget {
  norm: string;
  words: number;
  entity: string;
  pieces: readonly number[];
}

export class FuzzyMatcher {
  private readonly buckets = new Map<number, Bucket>();
  /** Word counts that have targets, longest first. */
  wordCounts: number[] = [];
  /** Longest target (words joined by single spaces). */
  maxLength = 0;
  /**
   * Signature pieces (flags: the run classes of their targets, runClass):
   * word starts and 4-grams, looked up at every unit of a word; and the rare
   * shorter q-grams inside words, by q (1-3; null where there are none).
   */
  pieces: PieceSet = new PieceSet(new Map());
  shortPieces: (PieceSet | null)[] = [];
  /** Number of candidates scored by Fuse.js (a measure of work). */
  searches = 0;
  // The bigrams of the run `mayMatch` looks at (open addressing; a slot is in use when its stamp is current).
  private readonly runBigrams = new Int32Array(256);
  private readonly runStamps = new Int32Array(256);
  private stamp = 0;

  /** Number of targets. */
  size = 0;

  /**
   * A matcher of `targets`, in this order (among targets equally near a run,
   * the first wins). Without `stepwise` the matcher is made here; with it,
   * `load` makes it.
   */
  constructor(targets: Iterable<FuzzyTarget>, stepwise = false) {
    this.source = targets;
    if (!stepwise) for (const _ of this.load());
  }

  private source: Iterable<FuzzyTarget> | null;

  /** Makes the matcher, yielding every few dozen targets (so a page can pause while it is made). */
  *load(): Generator<void, void, void> {
    if (!this.source) return;
    const source = this.source;
    this.source = null;
    const counts = new Set<number>();
    const values: Map<number, number>[] = [new Map(), new Map(), new Map(), new Map()];
    let maxLength = 0;
    let n = 0;
    for (const { norm, words, entity, pieces } of source) {
      const target: Target = { key: norm, entity, maxErrors: maxErrors(norm), words: null, bigrams: null };
      const first = norm.charCodeAt(0);
      this.addTo(bucketKey(words, first, norm.charCodeAt(1), 0), target);
      this.addTo(bucketKey(words, first, norm.charCodeAt(norm.length - 1), 1), target);
      counts.add(words);
      maxLength = Math.max(maxLength, norm.length);
      if (pieces.length !== target.maxErrors + 1) throw new Error(`"${norm}" needs ${target.maxErrors + 1} signature pieces`);
      const classes = runClass(words, first);
      for (const code of pieces) {
        const m = values[pieceSet(code)] as Map<number, number>;
        const v = pieceValue(norm, code);
        m.set(v, (m.get(v) ?? 0) | classes);
      }
      if (++n % 32 === 0) yield;
    }
    this.size = n;
    this.wordCounts = [...counts].sort((a, b) => b - a);
    this.maxLength = maxLength;
    this.pieces = new PieceSet(values[0] as Map<number, number>);
    this.shortPieces = values.map((m, q) => (q > 0 && m.size > 0 ? new PieceSet(m) : null));
  }

  get isEmpty(): boolean {
    return this.buckets.size === 0;
  }

  private addTo(key: number, t: Target): void {
    let b = this.buckets.get(key);
    if (!b) {
      b = { targets: [], minLength: t.key.length, maxLength: t.key.length };
      this.buckets.set(key, b);
    }
    b.targets.push(t);
    b.minLength = Math.min(b.minLength, t.key.length);
    b.maxLength = Math.max(b.maxLength, t.key.length);
  }

  /** The bucket of runs of `words` words starting with `first` then `other` (kind 0: second unit; 1: last unit). */
  bucket(words: number, first: number, other: number, kind: 0 | 1): Bucket | undefined {
    return this.buckets.get(bucketKey(words, first, other, kind));
  }

  /**
   * Whether some target of the two buckets passes the first tests of `best`
   * (length, and the bigram count of the q-gram lemma) for the run
   * `units[0, length)`: the same tests on the units, without building strings.
   */
  mayMatch(units: Uint16Array, length: number, b1: Bucket | undefined, b2: Bucket | undefined): boolean {
    if (length > 128) return true; // (never: runs that long fit no bucket)
    const keys = this.runBigrams;
    const stamps = this.runStamps;
    const stamp = ++this.stamp;
    for (let i = 0; i + 1 < length; i++) {
      const key = ((units[i] as number) << 16) | (units[i + 1] as number);
      for (let s = Math.imul(key, PIECE_MIX) >>> 24; ; s = (s + 1) & 255) {
        if (stamps[s] !== stamp) {
          stamps[s] = stamp;
          keys[s] = key;
          break;
        }
        if (keys[s] === key) break;
      }
    }
    return this.bucketMayMatch(length, stamp, b1) || (b2 !== b1 && this.bucketMayMatch(length, stamp, b2));
  }

  private bucketMayMatch(length: number, stamp: number, bucket: Bucket | undefined): boolean {
    if (!bucket || length < bucket.minLength - LENGTH_SLACK || length > bucket.maxLength + LENGTH_SLACK) return false;
    const keys = this.runBigrams;
    const stamps = this.runStamps;
    for (const t of bucket.targets) {
      if (Math.abs(t.key.length - length) > LENGTH_SLACK) continue;
      const need = Math.max(length, t.key.length) - 1 - 2 * t.maxErrors;
      if (need <= 0) return true;
      let shared = 0;
      const bigrams = (t.bigrams ??= bigramList(t.key));
      for (let i = 0; i < bigrams.length; i++) {
        const key = bigrams[i] as number;
        for (let s = Math.imul(key, PIECE_MIX) >>> 24; ; s = (s + 1) & 255) {
          if (stamps[s] !== stamp) break;
          if (keys[s] === key) {
            shared++;
            break;
          }
        }
      }
      if (shared >= need) return true;
    }
    return false;
  }

  /** The entity whose target is nearest to `unit` (folded words joined by single spaces) in two buckets, or null. */
  bestEntity(unit: string, b1: Bucket | undefined, b2: Bucket | undefined): string | null {
    const acc: Nearest = { unit, words: null, bigrams: bigramsOf(unit), target: null, errors: Infinity };
    if (b1) this.best(b1, acc);
    if (b2 && b2 !== b1) this.best(b2, acc);
    return acc.target ? acc.target.entity : null;
  }

  /** Scores the targets of `bucket` that pass the prefilters; a target nearer than `acc`'s (fewer errors) takes its place. */
  private best(bucket: Bucket, acc: Nearest): void {
    const unit = acc.unit;
    if (unit.length < bucket.minLength - LENGTH_SLACK || unit.length > bucket.maxLength + LENGTH_SLACK) return;
    for (const t of bucket.targets) {
      if (Math.abs(t.key.length - unit.length) > LENGTH_SLACK || unit === t.key) continue;
      // q-gram lemma: k edits destroy at most 2k bigrams.
      if (sharedBigrams(t.key, acc.bigrams) < Math.max(unit.length, t.key.length) - 1 - 2 * t.maxErrors) continue;
      this.searches++;
      const errors = runErrors((acc.words ??= unit.split(' ')), t);
      // Strictly fewer: among targets equally near, the first (in target order, bucket b1 before b2) wins.
      if (errors < acc.errors) {
        acc.target = t;
        acc.errors = errors;
      }
    }
  }
}

/** The nearest target found so far for a run (`bestEntity`). */
interface Nearest {
  unit: string;
  /** The run's words (made once a target passes the prefilters). */
  words: string[] | null;
  bigrams: Set<number>;
  target: Target | null;
  errors: number;
}

/**
 * The errors of a run (its words) against target `t`, word by word as
 * Fuse.js counts them (`wordErrors`); Infinity when they are more than the
 * target allows or the run runs on past the name (`replaced`).
 */
function runErrors(words: string[], t: Target): number {
  const names = (t.words ??= t.key.split(' '));
  if (names.length !== words.length) return Infinity;
  let left = t.maxErrors;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const d = wordErrors(name, words[i] as string, left);
    if (d > left || (names.length > 1 && (i === 0 || i === names.length - 1) && replaced(d, name))) return Infinity;
    left -= d;
  }
  return t.maxErrors - left;
}
