/**
 * A page's text as the gate reads it: the text of every text node under the
 * root, in document order, joined by "\n" (one string, so that the gate's
 * regular expressions run over the page in native code); the nodes
 * themselves are walked again only for pages the gate opens. Next to
 * nothing is classified here: hidden text and short code are read too, and
 * sorted out only around the anchors found (segmentNear), which most pages
 * have none of; only long text nodes of code and style are left out.
 */
import { partitionPoint } from '../partition-point';

export interface PageText {
  /** The text of each text node read, as read once. */
  data: string[];
  /** `data` joined by "\n". */
  text: string;
}

/** NodeFilter.SHOW_TEXT, spelled out so this module needs no DOM globals. */
const SHOW_TEXT = 0x4;
/** Nodes read per step. */
const NODES_PER_STEP = 2048;
/** Text nodes at least this long are left out when they are code or style (scripts of JSON data can be most of a page's text). */
const LONG_NODE = 512;
const CODE = new Set(['script', 'style', 'noscript', 'template']);

/** Whether a text node, whose text is `text`, is read (the reader and the walk for its nodes must agree). */
function isRead(node: Node, text: string): boolean {
  return text.length < LONG_NODE || !CODE.has((node.parentNode as Element | null)?.localName ?? '');
}

/**
 * Reads a page's text nodes, a few thousand per `read` so the caller can
 * pause between calls. Only their text is kept: most pages need nothing
 * more, and holding on to every node costs about a fifth of a walk. (A plain
 * loop rather than a generator: the engine optimizes a long loop while it
 * runs, not a generator's.)
 */
export class PageTextReader {
  private readonly walker: TreeWalker;
  private readonly data: string[] = [];
  private done = false;

  constructor(root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  }

  /** Reads up to `count` more nodes; the page's text once all are read, else null. */
  read(count = NODES_PER_STEP): PageText | null {
    const { walker, data } = this;
    for (let left = count; !this.done && left > 0; left--) {
      const node = walker.nextNode();
      if (!node) {
        this.done = true;
        break;
      }
      const text = (node as Text).data;
      // (`isRead`, written out: a call per node costs in a page's first, unoptimised run.)
      if (text.length < LONG_NODE || !CODE.has((node.parentNode as Element | null)?.localName ?? '')) data.push(text);
    }
    return this.done ? { data, text: data.join('\n') } : null;
  }
}

/**
 * Walks a page's text nodes again, for a page the gate opened: the nodes
 * whose text was read, in order, a few thousand per `walk`. The page may
 * have changed since it was read: the walk then fails (`walk` gives null).
 */
export class TextNodeWalker {
  private readonly walker: TreeWalker;
  private readonly nodes: Text[] = [];
  private done = false;

  constructor(
    root: Element,
    private readonly page: PageText,
  ) {
    this.walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  }

  /** Walks up to `count` more nodes: the nodes once all are walked, undefined before, null when the page is not the one read. */
  walk(count = NODES_PER_STEP): Text[] | null | undefined {
    const { walker, nodes, page } = this;
    for (let left = count; !this.done && left > 0; left--) {
      const node = walker.nextNode() as Text | null;
      if (!node) {
        this.done = true;
        break;
      }
      const text = node.data;
      if (!isRead(node, text)) continue;
      if (text !== page.data[nodes.length]) return null;
      nodes.push(node);
    }
    if (!this.done) return undefined;
    return nodes.length === page.data.length ? nodes : null;
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
