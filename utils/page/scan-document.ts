/**
 * Runs the detection engine over a document, in two stages:
 *
 * 1. `findAnchors` (find-anchors.ts; every page): the page's text read once
 *    and given to the engine's gate.
 * 2. `scanAround` (pages the gate lets through; the page scanner the content
 *    script loads then): segment the blocks around the anchors (all blocks of
 *    a short page, for its figures: `isWholePage`), give them to the engine
 *    to scan (anchored blocks scanned, the others as context) and resolve,
 *    and keep the blocks so results map back to text nodes.
 *
 * The engine (utils/detect/engine.ts) runs in the extension's background,
 * asked by message; `npm run kb -- scan`, the tests and the benchmarks run
 * the same code in place (`localEngine`). `scanDocument` does both stages.
 */
import type { DetectionEngine } from '../detect/engine';
import { CONTEXT_BLOCKS, type PageResult, isWholePage } from '../detect/types';
import { pause } from '../slicer';
import { findAnchors, type PageAnchors, type ScanOptions } from './find-anchors';
import { segmentNear, type Block } from './segment-blocks';

export interface DocumentScan {
  blocks: Block[];
  result: PageResult;
}

const EMPTY: DocumentScan = { blocks: [], result: { mentions: [], figures: [] } };

/** Stage 2: the blocks around the anchors, scanned and resolved. */
export async function scanAround(root: Element, anchors: PageAnchors, engine: DetectionEngine, options: ScanOptions = {}): Promise<DocumentScan> {
  const { page, nodes } = anchors;
  // A short page is segmented whole, for the figures far from a mention (PageScanOptions).
  const wholePage = isWholePage(page.text.length);
  const segmenting = segmentNear(root, nodes, page.data, anchors.anchored, wholePage ? Infinity : CONTEXT_BLOCKS, options);
  let made = segmenting.next();
  while (!made.done) {
    if (await pause(options)) return EMPTY;
    made = segmenting.next();
  }
  const blocks = made.value;
  const result = await engine.scan({
    wholePage,
    blocks: blocks.map(({ text, anchored, headers }) => ({ text, anchored, ...(headers ? { headers } : {}) })),
  });
  return options.cancelled?.() ? EMPTY : { blocks, result };
}

/** Both stages (tools, tests, benchmarks). */
export async function scanDocument(root: Element, engine: DetectionEngine, options: ScanOptions = {}): Promise<DocumentScan> {
  const anchors = await findAnchors(root, engine, options);
  if (!anchors || options.cancelled?.()) return EMPTY;
  return scanAround(root, anchors, engine, options);
}
