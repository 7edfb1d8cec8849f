/**
 * Paints marks with the CSS Custom Highlight API: no element is added to the
 * page, no text node is split. The `::highlight()` rules must live in the
 * document's own style sheets, so one constructed sheet is adopted there.
 */
import type { Mark, MarkKind } from './marks';

export const HIGHLIGHT_NAMES: Record<MarkKind, string> = {
  mention: 'gloss-mention',
  possible: 'gloss-possible',
  figure: 'gloss-figure',
};

const RULES = `
::highlight(gloss-mention) { background-color: rgb(255 214 102 / 0.35); text-decoration: underline dotted rgb(176 124 0) 1.5px; }
::highlight(gloss-possible) { text-decoration: underline dashed rgb(120 120 120) 1.5px; }
::highlight(gloss-figure) { background-color: rgb(120 180 255 / 0.3); text-decoration: underline dotted rgb(30 90 180) 1.5px; }
`;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers the marks; returns a function that removes every trace again. */
export function paintHighlights(doc: Document, marks: readonly Mark[]): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as MarkKind[]) {
    const ranges = marks.filter((mark) => mark.kind === kind).map((mark) => mark.range);
    if (ranges.length > 0) CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
  }
  return () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
