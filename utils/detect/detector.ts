import type { MatcherData } from '../kb/matcher-data.ts';
import { AliasIndex } from './alias-index.ts';
import { ExcludeContexts } from './exclude-contexts.ts';
import { useLexicon } from './figure-lexicon.ts';
import type { FigureDispute } from './figures.ts';
import { type FuzzyTarget, FuzzyMatcher, maxErrors } from './fuzzy.ts';
import { type PackedDetector, isPacked, packMatcher } from './packed.ts';
import { PACKED_FORMAT } from './packed-format.ts';
import { DetectorPageScan } from './page-scan.ts';
import { signaturePieces } from './signatures.ts';
import { type Detector, type PageResult, type PageScanOptions, isWholePage } from './types.ts';

/** Where the misspelling targets' signature pieces come from: made at build time (per target), or worked out per target. */
type Pieces = readonly (readonly number[])[] | ((norm: string, count: number) => number[]);

/**
 * What page scans share. Only the alias index is built up front (from the
 * packed keys: no folding or sorting); everything that only pages with
 * candidates or strong mentions need is built on first use. The misspelling
 * matcher is made per page, of that page's subjects (`makeFuzzy`), from the
 * packed targets (plain arrays: nothing to decode).
 */
export class DetectorParts {
  readonly index: AliasIndex;
  private readonly packed: PackedDetector;
  private excludeContexts: ExcludeContexts | null = null;
  private neighbourMap: Map<string, Set<string>> | null = null;
  private relatedMap: Map<number, number[]> | null = null;
  private figureDisputes: (FigureDispute & { subject: string })[] | null = null;
  private eventSet: Set<string> | null = null;
  private placeSet: Set<string> | null = null;
  private landmarkSet: Set<string> | null = null;
  private readonly pieces: Pieces;

  constructor(packed: PackedDetector, pieces: Pieces) {
    this.packed = packed;
    this.pieces = pieces;
    this.index = new AliasIndex(packed);
    useLexicon(packed.lexicon);
  }

  get excludes(): ExcludeContexts {
    const ids = this.packed.ids;
    return (this.excludeContexts ??= new ExcludeContexts(this.packed.excludes.map(([e, phrases]) => [ids[e] as string, phrases] as const)));
  }

  /** Entity index → related entity indexes, in both directions (made on first use). */
  private get related(): Map<number, number[]> {
    if (!this.relatedMap) {
      const map = new Map<number, number[]>();
      const link = (a: number, b: number): void => {
        const list = map.get(a);
        if (list) list.push(b);
        else map.set(a, [b]);
      };
      this.packed.related.forEach((rel, e) => {
        for (const r of rel) {
          link(e, r);
          link(r, e);
        }
      });
      this.relatedMap = map;
    }
    return this.relatedMap;
  }

  /** Entity → related entities, in both directions. */
  get neighbours(): Map<string, Set<string>> {
    if (!this.neighbourMap) {
      const ids = this.packed.ids;
      this.neighbourMap = new Map([...this.related].map(([e, rel]) => [ids[e] as string, new Set(rel.map((r) => ids[r] as string))]));
    }
    return this.neighbourMap;
  }

  /**
   * The subjects of a page whose strongly mentioned entities are `strong`
   * (entity indexes): those entities and the entities related to them, in
   * both directions (as `neighbours`).
   */
  subjects(strong: Iterable<number>): Set<number> {
    const out = new Set<number>();
    for (const e of strong) {
      out.add(e);
      for (const r of this.related.get(e) ?? []) out.add(r);
    }
    return out;
  }

  /**
   * A page's misspelling matcher: the targets of `subjects` (entity indexes)
   * only, taken from the packed targets by the lists of their entities (no
   * other key is read), in target order, so that where two are equally near
   * a run the same one wins as in a matcher of all targets. Yields between
   * batches of targets.
   */
  *makeFuzzy(subjects: Iterable<number>): Generator<void, FuzzyMatcher, void> {
    const { entityTargets, ids, targets } = this.packed;
    const chosen: number[] = [];
    for (const e of subjects) for (const t of entityTargets[e] ?? []) chosen.push(t);
    chosen.sort((a, b) => a - b);
    const pieces = this.pieces;
    const list = chosen.map((t): FuzzyTarget => {
      const norm = targets.norms[t] as string;
      return {
        norm,
        words: targets.words[t] as number,
        entity: ids[targets.entities[t] as number] as string,
        pieces: typeof pieces === 'function' ? pieces(norm, maxErrors(norm) + 1) : (pieces[t] as readonly number[]),
      };
    });
    const matcher = new FuzzyMatcher(list, true);
    yield* matcher.load();
    return matcher;
  }

  /** Numeric disputes with their subject. */
  get disputes(): readonly (FigureDispute & { subject: string })[] {
    const ids = this.packed.ids;
    return (this.figureDisputes ??= this.packed.disputes.map((d) => ({ ...d, subject: ids[d.subject] as string })));
  }

  /** Entities of type "event". */
  get events(): ReadonlySet<string> {
    return (this.eventSet ??= new Set(this.packed.events.map((e) => this.packed.ids[e] as string)));
  }

  /** Entities of type "place". */
  get places(): ReadonlySet<string> {
    return (this.placeSet ??= new Set(this.packed.places.map((e) => this.packed.ids[e] as string)));
  }

  /** Places with a name that counts alone (PackedDetector.landmarks). */
  get landmarks(): ReadonlySet<string> {
    return (this.landmarkSet ??= new Set(this.packed.landmarks.map((e) => this.packed.ids[e] as string)));
  }
}

/**
 * A detector from the packed form made at build time with its signatures
 * (the extension's background: `virtual:gloss-kb/detector`). Nothing is
 * folded or sorted here; each page then gets a cheap `PageScan`. The
 * extension imports only this, so the packing code is not in its bundle.
 */
export function loadDetector(packed: PackedDetector): Detector {
  if (packed.format !== PACKED_FORMAT) throw new Error(`loadDetector needs the packed form ${PACKED_FORMAT}`);
  if (packed.signatures === undefined) throw new Error('loadDetector needs the packed form made with signatures');
  return detectorOf(new DetectorParts(packed, packed.signatures));
}

/**
 * A detector from plain matcher data (tools, tests, benchmarks: packed here
 * first, which costs what the build step saves) or from the packed form.
 */
export function createDetector(data: MatcherData | PackedDetector): Detector {
  const packed = isPacked(data) ? data : packMatcher(data);
  return detectorOf(new DetectorParts(packed, packed.signatures ?? signaturePieces));
}

function detectorOf(parts: DetectorParts): Detector {
  return {
    createPageScan: (options = {}) => new DetectorPageScan(parts, options.wholePage === true),
  };
}

/** A block for `scanPage`: its text, or its text and, for a table cell, its headers (`PageScan.addBlock`). */
export type PageBlock = string | { text: string; headers?: readonly string[] };

/**
 * Runs a whole page without pausing (tools and tests). `wholePage` defaults
 * to the blocks' length (`isWholePage`).
 */
export function scanPage(detector: Detector, blocks: readonly PageBlock[], options: PageScanOptions = {}): PageResult {
  const texts = blocks.map((b) => (typeof b === 'string' ? b : b.text));
  const wholePage = options.wholePage ?? isWholePage(texts.reduce((n, b) => n + b.length, 0));
  const scan = detector.createPageScan({ wholePage });
  for (const b of blocks) {
    if (typeof b === 'string') scan.addBlock(b);
    else scan.addBlock(b.text, true, b.headers);
  }
  const gen = scan.finish();
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}
