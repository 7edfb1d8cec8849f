/**
 * Bundled (IIFE) and evaluated in a benchmark page: exposes
 * `window.glossBench`, whose methods each do one measured pass over the page
 * and report their own timings (performance.now() inside the page, so no
 * DevTools round trip is counted).
 */
import { Gate, loadDetector } from '../../utils/detect';
import { localEngine } from '../../utils/detect/engine';
import type { PackedGate } from '../../utils/detect/gate-format';
import type { PackedDetector } from '../../utils/detect/packed';
import type { Detector, PageScan } from '../../utils/detect/types';
import { findAnchors } from '../../utils/page/find-anchors';
import { paintHighlights } from '../../utils/page/highlights';
import { toMarks } from '../../utils/page/marks';
import { type DocumentScan, scanAround } from '../../utils/page/scan-document';
import { createSlicer, type Slicer } from '../../utils/slicer';

/** The gate and the detector, packed as the build makes them (the extension runs them in its background). */
export interface PackedKb {
  gate: PackedGate;
  detector: PackedDetector;
}

export interface FloorResult {
  ms: number;
  chars: number;
  nodes: number;
}

export interface GlossResult {
  /** findAnchors, then (when the gate opens) scanAround + toMarks + paintHighlights: the work per page. */
  ms: number;
  /** new Gate, and loadDetector when the gate opens: the work per page that depends on the KB only. */
  buildMs: number;
  /** findAnchors: reading the text nodes and the gate. */
  gateMs: number;
  /** scanAround: segmenting around the anchors, matching and `finish` (0 when the gate stays shut). */
  scanMs: number;
  /** Inside the steps of `finish` (page-wide resolution); a few clock reads per page. */
  finishMs: number;
  marksMs: number;
  paintMs: number;
  /** The same work once more on the same page, code and DOM now warm (after the measured run; NaN when not asked for). */
  warmMs: number;
  blocks: number;
  mentions: number;
  figures: number;
  marks: number;
}

export interface SlicedResult {
  /** From the start to marks painted, pauses included. */
  wallMs: number;
  /** The longest stretch of our own work between two pauses. */
  maxSliceMs: number;
  /** Where that stretch was: the first slice, the gate, the blocks around the anchors (with the detector build), `finish`, or the last (with marks and paint). */
  maxSlicePhase: SlicePhase;
  slices: number;
  /** Durations of the long tasks the browser reported while we ran and rendered. */
  longTasks: number[];
  marks: number;
}

export type SlicePhase = 'first' | 'gate' | 'blocks' | 'finish' | 'last';

export interface MarkjsResult {
  ms: number;
  marks: number;
  /** Aliases for which mark.js threw. */
  failed: number;
}

export interface GlossBench {
  floor(): FloorResult;
  gloss(packed: PackedKb, warm?: boolean): Promise<GlossResult>;
  glossSliced(packed: PackedKb): Promise<SlicedResult>;
  markjs(aliases: string[]): Promise<MarkjsResult>;
  /** Removes Gloss's highlights, so a page can be looked at again. */
  reset(): void;
}

interface MarkInstance {
  mark(keywords: string | string[], options: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

const now = () => performance.now();
const root = () => document.body ?? document.documentElement;
let erase: (() => void) | undefined;

/** The floor: the cheapest pass that reads every text node once. */
function floor(): FloorResult {
  const start = now();
  const walker = document.createTreeWalker(root(), NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    nodes++;
  }
  return { ms: now() - start, chars, nodes };
}

/** Wraps a detector so that the time inside `finish` is summed (two clock reads per step). */
function timingFinish(inner: Detector, onTime: (ms: number) => void): Detector {
  return {
    createPageScan(options): PageScan {
      const scan = inner.createPageScan(options);
      return {
        addBlock: (text, mayMatch, headers) => scan.addBlock(text, mayMatch, headers),
        *finish() {
          const steps = scan.finish();
          for (;;) {
            const start = now();
            const step = steps.next();
            onTime(now() - start);
            if (step.done) return step.value;
            yield;
          }
        },
      };
    },
  };
}

const NOTHING: DocumentScan = { blocks: [], result: { mentions: [], figures: [] } };

/** As the extension does it (the engine here in place of the background), without pauses; the detector is made only when the gate opens. */
async function scanOnce(gate: Gate, detector: () => Detector) {
  let finishMs = 0;
  const t1 = now();
  const engine = localEngine(gate, () => timingFinish(detector(), (ms) => (finishMs += ms)));
  const anchors = await findAnchors(root(), engine);
  const t2 = now();
  const scan = anchors ? await scanAround(root(), anchors, engine) : NOTHING;
  const t3 = now();
  const marks = toMarks(scan);
  const t4 = now();
  // As the page scanner: nothing is registered when nothing was found.
  if (marks.length > 0) erase = paintHighlights(marks);
  const t5 = now();
  return { scan, marks, finishMs, ms: t5 - t1, gateMs: t2 - t1, scanMs: t3 - t2, marksMs: t4 - t3, paintMs: t5 - t4 };
}

async function gloss(packed: PackedKb, warm = false): Promise<GlossResult> {
  const t0 = now();
  const gate = new Gate(packed.gate);
  const gateBuildMs = now() - t0;
  let made: Detector | undefined;
  let detectorBuildMs = 0;
  const detector = () => {
    if (!made) {
      const start = now();
      made = loadDetector(packed.detector);
      detectorBuildMs = now() - start;
    }
    return made;
  };
  const cold = await scanOnce(gate, detector);
  // The detector's build (when the gate opened) is timed apart: it is taken out of the scan it happened in.
  const coldMs = cold.ms - detectorBuildMs;
  const buildMs = gateBuildMs + detectorBuildMs;
  let warmMs = Number.NaN;
  if (warm) {
    reset();
    warmMs = (await scanOnce(gate, detector)).ms;
  }
  return {
    ms: coldMs,
    buildMs,
    gateMs: cold.gateMs,
    scanMs: cold.scanMs,
    finishMs: cold.finishMs,
    marksMs: cold.marksMs,
    paintMs: cold.paintMs,
    warmMs,
    blocks: cold.scan.blocks.length,
    mentions: cold.scan.result.mentions.length,
    figures: cold.scan.result.figures.length,
    marks: cold.marks.length,
  };
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 500);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });

