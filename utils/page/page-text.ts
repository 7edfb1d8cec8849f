/**
 * A page's text as the gate reads it: every text node under the root, in
 * document order, and their text joined by "\n" (one string, so that the
 * gate's regular expressions run over the page in native code). Next to
 * nothing is classified here: hidden text and short code are read too, and
 * sorted out only around the anchors found (segmentNear), which most pages
 * have none of; only long text nodes of code and style are left out.
 */
import { partitionPoint } from '../partition-point';

export interface PageText {
  nodes: Text[];
  /** The text of each node, as read once. */
  data: string[];
  /** `data` joined by "\n". */
  text: string;
}

/** NodeFilter.SHOW_TEXT, spelled out so this module needs no DOM globals. */
const SHOW_TEXT = 0x4;
/** Nodes read per `PageTextReader.read`. */
const NODES_PER_STEP = 2048;
/** Text nodes at least this long are left out when they are code or style (scripts of JSON data can be most of a page's text). */
const LONG_NODE = 512;
const CODE = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Reads a page's text nodes, a few thousand per `read` so the caller can
 * pause between calls. (A plain loop rather than a generator: the engine
 * optimizes a long loop while it runs, not a generator's.)
 */
export class PageTextReader {
  private readonly walker: TreeWalker;
  private readonly nodes: Text[] = [];
  private readonly data: string[] = [];
  private done = false;

  constructor(root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  }

  /** Reads up to `count` more nodes; the page's text once all are read, else null. */
  read(count = NODES_PER_STEP): PageText | null {
    const { walker, nodes, data } = this;
    for (let left = count; !this.done && left > 0; left--) {
      const node = walker.nextNode();
      if (!node) {
        this.done = true;
        break;
      }
      const text = (node as Text).data;
      if (text.length >= LONG_NODE && CODE.has((node.parentNode as Element | null)?.localName ?? '')) continue;
      nodes.push(node as Text);
      data.push(text);
    }
    return this.done ? { nodes, data, text: data.join('\n') } : null;
  }
}

/** All of a page's text at once (tools and tests). */
export function readPageText(root: Element): PageText {
  return new PageTextReader(root).read(Number.POSITIVE_INFINITY) as PageText;
}

/** The indexes of the nodes that hold the units at `positions` (offsets into `page.text`), ascending, without repeats. */
export function nodesAt(page: PageText, positions: readonly number[]): number[] {
  const starts = new Int32Array(page.data.length);
  let at = 0;
  for (let k = 0; k < page.data.length; k++) {
    starts[k] = at;
    at += (page.data[k] as string).length + 1;
  }
  const out = new Set<number>();
  for (const p of positions) out.add(partitionPoint(starts.length, (k) => (starts[k] as number) <= p) - 1);
  return [...out].filter((k) => k >= 0).sort((x, y) => x - y);
}
