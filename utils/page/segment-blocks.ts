/**
 * Joins a document's text nodes into blocks (paragraph-like units) without
 * touching the page: block elements, `<br>`, table cells and list items end a
 * block; inline elements do not, so "<a>Crocus</a> City Hall" is one block.
 *
 * It walks text nodes only (the cheapest DOM pass there is) and learns about
 * elements from each text node's parent chain, memoised per element, so a page
 * costs about one TreeWalker pass. `segmentNear` makes the same blocks around
 * given text nodes only. Works on any DOM (Chromium, linkedom).
 */
import { partitionPoint } from '../partition-point';
import { CellHeaders } from './cell-headers';

export interface Block {
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in `text`. */
  starts: number[];
  /** A table's data cell: the text of its row's and its column's headers (cell-headers.ts). */
  headers?: string[];
}

/** Elements whose subtree is never read. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'center',
]);

interface ElementInfo {
  skip: boolean;
  block: Element | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** NodeFilter.SHOW_TEXT, spelled out so this module needs no DOM globals. */
const SHOW_TEXT = 0x4;

export interface SegmentOptions {
  /** An element whose subtree is ours (the card host) and never read. */
  ignore?: (element: Element) => boolean;
}

/** Which elements hide their text and which block each belongs to, worked out once per element. */
class BlockClassifier {
  private readonly infos = new Map<Element, ElementInfo>();

  constructor(
    private readonly root: Element,
    private readonly options: SegmentOptions,
  ) {}

  info(element: Element): ElementInfo {
    let known = this.infos.get(element);
    if (known) return known;
    const parent = element === this.root ? null : element.parentElement;
    const inherited = parent ? this.info(parent) : { skip: false, block: null };
    const name = element.localName;
    const skip =
      inherited.skip ||
      SKIPPED.has(name) ||
      element.hasAttribute('hidden') ||
      isEditable(element) ||
      (this.options.ignore?.(element) ?? false);
    known = { skip, block: BLOCKS.has(name) ? element : inherited.block };
    this.infos.set(element, known);
    return known;
  }
}

export function* segmentBlocks(root: Element, options: SegmentOptions = {}): Generator<Block, void, void> {
  const classifier = new BlockClassifier(root, options);
  const cells = new CellHeaders();
  const make = (text: string, nodes: Text[], starts: number[], element: Element | null): Block => {
    const headers = element ? cells.of(element) : undefined;
    return headers ? { text, nodes, starts, headers } : { text, nodes, starts };
  };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let text = '';
  let nodes: Text[] = [];
  let starts: number[] = [];
  let block: Element | null = null;
  let lastParent: Element | null = null;
  let lastInfo: ElementInfo = { skip: true, block: null };
  let lastText: Text | null = null;

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const current = node as Text;
    const parent = current.parentElement;
    if (!parent) continue;
    const here = parent === lastParent ? lastInfo : classifier.info(parent);
    lastParent = parent;
    lastInfo = here;
    if (here.skip) continue;
    const data = current.data;
    if (data.length === 0) continue;
    if (nodes.length > 0 && (here.block !== block || (lastText && breakBetween(lastText, current, here.block)))) {
      if (!isBlank(text)) yield make(text, nodes, starts, block);
      text = '';
      nodes = [];
      starts = [];
    }
    block = here.block;
    starts.push(text.length);
    nodes.push(current);
    text += data;
    lastText = current;
  }
  if (nodes.length > 0 && !isBlank(text)) yield make(text, nodes, starts, block);
}

/**
 * Whether a block holds only white space: the line breaks and indents between
 * the tags of a pretty-printed page ("<tr>\n  <th>"). Such blocks are left
 * out, so that the blocks near a mention are blocks of text, and a table's
 * label cell stands right before its value.
 */
function isBlank(text: string): boolean {
  return !NOT_SPACE.test(text);
}

const NOT_SPACE = /\S/;

/** Anchored nodes or blocks that `segmentNear` handles between two yields. */
const NODES_PER_STEP = 256;

/** A block of `segmentNear`: `anchored` when one of its nodes holds an anchor. */
export interface NearBlock extends Block {
  anchored: boolean;
}

/**
 * The blocks that `segmentBlocks` would make around some of a page's text
 * nodes, and only those: the block of each node of `anchored` (indexes into
 * `nodes`, ascending) and `near` blocks either side of it, in document order.
 * `nodes` are the page's text nodes in document order, as a TreeWalker gives
 * them (those inside elements whose text is never read may be left out),
 * and `data` their text. The work is in proportion to the blocks made,
 * not to the page; it yields now and then, so the caller can pause.
 */