/** As the extension runs it (the engine here in place of the background): sliced, so the page stays responsive. */
async function glossSliced(packed: PackedKb): Promise<SlicedResult> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 50));

  let maxSliceMs = 0;
  let maxSlicePhase: SlicePhase = 'first';
  let phase: SlicePhase = 'first';
  let slices = 0;
  const start = now();
  let sliceStart = start;
  const endSlice = (last = false) => {
    const length = now() - sliceStart;
    // The final stretch (rest of the scan, toMarks, paint) counts as 'last' unless it is also the first.
    const where: SlicePhase = last && slices > 0 ? 'last' : phase;
    if (length > maxSliceMs) {
      maxSliceMs = length;
      maxSlicePhase = where;
    }
    slices++;
  };
  const innerSlicer = createSlicer();
  const slicer: Slicer = {
    slice() {
      const pause = innerSlicer.slice();
      if (!pause) return undefined;
      endSlice();
      return pause.then(() => {
        if (phase === 'first') phase = 'gate';
        sliceStart = now();
      });
    },
  };
  // The detector is made when the blocks around the anchors are scanned (timed with them), `finish` after them.
  let made: Detector | undefined;
  const detector = (): Detector => {
    if (made) return made;
    const inner = loadDetector(packed.detector);
    return (made = {
      createPageScan(options) {
        const pageScan = inner.createPageScan(options);
        return {
          addBlock: (text, mayMatch, headers) => pageScan.addBlock(text, mayMatch, headers),
          finish: () => {
            phase = 'finish';
            return pageScan.finish();
          },
        };
      },
    });
  };
  const engine = localEngine(new Gate(packed.gate), detector, () => ({ slicer }));
  const anchors = await findAnchors(root(), engine, { slicer });
  let scan = NOTHING;
  if (anchors) {
    // (The page scanner is injected into the page in a task of its own.)
    endSlice();
    await new Promise((resolve) => setTimeout(resolve, 0));
    phase = 'blocks';
    sliceStart = now();
    scan = await scanAround(root(), anchors, engine, { slicer });
  }
  const marks = toMarks(scan);
  if (marks.length > 0) erase = paintHighlights(marks);
  endSlice(true);
  const wallMs = now() - start;
  // Let the browser restyle and paint what we registered, then collect.
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { wallMs, maxSliceMs, maxSlicePhase, slices, longTasks, marks: marks.length };
}

/**
 * mark.js, injected beforehand as `window.Mark`, marking every alias. Given an
 * array, mark.js makes one pass over the page per keyword and gives up on all
 * of them when one throws (some Cyrillic aliases overflow the regexp stack on
 * large pages), so the keywords are passed one by one, the same passes, and
 * the ones that throw are counted.
 */
function markjs(aliases: string[]): Promise<MarkjsResult> {
  const Mark = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded in this page');
  const options = {
    separateWordSearch: false,
    accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '«', '»', '“', '”', '’'] },
  };
  const start = now();
  const instance = new Mark(root());
  let marks = 0;
  let failed = 0;
  for (const alias of aliases) {
    try {
      instance.mark(alias, { ...options, done: (count: number) => (marks += count) });
    } catch {
      failed++;
    }
  }
  return Promise.resolve({ ms: now() - start, marks, failed });
}

function reset(): void {
  erase?.();
  erase = undefined;
}

const bench: GlossBench = { floor, gloss, glossSliced, markjs, reset };
(window as unknown as { glossBench: GlossBench }).glossBench = bench;
