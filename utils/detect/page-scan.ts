/**
 * One page: `addBlock` runs the exact scan of a block at once (the cheap part
 * every page pays); `finish` applies page-wide context as a generator.
 *
 * finish, in order (yielding every few blocks / few hundred candidates):
 *  1. exact candidates → one candidate per entity and span;
 *  2. excludeContexts rule candidates out;
 *  3. the strong set: entities with a strong (non-weak, non-misspelling) mention;
 *  4. weak candidates stay only if their entity or a related one is strong;
 *  5. pages with a strong mention: misspellings (fuzzy) and, for disputes whose
 *     subject (or a place related to it, the venue) is strongly mentioned,
 *     figures per block.
 */
import { type FoldedText, foldWithMap, foldedIndexAt, toOriginal } from '../text/index.ts';
import type { AliasIndex, AliasRecord } from './alias-index.ts';
import { scanBlock } from './block-scan.ts';
import type { ExcludeContexts } from './exclude-contexts.ts';
import { type FigureAnchor, type FigureContext, type FigureDispute, type FigureHit, findFigures } from './figures.ts';
import type { FuzzyHit, FuzzyMatcher } from './fuzzy.ts';
import type { RawMatch } from './match-at.ts';
import type { Figure, Mention, PageResult, PageScan } from './types.ts';

/** Yield after this many candidates in the per-candidate phases. */
const CANDIDATES_PER_SLICE = 200;
/** Yield after this many blocks, or this much text, in the per-block phase. */
const BLOCKS_PER_SLICE = 16;
const CHARS_PER_SLICE = 100_000;

export interface DetectorParts {
  index: AliasIndex;
  excludes: ExcludeContexts;
  /** Entity → related entities, in both directions. */
  neighbours: Map<string, Set<string>>;
  fuzzy: () => FuzzyMatcher;
  /** Numeric disputes with their subject. */
  disputes: readonly (FigureDispute & { subject: string })[];
  /** Entities of type "event". */
  events: ReadonlySet<string>;
  /** Entities of type "place". */
  places: ReadonlySet<string>;
}

type Strength = 'strong' | 'misspelling' | 'weak';

interface Candidate {
  entity: string;
  block: number;
  start: number;
  end: number;
  strength: Strength;
  fuzzy: boolean;
  dropped: boolean;
}

function candidatesOf(block: number, m: RawMatch): Candidate[] {
  const byEntity = new Map<string, AliasRecord[]>();
  for (const r of m.records) {
    const list = byEntity.get(r.entity);
    if (list) list.push(r);
    else byEntity.set(r.entity, [r]);
  }
  const out: Candidate[] = [];
  for (const [entity, recs] of byEntity) {
    const strength: Strength = recs.some((r) => !r.weak && !r.misspelling)
      ? 'strong'
      : recs.some((r) => !r.weak)
        ? 'misspelling'
        : 'weak';
    const fuzzy = strength !== 'strong' && recs.every((r) => r.misspelling || r.weak) && recs.some((r) => r.misspelling);
    out.push({ entity, block, start: m.start, end: m.end, strength, fuzzy, dropped: false });
  }
  return out;
}

export class DetectorPageScan implements PageScan {
  private readonly blocks: string[] = [];
  private readonly candidates: Candidate[] = [];
  private finished = false;

  private readonly figureContext: Omit<FigureContext, 'anchors'>;

  constructor(private readonly parts: DetectorParts) {
    this.figureContext = {
      isEvent: (e) => parts.events.has(e),
      neighbours: (e) => parts.neighbours.get(e),
      subjects: new Set(parts.disputes.map((d) => d.subject)),
    };
  }

  addBlock(text: string): void {
    if (this.finished) throw new Error('PageScan.addBlock called after finish()');
    const block = this.blocks.length;
    this.blocks.push(text);
    scanBlock(text, this.parts.index, (m) => {
      for (const c of candidatesOf(block, m)) this.candidates.push(c);
    });
  }

