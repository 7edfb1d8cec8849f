/**
 * Misspelled mentions of long aliases ("ISIS-Korasan", "Patrushew").
 *
 * Runs only on pages that already have a strong mention. Candidates are the
 * page's words and runs of 2-4 words (joined by a space or hyphen); a candidate
 * is compared only with aliases of the same word count that share its first
 * letter and either its second or its last letter, and whose length is within
 * ±2 (a bucket lookup keyed by those letters), and that share enough bigrams
 * for the allowed number of errors (q-gram lemma). Fuse.js scores the survivors;
 * a bounded edit distance (1 error per ~7 letters, at least 1, never 0)
 * confirms the hit, which keeps ordinary words ("Patrick", "Korean") out.
 */
import Fuse from 'fuse.js';
import * as text from '../text/index.ts';

const { isWordUnit } = text;
type FoldedText = text.FoldedText;
import type { AliasIndex } from './alias-index.ts';
import { boundedEditDistance } from './edit-distance.ts';

export const FUZZY_MIN_LETTERS = 8;
const MAX_WORDS = 4;
const LENGTH_SLACK = 2;
const FUSE_THRESHOLD = 0.15;
const ERROR_RATE = 0.15;

interface Target {
  key: string;
  entity: string;
  maxErrors: number;
  fuse: Fuse<string> | null;
}

interface Bucket {
  targets: Target[];
  minLength: number;
  maxLength: number;
}

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  threshold: FUSE_THRESHOLD,
};

function bigramsOf(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
  return out;
}

function sharedBigrams(s: string, set: Set<number>): number {
  let n = 0;
  for (let i = 0; i + 1 < s.length; i++) if (set.has(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1))) n++;
  return n;
}

export interface FuzzyHit {
  /** Folded span. */
  start: number;
  end: number;
  entity: string;
}

/** True when an exact match rules the folded span out (partial overlap or the same span). */
export type BlockedSpan = (foldedStart: number, foldedEnd: number) => boolean;

function bucketKey(words: number, first: number, other: number, kind: 0 | 1): number {
  return ((words * 65536 + first) * 65536 + other) * 2 + kind;
}

/** Splits a folded key into its words, joined by single spaces. */
function normalizeKey(key: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < key.length) {
    while (i < key.length && !isWordUnit(key.charCodeAt(i))) i++;
    const s = i;
    while (i < key.length && isWordUnit(key.charCodeAt(i))) i++;
    if (i > s) words.push(key.slice(s, i));
  }
  return words;
}

export class FuzzyMatcher {
  private readonly buckets = new Map<number, Bucket>();
  /** Word counts that have targets, longest first. */
  readonly wordCounts: number[];
  /** Number of Fuse searches run (a measure of work, for slicing). */
  searches = 0;

  constructor(index: AliasIndex) {
    const seen = new Set<string>();
    const counts = new Set<number>();
    index.trie.keys.forEach((key, k) => {
      for (const rec of index.records[k] ?? []) {
        if (rec.weak || rec.misspelling || rec.caseSensitive || rec.stem) continue;
        const words = normalizeKey(key);
        const letters = words.reduce((n, w) => n + w.length, 0);
        if (letters < FUZZY_MIN_LETTERS || words.length > MAX_WORDS) continue;
        const norm = words.join(' ');
        if (seen.has(norm + '\u0000' + rec.entity)) continue;
        seen.add(norm + '\u0000' + rec.entity);
        const target: Target = {
          key: norm,
          entity: rec.entity,
          maxErrors: Math.max(1, Math.floor(norm.length * ERROR_RATE)),
          fuse: null,
        };
        const first = norm.charCodeAt(0);
        this.addTo(bucketKey(words.length, first, norm.charCodeAt(1), 0), target);
        this.addTo(bucketKey(words.length, first, norm.charCodeAt(norm.length - 1), 1), target);
        counts.add(words.length);
      }
    });
    this.wordCounts = [...counts].sort((a, b) => b - a);
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

  private best(unit: string, bigrams: Set<number>, bucket: Bucket, acc: { target: Target | null; distance: number }): void {
    if (unit.length < bucket.minLength - LENGTH_SLACK || unit.length > bucket.maxLength + LENGTH_SLACK) return;
    for (const t of bucket.targets) {
      if (Math.abs(t.key.length - unit.length) > LENGTH_SLACK) continue;
      // q-gram lemma: k edits destroy at most 2k bigrams.
      if (sharedBigrams(t.key, bigrams) < Math.max(unit.length, t.key.length) - 1 - 2 * t.maxErrors) continue;
      t.fuse ??= new Fuse([t.key], FUSE_OPTIONS);
      this.searches++;
      const r = t.fuse.search(unit)[0];
      if (!r || (r.score ?? 1) > FUSE_THRESHOLD) continue;
      const d = boundedEditDistance(unit, t.key, t.maxErrors);
      if (d === 0 || d > t.maxErrors) continue;
      if (d < acc.distance) {
        acc.target = t;
        acc.distance = d;
      }
    }
  }

  /**
   * Finds misspelled mentions in a folded block. A generator: it yields after
   * every `sliceWords` words so long blocks can be paused.
   */
  *findInBlock(fw: FoldedText, blocked: BlockedSpan, out: FuzzyHit[], sliceWords = 2000): Generator<void, void, void> {
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
      if (w > 0 && w % sliceWords === 0) yield;
      const s = ws[w] as number;
      for (const n of this.wordCounts) {
        if (w + n > W) continue;
        let ok = true;
        let length = n - 1;
        for (let j = w; j < w + n; j++) {
          length += (we[j] as number) - (ws[j] as number);
          if (j > w && !isJoiner(f, we[j - 1] as number, ws[j] as number)) ok = false;
        }
        if (!ok) continue;
        const end = we[w + n - 1] as number;
        const first = f.charCodeAt(s);
        const second = (we[w] as number) - s >= 2 ? f.charCodeAt(s + 1) : 0x20;
        const b1 = this.buckets.get(bucketKey(n, first, second, 0));
        const b2 = this.buckets.get(bucketKey(n, first, f.charCodeAt(end - 1), 1));
        if (!b1 && !b2) continue;
        if (blocked(s, end)) continue;
        let unit = '';
        for (let j = w; j < w + n; j++) unit += (j > w ? ' ' : '') + f.slice(ws[j], we[j]);
        if (unit.length !== length) continue;
        const acc = { target: null as Target | null, distance: Infinity };
        const bigrams = bigramsOf(unit);
        if (b1) this.best(unit, bigrams, b1, acc);
        if (b2 && b2 !== b1) this.best(unit, bigrams, b2, acc);
        if (acc.target) {
          out.push({ start: s, end, entity: acc.target.entity });
          w += n - 1;
          break;
        }
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
