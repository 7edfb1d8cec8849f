import type { MatcherData } from '../kb/matcher-data.ts';
import { buildAliasIndex } from './alias-index.ts';
import { ExcludeContexts } from './exclude-contexts.ts';
import { compileFigureDisputes } from './figures.ts';
import { FuzzyMatcher } from './fuzzy.ts';
import { type DetectorParts, DetectorPageScan } from './page-scan.ts';
import type { Detector, PageResult } from './types.ts';

/** Compiles the matcher data once; each page then gets a cheap `PageScan`. */
export function createDetector(data: MatcherData): Detector {
  const index = buildAliasIndex(data);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    let s = neighbours.get(a);
    if (!s) neighbours.set(a, (s = new Set()));
    s.add(b);
  };
  for (const e of data.entities) {
    for (const r of e.related) {
      link(e.id, r);
      link(r, e.id);
    }
  }
  const subjects = new Map(data.disputes.map((d) => [d.id, d.subject]));
  const disputes = compileFigureDisputes(data.disputes).map((d) => ({ ...d, subject: subjects.get(d.id) ?? '' }));
  let fuzzy: FuzzyMatcher | null = null;
  const parts: DetectorParts = {
    index,
    excludes: new ExcludeContexts(data.entities),
    neighbours,
    fuzzy: () => (fuzzy ??= new FuzzyMatcher(index)),
    disputes,
    events: new Set(data.entities.filter((e) => e.type === 'event').map((e) => e.id)),
    places: new Set(data.entities.filter((e) => e.type === 'place').map((e) => e.id)),
  };
  return { createPageScan: () => new DetectorPageScan(parts) };
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
