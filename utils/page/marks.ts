/**
 * Turns detection results (offsets into blocks) into live DOM ranges over the
 * page's own text nodes. Nothing in the page is changed.
 */
import type { DocumentScan } from './scan-document';
import { locate, type Block } from './segment-blocks';

export type MarkKind = 'mention' | 'possible' | 'figure';

export interface Mark {
  kind: MarkKind;
  /** Entity id for mentions, dispute id for figures. */
  id: string;
  text: string;
  /** The number a figure states. */
  value?: number;
  range: Range;
  /** The text nodes the range touches, for hit-testing. */
  nodes: Text[];
}

export function toMarks(scan: DocumentScan): Mark[] {
  const marks: Mark[] = [];
  for (const mention of scan.result.mentions) {
    const block = scan.blocks[mention.block];
    if (!block) continue;
    marks.push({
      kind: mention.fuzzy ? 'possible' : 'mention',
      id: mention.entity,
      text: mention.text,
      ...span(block, mention.start, mention.end),
    });
  }
  for (const figure of scan.result.figures) {
    const block = scan.blocks[figure.block];
    if (!block) continue;
    marks.push({
      kind: 'figure',
      id: figure.dispute,
      text: figure.text,
      value: figure.value,
      ...span(block, figure.start, figure.end),
    });
  }
  return marks;
}

function span(block: Block, start: number, end: number): { range: Range; nodes: Text[] } {
  const from = locate(block, start);
  const to = locate(block, end, true);
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const first = block.nodes.indexOf(from.node);
  const last = block.nodes.indexOf(to.node);
  return { range, nodes: block.nodes.slice(first, last + 1) };
}
