/**
 * The detection engine as the page side asks for it, in two calls: the gate
 * over a page's text, and the scan of the blocks around the anchors it found.
 * Both take and give plain data (strings and offsets), so the engine can run
 * wherever it is cheapest: the extension runs it in its background, which
 * the content script asks by message (utils/messaging.ts), so a page's own
 * thread only reads its text and, where the gate opens, segments the blocks
 * around the anchors; tools, tests and the benchmarks run it in place
 * (`localEngine`). Either way it is this code.
 */
import { type Pacing, pause } from '../slicer';
import { GATE_OPEN, type Gate } from './gate';
import type { Detector, PageResult } from './types';

/** A block of the page, as the page side segmented it (utils/page/segment-blocks.ts). */
export interface BlockInput {
  text: string;
  /** False when the block holds no anchor: kept as context and not scanned (`PageScan.addBlock`'s `mayMatch`). */
  anchored: boolean;
  /** A table cell's row and column headers. */
  headers?: string[];
}

export interface ScanRequest {
  /** The page is short and given whole (`isWholePage`): figures are searched in all its blocks. */
  wholePage: boolean;
  blocks: BlockInput[];
}

export interface DetectionEngine {
  /**
   * Runs the gate over a page's text (its text nodes joined by "\n",
   * utils/page/page-text.ts): the start and end of each anchor word found, in
   * pairs, when the page may hold a mention; null when it holds none.
   */
  gate(text: string): Promise<readonly number[] | null>;
  /** Scans the blocks around the anchors and resolves the page's mentions and figures. */
  scan(request: ScanRequest): Promise<PageResult>;
}

/** Matches of the gate's pattern between two looks at the clock. */
const MATCHES_PER_LOOK = 512;
/** Text units scanned between two looks at the clock (about a tenth of a millisecond of work). */
const UNITS_PER_LOOK = 4_096;
/** What a block counts for on top of its text. */
const BLOCK_UNITS = 32;
const NOTHING: PageResult = { mentions: [], figures: [] };

/**
 * The engine run in place. `detector` is asked for at each scan, and not
 * before (most pages stop at the gate). `pacing` is asked for once per call
 * (each call gets its own slicer, so calls that overlap pace themselves); a
 * call that is cancelled ends with nothing found.
 */
export function localEngine(gate: Gate, detector: () => Detector, pacing: () => Pacing = () => ({})): DetectionEngine {
  return {
    async gate(text) {
      const paced = pacing();
      const scan = gate.start(text);
      while (!scan.run(MATCHES_PER_LOOK)) if (await pause(paced)) return null;
      return scan.level === GATE_OPEN ? scan.hits : null;
    },
    async scan({ wholePage, blocks }) {
      const paced = pacing();
      const scan = detector().createPageScan({ wholePage });
      let sinceLook = 0;
      for (const block of blocks) {
        scan.addBlock(block.text, block.anchored, block.headers);
        // The slicer reads the clock, which costs more than a short block: look every few thousand units.
        sinceLook += (block.anchored ? block.text.length : 0) + BLOCK_UNITS;
        if (sinceLook < UNITS_PER_LOOK) continue;
        sinceLook = 0;
        if (await pause(paced)) return NOTHING;
      }
      const steps = scan.finish();
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (await pause(paced)) return NOTHING;
      }
    },
  };
}