export function* segmentNear(
  root: Element,
  nodes: readonly Text[],
  data: readonly string[],
  anchored: readonly number[],
  near: number,
  options: SegmentOptions = {},
): Generator<void, NearBlock[], void> {
  const classifier = new BlockClassifier(root, options);
  const count = nodes.length;
  const known = new Map<number, Element | null | undefined>();
  /** The block element of node k, or undefined when the node is not read (hidden, empty, detached). */
  const blockOf = (k: number): Element | null | undefined => {
    if (known.has(k)) return known.get(k);
    const parent = (nodes[k] as Text).parentElement;
    let block: Element | null | undefined;
    if (parent && (data[k] as string).length > 0) {
      const info = classifier.info(parent);
      block = info.skip ? undefined : info.block;
    }
    known.set(k, block);
    return block;
  };
  const nextRead = (k: number): number => {
    for (let j = k + 1; j < count; j++) if (blockOf(j) !== undefined) return j;
    return count;
  };
  const previousRead = (k: number): number => {
    for (let j = k - 1; j >= 0; j--) if (blockOf(j) !== undefined) return j;
    return -1;
  };
  /** Whether read nodes j < k, with no read node between them, are in different blocks. */
  const splits = (j: number, k: number): boolean => {
    const block = blockOf(k) as Element | null;
    return blockOf(j) !== block || breakBetween(nodes[j] as Text, nodes[k] as Text, block);
  };
  /** The first and last node of the block of read node k. */
  const blockAround = (k: number): [number, number] => {
    let first = k;
    for (let j = previousRead(first); j >= 0 && !splits(j, first); j = previousRead(j)) first = j;
    let last = k;
    for (let j = nextRead(last); j < count && !splits(last, j); j = nextRead(j)) last = j;
    return [first, last];
  };

  /** Whether the read nodes of span [first, last] hold only white space (`isBlank`: no block is made of them). */
  const blank = ([first, last]: [number, number]): boolean => {
    for (let k = first; k <= last; k++) if (blockOf(k) !== undefined && !isBlank(data[k] as string)) return false;
    return true;
  };

  const spans: [number, number][] = [];
  const marked = new Set<number>();
  /** The last node of the last span looked at, blank or not. */
  let scanned = -1;
  /** Adds the blocks after the last one made, up to and including the `near`-th after block `index`. */
  const extend = (index: number): void => {
    while (spans.length - 1 < index + near) {
      const next = nextRead(scanned);
      if (next >= count) return;
      const span = blockAround(next);
      scanned = span[1];
      if (!blank(span)) spans.push(span);
    }
  };
  let step = 0;
  for (const k of anchored) {
    if (++step % NODES_PER_STEP === 0) yield;
    if (blockOf(k) === undefined) continue;
    if (k <= scanned) {
      // In a block made already (a node with an anchor is in no blank one): find it, and make sure the blocks after
      // it are there.
      let index = spans.length - 1;
      while ((spans[index] as [number, number])[0] > k) index--;
      marked.add(index);
      extend(index);
      continue;
    }
    const own = blockAround(k);
    const before: [number, number][] = [];
    for (let edge = own[0]; before.length < near; ) {
      const previous = previousRead(edge);
      if (previous < 0 || previous <= scanned) break;
      const span = blockAround(previous);
      if (!blank(span)) before.unshift(span);
      edge = span[0];
    }
    scanned = own[1];
    spans.push(...before, own);
    marked.add(spans.length - 1);
    extend(spans.length - 1);
  }

  const cells = new CellHeaders();
  const out: NearBlock[] = [];
  for (const [index, [first, last]] of spans.entries()) {
    if (++step % NODES_PER_STEP === 0) yield;
    let text = '';
    const blockNodes: Text[] = [];
    const starts: number[] = [];
    for (let k = first; k <= last; k++) {
      if (blockOf(k) === undefined) continue;
      starts.push(text.length);
      blockNodes.push(nodes[k] as Text);
      text += data[k] as string;
    }
    const element = blockOf(first);
    const headers = element ? cells.of(element) : undefined;
    out.push({ text, nodes: blockNodes, starts, anchored: marked.has(index), ...(headers ? { headers } : {}) });
  }
  return out;
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/**
 * Whether a `<br>` (or an element holding one) stands between two text nodes
 * of the same block. Only looked at when something other than the previous
 * text node precedes `next`, which is rare in running text.
 */
function breakBetween(previous: Text, next: Text, block: Element | null): boolean {
  if (next.previousSibling === previous) return false;
  let node: Node | null = next;
  while (node && node !== block) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling === previous || sibling.contains(previous)) return false;
      if (sibling.nodeType === ELEMENT_NODE && hasBreak(sibling as Element)) return true;
    }
    node = node.parentNode;
  }
  return false;
}

function hasBreak(element: Element): boolean {
  return element.localName === 'br' || element.querySelector('br') !== null;
}

/** Maps an offset in a block's text to the text node and offset inside it. */
export function locate(block: Block, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  // The last node that starts before the offset (or at it, unless an end is wanted).
  const at = Math.max(0, partitionPoint(starts.length, (i) => starts[i]! < offset || (!preferEnd && starts[i] === offset)) - 1);
  return { node: nodes[at]!, offset: offset - starts[at]! };
}

export function isTextNode(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}
