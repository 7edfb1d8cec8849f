import type { MatcherData } from '../kb/matcher-data.ts';
import { AliasIndex } from './alias-index.ts';
import { ExcludeContexts } from './exclude-contexts.ts';
import type { FigureDispute } from './figures.ts';
import { FuzzyMatcher } from './fuzzy.ts';
import { type PackedDetector, isPacked, packMatcher } from './packed.ts';
import { decodePieces } from './packed-format.ts';
import { DetectorPageScan } from './page-scan.ts';
import { signaturePieces } from './signatures.ts';
import type { Detector, PageResult } from './types.ts';

/** Where the misspelling targets' signature pieces come from: made at build time (encoded), or worked out per target. */
type Pieces = string | ((norm: string, count: number) => number[]);

/**
 * What page scans share. Only the alias index is built up front (from the
 * packed keys: no folding or sorting); everything that only pages with
 * candidates or strong mentions need is built on first use.
 */
export class DetectorParts {
  readonly index: AliasIndex;
  private readonly packed: PackedDetector;
  private excludeContexts: ExcludeContexts | null = null;
  private neighbourMap: Map<string, Set<string>> | null = null;
  private fuzzyMatcher: FuzzyMatcher | null = null;
  private figureDisputes: (FigureDispute & { subject: string })[] | null = null;
  private eventSet: Set<string> | null = null;
  private placeSet: Set<string> | null = null;
  private readonly pieces: Pieces;

  constructor(packed: PackedDetector, pieces: Pieces) {
    this.packed = packed;
    this.pieces = pieces;
    this.index = new AliasIndex(packed);
  }

  get excludes(): ExcludeContexts {
    const ids = this.packed.ids;
    return (this.excludeContexts ??= new ExcludeContexts(this.packed.excludes.map(([e, phrases]) => [ids[e] as string, phrases] as const)));
  }

  /** Entity → related entities, in both directions. */
  get neighbours(): Map<string, Set<string>> {
    if (!this.neighbourMap) {
      const ids = this.packed.ids;
      const map = new Map<string, Set<string>>();
      const link = (a: string, b: string): void => {
        let s = map.get(a);
        if (!s) map.set(a, (s = new Set()));
        s.add(b);
      };
      this.packed.related.forEach((rel, e) => {
        for (const r of rel) {
          link(ids[e] as string, ids[r] as string);
          link(ids[r] as string, ids[e] as string);
        }
      });
      this.neighbourMap = map;
    }
    return this.neighbourMap;
  }

  /** The misspelling matcher, made on first use. */
  get fuzzy(): FuzzyMatcher {
    for (const _ of this.makeFuzzy());
    return this.fuzzyMatcher as FuzzyMatcher;
  }

  /** Makes the misspelling matcher (if not made yet), yielding between batches of targets. */
  *makeFuzzy(): Generator<void, void, void> {
    if (this.fuzzyMatcher) return;
    const pieces = this.pieces;
    const matcher = new FuzzyMatcher(this.index, typeof pieces === 'string' ? decodePieces(pieces) : pieces, true);
    yield* matcher.load();
    this.fuzzyMatcher = matcher;
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
}

/**
 * A detector from the packed form made at build time with its signatures
 * (the content script: `virtual:gloss-kb/detector`). Nothing is folded or
 * sorted here; each page then gets a cheap `PageScan`. The content script
 * imports only this, so the packing code is not in its bundle.
 */
export function loadDetector(packed: PackedDetector): Detector {
  if (packed.fuzzy === undefined) throw new Error('loadDetector needs the packed form made with signatures');
  return detectorOf(new DetectorParts(packed, packed.fuzzy));
}

/**
 * A detector from plain matcher data (tools, tests, benchmarks: packed here
 * first, which costs what the build step saves) or from the packed form.
 */
export function createDetector(data: MatcherData | PackedDetector): Detector {
  const packed = isPacked(data) ? data : packMatcher(data);
  return detectorOf(new DetectorParts(packed, packed.fuzzy ?? signaturePieces));
}

function detectorOf(parts: DetectorParts): Detector {
  return {
    createPageScan: () => new DetectorPageScan(parts),
  };
}

/** Runs a whole page without pausing (tools and tests). */
export function scanPage(detector: Detector, blocks: readonly string[]): PageResult {
  const scan = detector.createPageScan();
  for (const b of blocks) scan.addBlock(b);
  const gen = scan.finish();
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}
