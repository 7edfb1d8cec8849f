/**
 * The first stage of a page's scan, which every page pays (the content script
 * runs it): read the text nodes once, run the gate over their text
 * (utils/detect/gate.ts). Most pages stop here, holding no anchor of an alias
 * that counts on its own; the others go on to `scanAround` (scan-document.ts).
 */
import { GATE_OPEN, type Gate } from '../detect/gate';
import { PageTextReader, TextNodeWalker, nodesAt, type PageText } from './page-text';
import type { SegmentOptions } from './segment-blocks';
import type { Slicer } from './slicer';

export interface PageAnchors {
  page: PageText;
  /** The text nodes whose text `page.data` holds. */
  nodes: Text[];
  /** Indexes into `nodes` of the nodes that hold an anchor, ascending. */
  anchored: number[];
}

export interface ScanOptions extends SegmentOptions {
  /** Yields between units of work; omit to run in one go (Node tools). */
  slicer?: Slicer;
  /** Stops early (e.g. the extension was reloaded); the promise then resolves with what it has. */
  cancelled?: () => boolean;
}

/** Matches of the gate's pattern between two looks at the clock. */
const MATCHES_PER_LOOK = 512;

/** Pauses if the slicer says so; true when the work should stop. */
export async function pause(options: ScanOptions): Promise<boolean> {
  const wait = options.slicer?.slice();
  if (!wait) return false;
  await wait;
  return options.cancelled?.() ?? false;
}

/** Times a page is read at most: once more when it changed between the gate's read and the walk for its nodes. */
const READS = 2;

/**
 * The page's text and the nodes that hold anchors, or null when the page
 * holds no anchor of an alias that counts on its own (nothing would be found
 * there), when it kept changing while read, or when cancelled.
 */
export async function findAnchors(root: Element, gate: Gate, options: ScanOptions = {}): Promise<PageAnchors | null> {
  for (let attempt = 0; attempt < READS; attempt++) {
    const reader = new PageTextReader(root);
    let page = reader.read();
    while (!page) {
      if (await pause(options)) return null;
      page = reader.read();
    }
    const scan = gate.start(page.text);
    while (!scan.run(MATCHES_PER_LOOK)) if (await pause(options)) return null;
    if (scan.level !== GATE_OPEN) return null;
    // Only now the nodes: walked again, and the same as read unless the page changed in between.
    const walker = new TextNodeWalker(root, page);
    let nodes = walker.walk();
    while (nodes === undefined) {
      if (await pause(options)) return null;
      nodes = walker.walk();
    }
    // The node where each anchor word starts, and the one where it ends (a word may be cut by a node boundary).
    if (nodes) return { page, nodes, anchored: nodesAt(page, scan.hits.map((p, i) => (i % 2 === 0 ? p : p - 1))) };
  }
  return null;
}
