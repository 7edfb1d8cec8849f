/**
 * One page: `addBlock` runs the exact scan of a block (the cheap part every
 * page pays); `finish` applies page-wide context as a generator.
 *
 * finish, in order (yielding after bounded units of work):
 *  0. the rest of any block too long to scan in one `addBlock` (see below);
 *  1. exact candidates → one candidate per entity and span;
 *  2. excludeContexts rule candidates out;
 *  3. the strong set: entities with a strong (non-weak, non-misspelling) mention;
 *  4. weak candidates stay only if their entity or a related one is strong;
 *  5. pages with a strong mention only: one light pass over the page's text
 *     (page-pass.ts) runs the misspelling search on the few runs of words
 *     whose words carry a signature q-gram, and marks the blocks that hold
 *     both a number and a possible figure word; then, for disputes whose
 *     subject (or a place related to it, the venue) is strongly mentioned,
 *     figures are searched in those blocks only.
 *
 * Bounded steps: `addBlock` scans at most SCAN_SLICE code units; the rest of
 * a longer block is scanned in the first steps of `finish`, SCAN_SLICE units
 * per step (the scan keeps its state between steps, block-scan.ts). The light
 * pass reads CHARS_PER_SLICE units per step, whatever the block sizes. Figure
 * search takes whole blocks up to FIGURE_CHARS_PER_SLICE units per step; in a
 * block longer than HUGE_BLOCK it runs on windows of ±FIGURE_WINDOW units
 * around the block's numbers instead (the sentence of a number is then cut at
 * the window's edge, which only matters for sentences of thousands of units).
 */
import { type FoldedText, foldWithMap, foldedIndexAt } from '../text/index.ts';
import type { AliasRecord } from './alias-index.ts';
import { ScanState, scanBlock } from './block-scan.ts';
import type { DetectorParts } from './detector.ts';
import type { ExcludeContexts } from './exclude-contexts.ts';
import { type FigureAnchor, type FigureContext, type FigureDispute, type FigureHit, figureKeys, findFigures } from './figures.ts';
import type { FuzzyHit } from './fuzzy.ts';
import type { RawMatch } from './match-at.ts';
import { BlockPass } from './page-pass.ts';
import type { Figure, Mention, PageResult, PageScan } from './types.ts';

/** Yield after this many candidates in the per-candidate phases. */
const CANDIDATES_PER_SLICE = 200;
/** Code units of exact scan per `addBlock` or per step. */
const SCAN_SLICE = 100_000;
/** Code units of the light pass per step. */
const CHARS_PER_SLICE = 100_000;
/** Code units of figure search per step. */
const FIGURE_CHARS_PER_SLICE = 20_000;
/** Blocks longer than this are searched for figures in windows around their numbers. */
const HUGE_BLOCK = 50_000;
const FIGURE_WINDOW = 1_000;

type Strength = 'strong' | 'misspelling' | 'weak';

const NONE: Candidate[] = [];

interface Candidate {
  entity: string;
  block: number;
  start: number;
  end: number;
  strength: Strength;
  fuzzy: boolean;
  dropped: boolean;
}

function addCandidates(block: number, m: RawMatch, out: Candidate[]): void {
  const byEntity = new Map<string, AliasRecord[]>();
  for (const r of m.records) {
    const list = byEntity.get(r.entity);
    if (list) list.push(r);
    else byEntity.set(r.entity, [r]);
  }
  for (const [entity, recs] of byEntity) {
    const strength: Strength = recs.some((r) => !r.weak && !r.misspelling)
      ? 'strong'
      : recs.some((r) => !r.weak)
        ? 'misspelling'
        : 'weak';
    const fuzzy = strength !== 'strong' && recs.every((r) => r.misspelling || r.weak) && recs.some((r) => r.misspelling);
    out.push({ entity, block, start: m.start, end: m.end, strength, fuzzy, dropped: false });
  }
}

/** A block whose exact scan goes on in `finish`. */
interface Unscanned {
  block: number;
  state: ScanState;
}

export class DetectorPageScan implements PageScan {
  private readonly blocks: string[] = [];
  private readonly candidates: Candidate[] = [];
  private readonly matches: RawMatch[] = [];
  private readonly unscanned: Unscanned[] = [];
  private finished = false;

  constructor(private readonly parts: DetectorParts) {}