  *finish(): Generator<void, PageResult, void> {
    if (this.finished) throw new Error('PageScan.finish called twice');
    this.finished = true;
    const { excludes, neighbours } = this.parts;
    const cands = this.candidates;

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
    if (cands.length > 0) yield;

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

  /** Misspellings and figures, block by block, on a page with a strong mention. */
  private *pagePhase(strong: Set<string>, extra: Mention[], figures: Figure[]): Generator<void, void, void> {
    const { excludes } = this.parts;
    const fuzzy = this.parts.fuzzy();
    const useFuzzy = !fuzzy.isEmpty;
    // Gate: a strong mention of the subject, or of a place related to it (the venue).
    const speaks = (d: { subject: string }): boolean =>
      strong.has(d.subject) || [...(this.parts.neighbours.get(d.subject) ?? [])].some((n) => strong.has(n) && this.parts.places.has(n));
    const disputes = this.parts.disputes.filter(speaks);
    if (!useFuzzy && disputes.length === 0) return;

    const byBlock = new Map<number, Candidate[]>();
    for (const c of this.candidates) {
      const list = byBlock.get(c.block);
      if (list) list.push(c);
      else byBlock.set(c.block, [c]);
    }

    let blocksInSlice = 0;
    let charsInSlice = 0;
    const needsFigures = disputes.length > 0;
    for (let b = 0; b < this.blocks.length; b++) {
      const text = this.blocks[b] as string;
      const fw = foldWithMap(text);
      const blockCands = byBlock.get(b) ?? [];
      if (useFuzzy) {
        const hits: FuzzyHit[] = [];
        const blocked = (fs: number, fe: number): boolean => {
          const [os, oe] = toOriginal(fw, fs, fe);
          // A longer possible mention may contain exact ones ("Islamic State Khorasan Provnce"),
          // but may not cut through one or merely repeat it.
          return blockCands.some(
            (c) => c.start < oe && c.end > os && (c.strength !== 'weak' || (c.start === os && c.end === oe)) && !(c.start >= os && c.end <= oe && c.end - c.start < oe - os),
          );
        };
        yield* fuzzy.findInBlock(fw, blocked, hits);
        for (const h of hits) this.addFuzzy(b, text, fw, h, blockCands, extra, excludes);
      }
      if (needsFigures) {
        const hits: FigureHit[] = [];
        const anchors: FigureAnchor[] = [];
        const anchor = (entity: string, start: number, end: number): void => {
          anchors.push({ entity, start: foldedIndexAt(fw, start), end: foldedIndexAt(fw, end) });
        };
        for (const c of blockCands) if (!c.dropped) anchor(c.entity, c.start, c.end);
        for (let x = extra.length - 1; x >= 0 && (extra[x] as Mention).block === b; x--) {
          const m = extra[x] as Mention;
          anchor(m.entity, m.start, m.end);
        }
        findFigures(fw, disputes, { ...this.figureContext, anchors }, hits);
        for (const h of hits) {
          const [start, end] = toOriginal(fw, h.start, h.end);
          figures.push({ dispute: h.dispute, block: b, start, end, text: text.slice(start, end), value: h.value });
        }
      }
      charsInSlice += text.length;
      if (++blocksInSlice >= BLOCKS_PER_SLICE || charsInSlice >= CHARS_PER_SLICE) {
        blocksInSlice = 0;
        charsInSlice = 0;
        yield;
      }
    }
  }

  private addFuzzy(
    block: number,
    text: string,
    fw: FoldedText,
    h: FuzzyHit,
    blockCands: Candidate[],
    extra: Mention[],
    excludes: ExcludeContexts,
  ): void {
    const [start, end] = toOriginal(fw, h.start, h.end);
    if (excludes.excludes(h.entity, text, start, end)) return;
    const inside = blockCands.filter((c) => c.start >= start && c.end <= end);
    // An exact mention of the same entity is better than a possible one ("Николая Патрушева").
    if (inside.some((c) => c.entity === h.entity && !c.dropped)) return;
    // Otherwise the longer possible mention replaces exact matches inside it ("ISIS" in "ISIS-Korasan").
    for (const c of inside) c.dropped = true;
    extra.push({ entity: h.entity, block, start, end, text: text.slice(start, end), fuzzy: true });
  }
}
