/**
 * The first stage of a page's scan, which every page pays (the content script
 * runs it): read the text nodes once and ask the engine's gate about their
 * text (utils/detect/gate.ts; the extension runs it in its background). Most
 * pages stop here, holding no anchor of an alias that counts on its own; the
 * others go on to `scanAround` (scan-document.ts).
 */
import type { DetectionEngine } from '../detect/engine';
import { type Pacing, pause } from '../slicer';
import { PageTextReader, TextNodeWalker, nodesAt, type PageText } from './page-text';
import type { SegmentOptions } from './segment-blocks';

export interface PageAnchors {
  page: PageText;
  /** The text nodes whose text `page.data` holds. */
  nodes: Text[];
  /** Indexes into `nodes` of the nodes that hold an anchor, ascending. */
  anchored: number[];
}

export interface ScanOptions extends SegmentOptions, Pacing {}

/** Times a page is read at most: once more when it changed between the gate's read and the walk for its nodes. */
const READS = 2;

/**
 * The page's text and the nodes that hold anchors, or null when the page
 * holds no anchor of an alias that counts on its own (nothing would be found
 * there), when it kept changing while read, or when cancelled.
 */
export async function findAnchors(root: Element, engine: DetectionEngine, options: ScanOptions = {}): Promise<PageAnchors | null> {
  for (let attempt = 0; attempt < READS; attempt++) {
    const reader = new PageTextReader(root);
    let page = reader.read();
    while (!page) {
      if (await pause(options)) return null;
      page = reader.read();
    }
    const hits = await engine.gate(page.text);
    if (!hits || options.cancelled?.()) return null;
    // Only now the nodes: walked again, and the same as read unless the page changed in between.
    const walker = new TextNodeWalker(root, page);
    let nodes = walker.walk();
    while (nodes === undefined) {
      if (await pause(options)) return null;
      nodes = walker.walk();
    }
    // The node where each anchor word starts, and the one where it ends (a word may be cut by a node boundary).
    if (nodes) return { page, nodes, anchored: nodesAt(page, hits.map((p, i) => (i % 2 === 0 ? p : p - 1))) };
  }
  return null;
}