  addBlock(text: string): void {
    if (this.finished) throw new Error('PageScan.addBlock called after finish()');
    const block = this.blocks.length;
    this.blocks.push(text);
    if (text.length <= SCAN_SLICE) {
      scanBlock(text, this.parts.index, this.matches);
    } else {
      const state = new ScanState();
      scanBlock(text, this.parts.index, this.matches, state, SCAN_SLICE);
      this.unscanned.push({ block, state });
    }
    this.takeMatches(block);
  }

  private takeMatches(block: number): void {
    const matches = this.matches;
    if (matches.length === 0) return;
    for (const m of matches) addCandidates(block, m, this.candidates);
    matches.length = 0;
  }

  *finish(): Generator<void, PageResult, void> {
    if (this.finished) throw new Error('PageScan.finish called twice');
    this.finished = true;
    const { index } = this.parts;

    for (const u of this.unscanned) {
      const text = this.blocks[u.block] as string;
      while (u.state.pos < text.length) {
        yield;
        scanBlock(text, index, this.matches, u.state, Math.min(text.length, u.state.pos + SCAN_SLICE));
        this.takeMatches(u.block);
      }
    }

    const cands = this.candidates;
    if (cands.length === 0) return { mentions: [], figures: [] };
    const { excludes, neighbours } = this.parts;

    let n = 0;
    for (const c of cands) {
      if (excludes.has(c.entity)) {
        c.dropped = excludes.excludes(c.entity, this.blocks[c.block] ?? '', c.start, c.end);
        if (++n % CANDIDATES_PER_SLICE === 0) yield;
      }
    }

    const strong = new Set<string>();
    for (const c of cands) if (c.strength === 'strong' && !c.dropped) strong.add(c.entity);
    const supported = (entity: string): boolean => {
      if (strong.has(entity)) return true;
      for (const r of neighbours.get(entity) ?? []) if (strong.has(r)) return true;
      return false;
    };
    for (const c of cands) if (c.strength === 'weak' && !c.dropped && !supported(c.entity)) c.dropped = true;
    yield;

    const extra: Mention[] = [];
    const figures: Figure[] = [];
    if (strong.size > 0) yield* this.pagePhase(strong, extra, figures);

    const mentions: Mention[] = [];
    for (const c of cands) {
      if (c.dropped) continue;
      const text = this.blocks[c.block] ?? '';
      mentions.push({ entity: c.entity, block: c.block, start: c.start, end: c.end, text: text.slice(c.start, c.end), fuzzy: c.fuzzy });
    }
    mentions.push(...extra);
    mentions.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
    figures.sort((a, b) => a.block - b.block || a.start - b.start);
    return { mentions, figures };
  }

  /** Misspellings and figures, on a page with a strong mention. */
  private *pagePhase(strong: Set<string>, extra: Mention[], figures: Figure[]): Generator<void, void, void> {
    const { excludes, neighbours, places } = this.parts;
    // Gate: a strong mention of the subject, or of a place related to it (the venue).
    const speaks = (d: { subject: string }): boolean =>
      strong.has(d.subject) || [...(neighbours.get(d.subject) ?? [])].some((n) => strong.has(n) && places.has(n));
    const disputes = this.parts.disputes.filter(speaks);
    const fuzzy = this.parts.fuzzy;
    const useFuzzy = !fuzzy.isEmpty;
    if (!useFuzzy && disputes.length === 0) return;

    const byBlock = new Map<number, Candidate[]>();
    for (const c of this.candidates) {
      const list = byBlock.get(c.block);
      if (list) list.push(c);
      else byBlock.set(c.block, [c]);
    }
    const extraByBlock = new Map<number, Mention[]>();

    // The light pass: misspellings, and which blocks may hold figures.
    const pass = new BlockPass(useFuzzy ? fuzzy : null, disputes.length > 0 ? figureKeys(disputes) : null);
    const figureBlocks: { block: number; numbers: number[] | null }[] = [];
    let budget = CHARS_PER_SLICE;
    for (let b = 0; b < this.blocks.length; b++) {
      const text = this.blocks[b] as string;
      const blockCands = byBlock.get(b) ?? NONE;
      // A longer possible mention may contain exact ones ("Islamic State Khorasan Provnce"),
      // but may not cut through one or merely repeat it.
      const blocked = (os: number, oe: number): boolean =>
        blockCands.some(
          (c) => c.start < oe && c.end > os && (c.strength !== 'weak' || (c.start === os && c.end === oe)) && !(c.start >= os && c.end <= oe && c.end - c.start < oe - os),
        );
      const huge = text.length > HUGE_BLOCK;
      pass.begin(text, blocked, huge && disputes.length > 0);
      for (;;) {
        const at = pass.position;
        const done = pass.run(budget);
        budget -= pass.position - at;
        if (budget <= 0) {
          yield;
          budget = CHARS_PER_SLICE;
        }
        if (done) break;
      }
      budget -= 16; // a little per block, so that a page of many tiny blocks yields too
      for (const h of pass.hits) this.addFuzzy(b, text, h, blockCands, extra, extraByBlock, excludes);
      if (pass.hasNumber && pass.hasFigureWord) figureBlocks.push({ block: b, numbers: huge ? [...pass.numbers] : null });
    }
    if (figureBlocks.length === 0) return;
    yield;

    // Figures, in the blocks that may hold one.
    const ctx = {
      isEvent: (e: string) => this.parts.events.has(e),
      neighbours: (e: string) => neighbours.get(e),
      subjects: new Set(this.parts.disputes.map((d) => d.subject)),
    };
    let chars = 0;
    for (const { block: b, numbers } of figureBlocks) {
      const text = this.blocks[b] as string;
      const anchorsOf = (blockExtra: readonly Mention[]) => [
        ...(byBlock.get(b) ?? []).filter((c) => !c.dropped),
        ...blockExtra,
      ];
      const sources = anchorsOf(extraByBlock.get(b) ?? []);
      const windows: [number, number][] = numbers ? figureWindows(text, numbers) : [[0, text.length]];
      for (const [from, to] of windows) {
        const fw = foldWithMap(from === 0 && to === text.length ? text : text.slice(from, to));
        this.figuresIn(b, text, from, to, fw, sources, disputes, ctx, figures);
        chars += to - from;
        if (chars >= FIGURE_CHARS_PER_SLICE) {
          chars = 0;
          yield;
        }
      }
    }
  }

