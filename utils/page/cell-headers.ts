/**
 * What a table says a data cell is: the text of the header of its row (the
 * last `<th>` before it in its row, or else the row's first cell) and of its
 * column (the cell above it in the table's header row), so that "133" under
 * "Killed", or in a row that starts "Dead", can be read as a figure.
 * A header row is the first row of the table's `<thead>`, or else its first
 * row when that holds header cells only. Column positions count `colspan`.
 * Each table's header row is worked out once.
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

export class CellHeaders {
  private readonly heads = new Map<Element, { row: Element; columns: ColumnHead[] } | null>();

  /** The headers of `cell` (row first, then column), if it is a table's data cell that has any. */
  of(cell: Element): string[] | undefined {
    if (cell.localName !== 'td') return undefined;
    const row = cell.parentElement;
    if (!row || row.localName !== 'tr') return undefined;
    const out: string[] = [];
    let column = 0;
    let first: Element | null = null;
    let rowHead: Element | null = null;
    for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) {
      if (c.localName !== 'th' && c.localName !== 'td') continue;
      first ??= c;
      if (c.localName === 'th') rowHead = c;
      column += span(c);
    }
    // A row without a header cell is headed by its first cell ("Dead | 133 | 137").
    rowHead ??= first;
    if (rowHead) out.push(textOf(rowHead));
    const table = tableOf(row);
    const heads = table ? this.headsOf(table) : null;
    if (heads && heads.row !== row) {
      const head = heads.columns.find((h) => h.from <= column && column < h.to);
      if (head && head.text) out.push(head.text);
    }
    return out.length > 0 ? out : undefined;
  }

  private headsOf(table: Element): { row: Element; columns: ColumnHead[] } | null {
    const known = this.heads.get(table);
    if (known !== undefined) return known;
    const row = headerRow(table);
    let found: { row: Element; columns: ColumnHead[] } | null = null;
    if (row) {
      const columns: ColumnHead[] = [];
      let at = 0;
      for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
        if (c.localName !== 'th' && c.localName !== 'td') continue;
        const width = span(c);
        columns.push({ from: at, to: at + width, text: textOf(c) });
        at += width;
      }
      found = { row, columns };
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
