/**
 * Finds the mark under the pointer without any element of ours on the text:
 * the caret position under the point names a text node; the marks touching
 * that node are checked against the point with their client rectangles.
 */
import type { Mark } from './marks';

export type HitTester = (x: number, y: number) => Mark | undefined;

export function createHitTester(doc: Document, marks: readonly Mark[]): HitTester {
  const byNode = new Map<Node, Mark[]>();
  for (const mark of marks) {
    for (const node of mark.nodes) {
      const list = byNode.get(node);
      if (list) list.push(mark);
      else byNode.set(node, [mark]);
    }
  }
  return (x, y) => {
    const node = nodeAtPoint(doc, x, y);
    const candidates = node && byNode.get(node);
    if (!candidates) return undefined;
    return candidates.find((mark) => containsPoint(mark.range.getClientRects(), x, y));
  };
}

function nodeAtPoint(doc: Document, x: number, y: number): Node | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer;
}

function containsPoint(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
