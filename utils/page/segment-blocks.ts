/**
 * Joins a document's text nodes into blocks (paragraph-like units) without
 * touching the page: block elements, `<br>`, table cells and list items end a
 * block; inline elements do not, so "<a>Crocus</a> City Hall" is one block.
 *
 * It walks text nodes only (the cheapest DOM pass there is) and learns about
 * elements from each text node's parent chain, memoised per element, so a page
 * costs about one TreeWalker pass. Works on any DOM (Chromium, linkedom).
 */
import { partitionPoint } from '../partition-point';

export interface Block {
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in `text`. */
  starts: number[];
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

export function* segmentBlocks(root: Element, options: SegmentOptions = {}): Generator<Block, void, void> {
  const doc = root.ownerDocument;
  const infos = new Map<Element, ElementInfo>();
  const info = (element: Element): ElementInfo => {
    let known = infos.get(element);
    if (known) return known;
    const parent = element === root ? null : element.parentElement;
    const inherited = parent ? info(parent) : { skip: false, block: null };
    const name = element.localName;
    const skip =
      inherited.skip ||
      SKIPPED.has(name) ||
      element.hasAttribute('hidden') ||
      isEditable(element) ||
      (options.ignore?.(element) ?? false);
    known = { skip, block: BLOCKS.has(name) ? element : inherited.block };
    infos.set(element, known);
    return known;
  };

  const walker = doc.createTreeWalker(root, SHOW_TEXT);
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
    const here = parent === lastParent ? lastInfo : info(parent);
    lastParent = parent;
    lastInfo = here;
    if (here.skip) continue;
    const data = current.data;
    if (data.length === 0) continue;
    if (nodes.length > 0 && (here.block !== block || (lastText && breakBetween(lastText, current, here.block)))) {
      yield { text, nodes, starts };
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
  if (nodes.length > 0) yield { text, nodes, starts };
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