  private figuresIn(
    block: number,
    text: string,
    from: number,
    to: number,
    fw: FoldedText,
    sources: readonly { entity: string; start: number; end: number }[],
    disputes: readonly (FigureDispute & { subject: string })[],
    ctx: Omit<FigureContext, 'anchors'>,
    figures: Figure[],
  ): void {
    const anchors: FigureAnchor[] = [];
    for (const m of sources) {
      if (m.start < from || m.end > to) continue;
      anchors.push({ entity: m.entity, start: foldedIndexAt(fw, m.start - from), end: foldedIndexAt(fw, m.end - from) });
    }
    const hits: FigureHit[] = [];
    findFigures(fw, disputes, { ...ctx, anchors }, hits);
    for (const h of hits) {
      const start = from + (fw.starts[h.start] ?? 0);
      const end = from + (fw.ends[h.end - 1] ?? 0);
      figures.push({ dispute: h.dispute, block, start, end, text: text.slice(start, end), value: h.value });
    }
  }

  private addFuzzy(
    block: number,
    text: string,
    h: FuzzyHit,
    blockCands: Candidate[],
    extra: Mention[],
    extraByBlock: Map<number, Mention[]>,
    excludes: ExcludeContexts,
  ): void {
    const { start, end } = h;
    if (excludes.excludes(h.entity, text, start, end)) return;
    const inside = blockCands.filter((c) => c.start >= start && c.end <= end);
    // An exact mention of the same entity is better than a possible one ("Николая Патрушева").
    if (inside.some((c) => c.entity === h.entity && !c.dropped)) return;
    // Otherwise the longer possible mention replaces exact matches inside it ("ISIS" in "ISIS-Korasan").
    for (const c of inside) c.dropped = true;
    const m: Mention = { entity: h.entity, block, start, end, text: text.slice(start, end), fuzzy: true };
    extra.push(m);
    const list = extraByBlock.get(block);
    if (list) list.push(m);
    else extraByBlock.set(block, [m]);
  }
}

/**
 * Windows of a huge block around its numbers: ±FIGURE_WINDOW units, merged
 * where they overlap, cut at spaces so no word is split.
 */
function figureWindows(text: string, numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  const isSpace = (i: number): boolean => text.charCodeAt(i) <= 0x20;
  for (const p of numbers) {
    let from = Math.max(0, p - FIGURE_WINDOW);
    while (from > 0 && !isSpace(from - 1)) from--;
    let to = Math.min(text.length, p + FIGURE_WINDOW);
    while (to < text.length && !isSpace(to)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) {
      // Overlapping windows merge, up to a step's worth; past that the next one starts where the last ends.
      if (to - last[0] <= FIGURE_CHARS_PER_SLICE) {
        last[1] = Math.max(last[1], to);
        continue;
      }
      from = last[1];
    }
    if (to > from) out.push([from, to]);
  }
  return out;
}
