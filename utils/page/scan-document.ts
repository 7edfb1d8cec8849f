/**
 * Runs the detection engine over a document: segment into blocks, feed the
 * page scan, resolve, and map results back to text nodes. The content script
 * and `npm run kb -- scan` both run exactly this.
 */
import type { Detector, PageResult } from '../detect/types';
import { segmentBlocks, type Block, type SegmentOptions } from './segment-blocks';
import type { Slicer } from './slicer';

export interface DocumentScan {
  blocks: Block[];
  result: PageResult;
}

export interface ScanOptions extends SegmentOptions {
  /** Yields between units of work; omit to run in one go (Node tools). */
  slicer?: Slicer;
  /** Stops early (e.g. the extension was reloaded); the promise then resolves with what it has. */
  cancelled?: () => boolean;
}

/** Text units segmented and scanned between two looks at the slicer's clock (about a tenth of a millisecond of work). */
const UNITS_PER_LOOK = 4_096;
/** What a block counts for on top of its text (its nodes are walked even when it holds little text). */
const BLOCK_UNITS = 32;

export async function scanDocument(root: Element, detector: Detector, options: ScanOptions = {}): Promise<DocumentScan> {
  const { slicer, cancelled } = options;
  const scan = detector.createPageScan();
  const blocks: Block[] = [];
  let sinceLook = 0;
  for (const block of segmentBlocks(root, options)) {
    scan.addBlock(block.text);
    blocks.push(block);
    // The slicer reads the clock, which costs more than a short block: look every few thousand units.
    sinceLook += block.text.length + BLOCK_UNITS;
    if (sinceLook < UNITS_PER_LOOK) continue;
    sinceLook = 0;
    const pause = slicer?.slice();
    if (pause) {
      await pause;
      if (cancelled?.()) return { blocks, result: { mentions: [], figures: [] } };
    }
  }
  const steps = scan.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return { blocks, result: step.value };
    const pause = slicer?.slice();
    if (pause) {
      await pause;
      if (cancelled?.()) return { blocks, result: { mentions: [], figures: [] } };
    }
  }
}
