/**
 * Runs the detection engine over a document, in two stages:
 *
 * 1. `findAnchors` (find-anchors.ts; every page, in the content script).
 * 2. `scanAround` (pages the gate lets through; the page scanner the content
 *    script loads then): segment the blocks around the anchors (all blocks of
 *    a short page, for its figures: `isWholePage`), feed the page scan
 *    (anchored blocks scanned, the others as context), resolve, and keep the
 *    blocks so results map back to text nodes.
 *
 * `scanDocument` does both; `npm run kb -- scan` runs exactly this.
 */
import type { Gate } from '../detect/gate';
import { CONTEXT_BLOCKS, type Detector, type PageResult, isWholePage } from '../detect/types';
import { findAnchors, pause, type PageAnchors, type ScanOptions } from './find-anchors';
import { segmentNear, type Block } from './segment-blocks';

export interface DocumentScan {
  blocks: Block[];
  result: PageResult;
}

/** Text units segmented and scanned between two looks at the slicer's clock (about a tenth of a millisecond of work). */
const UNITS_PER_LOOK = 4_096;
/** What a block counts for on top of its text (its nodes are walked even when it holds little text). */
const BLOCK_UNITS = 32;
const EMPTY: DocumentScan = { blocks: [], result: { mentions: [], figures: [] } };

/** Stage 2: the blocks around the anchors, scanned and resolved. */
export async function scanAround(root: Element, anchors: PageAnchors, detector: Detector, options: ScanOptions = {}): Promise<DocumentScan> {
  const { page, nodes, anchored } = anchors;
  // A short page is segmented whole, for the figures far from a mention (PageScanOptions).
  const wholePage = isWholePage(page.text.length);
  const scan = detector.createPageScan({ wholePage });
  const segmenting = segmentNear(root, nodes, page.data, anchored, wholePage ? Infinity : CONTEXT_BLOCKS, options);
  let made = segmenting.next();
  while (!made.done) {
    if (await pause(options)) return EMPTY;
    made = segmenting.next();
  }
  const blocks = made.value;
  let sinceLook = 0;
  for (const block of blocks) {
    scan.addBlock(block.text, block.anchored, block.headers);
    // The slicer reads the clock, which costs more than a short block: look every few thousand units.
    sinceLook += (block.anchored ? block.text.length : 0) + BLOCK_UNITS;
    if (sinceLook < UNITS_PER_LOOK) continue;
    sinceLook = 0;
    if (await pause(options)) return EMPTY;
  }
  const steps = scan.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return { blocks, result: step.value };
    if (await pause(options)) return EMPTY;
  }
}

/** Both stages (tools, tests, benchmarks). */
export async function scanDocument(root: Element, gate: Gate, detector: Detector, options: ScanOptions = {}): Promise<DocumentScan> {
  const anchors = await findAnchors(root, gate, options);
  if (!anchors || options.cancelled?.()) return EMPTY;
  return scanAround(root, anchors, detector, options);
}
