/**
 * Paints marks with the CSS Custom Highlight API: no element is added to the
 * page, no text node is split. The `::highlight()` rules must live in the
 * document's own style sheets; they come with the content script (its entry
 * imports highlights.css), so painting here only registers ranges.
 */
import type { Mark, MarkKind } from './marks';

export const HIGHLIGHT_NAMES: Record<MarkKind, string> = {
  mention: 'gloss-mention',
  possible: 'gloss-possible',
  figure: 'gloss-figure',
};

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers the marks; returns a function that removes them again. */
export function paintHighlights(marks: readonly Mark[]): () => void {
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as MarkKind[]) {
    const ranges = marks.filter((mark) => mark.kind === kind).map((mark) => mark.range);
    if (ranges.length > 0) CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
  }
  return () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  };
}
