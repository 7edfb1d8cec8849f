/**
 * What a table says a data cell is: the texts of the cells before it in its
 * row (its row's header, and what else the row says of it: a date, a
 * source, the attack it counts) and the header of its column (the cell
 * above it in the table's header row), so that "133" under "Killed", or in
 * a row that starts "Dead", can be read as a figure, and "334" in the row
 * "Beslan | 2004" as Beslan's. A header row is the first row of the table's
 * `<thead>`, or else its first row when that holds header cells only.
 * Column positions count `colspan`. Each table's header row is worked out
 * once.
 *
 * And what a list says an item is: the heading right before the list
 * ("How the death toll rose", then "24 March – 137").
 */

interface ColumnHead {
  /** The first column it covers, and the one after its last. */
  from: number;
  to: number;
  text: string;
}

/** Footnote marks in a header ("Deaths[3]"), which are no part of its meaning. */
const NOTE = /\[[^\]]*\]/g;
const SPACES = /\s+/g;
const HEADING = /^h[1-6]$/;

/** A row's cells and their texts, and the column each starts at. */
interface Row {
  cells: Element[];
  texts: string[];
  columns: number[];
}

export class CellHeaders {
  private readonly rows = new Map<Element, Row>();
  private readonly heads = new Map<Element, { row: Element; columns: ColumnHead[] } | null>();
  private readonly headings = new Map<Element, string[] | undefined>();

  /**
   * The headers of `cell` (the row's cells before it, then its column's header), if it is a table's data cell that
   * has any; for a list item (or a block right inside one), the heading right before its list, if there is one.
   */
  of(cell: Element): string[] | undefined {
    const item = cell.localName === 'li' ? cell : cell.parentElement?.localName === 'li' ? cell.parentElement : null;
    if (item) return this.headingOf(item.parentElement);
    if (cell.localName !== 'td') return undefined;
    const tr = cell.parentElement;
    if (!tr || tr.localName !== 'tr') return undefined;
    const row = this.rowOf(tr);
    const at = row.cells.indexOf(cell);
    const out = row.texts.slice(0, at).filter((text) => text.length > 0);
    const table = tableOf(tr);
    const heads = table ? this.headsOf(table) : null;
    if (heads && heads.row !== tr) {
      const column = row.columns[at] as number;
      const head = heads.columns.find((h) => h.from <= column && column < h.to);
      if (head && head.text) out.push(head.text);
    }
    return out.length > 0 ? out : undefined;
  }

  private headingOf(list: Element | null): string[] | undefined {
    if (!list || (list.localName !== 'ol' && list.localName !== 'ul')) return undefined;
    if (this.headings.has(list)) return this.headings.get(list);
    const before = list.previousElementSibling;
    const text = before && HEADING.test(before.localName) ? textOf(before) : '';
    const found = text ? [text] : undefined;
    this.headings.set(list, found);
    return found;
  }

  private rowOf(tr: Element): Row {
    let row = this.rows.get(tr);
    if (row) return row;
    row = { cells: [], texts: [], columns: [] };
    let column = 0;
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName !== 'th' && c.localName !== 'td') continue;
      row.cells.push(c);
      row.texts.push(textOf(c));
      row.columns.push(column);
      column += span(c);
    }
    this.rows.set(tr, row);
    return row;
  }

  private headsOf(table: Element): { row: Element; columns: ColumnHead[] } | null {
    const known = this.heads.get(table);
    if (known !== undefined) return known;
    const tr = headerRow(table);
    let found: { row: Element; columns: ColumnHead[] } | null = null;
    if (tr) {
      const { texts, columns: starts, cells } = this.rowOf(tr);
      const columns = cells.map((c, i) => ({ from: starts[i] as number, to: (starts[i] as number) + span(c), text: texts[i] as string }));
      found = { row: tr, columns };
    }
    this.heads.set(table, found);
    return found;
  }
}

/** The table a row belongs to (a row stands in the table, or in its thead, tbody or tfoot). */
function tableOf(row: Element): Element | null {
  const parent = row.parentElement;
  if (!parent) return null;
  if (parent.localName === 'table') return parent;
  return parent.parentElement?.localName === 'table' ? parent.parentElement : null;
}

/** The first row of the table's thead; else its first row, if all its cells are header cells. */
function headerRow(table: Element): Element | null {
  let first: Element | null = null;
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const name = part.localName;
    if (name === 'thead') return firstRow(part);
    if (first === null) {
      if (name === 'tr') first = part;
      else if (name === 'tbody') first = firstRow(part);
    }
  }
  if (!first) return null;
  let cells = 0;
  for (let c = first.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'td') return null;
    if (c.localName === 'th') cells++;
  }
  return cells > 1 ? first : null;
}

function firstRow(part: Element): Element | null {
  for (let c = part.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'tr') return c;
  return null;
}

function span(cell: Element): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? '', 10);
  return n > 0 ? n : 1;
}

function textOf(cell: Element): string {
  return (cell.textContent ?? '').replace(NOTE, ' ').replace(SPACES, ' ').trim();
}
