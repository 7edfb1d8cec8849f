/** What the detection engine reports, as offsets into one block's text. */
export interface Mention {
  entity: string;
  /** Index of the block (in the order blocks were added to the page scan). */
  block: number;
  start: number;
  end: number;
  /** The matched text exactly as it stands in the block. */
  text: string;
  /** True for a possible mention found by misspelling tolerance. */
  fuzzy: boolean;
}

export interface Figure {
  dispute: string;
  block: number;
  start: number;
  end: number;
  text: string;
  value: number;
}

export interface PageResult {
  mentions: Mention[];
  figures: Figure[];
}

/**
 * A scan of one page. Blocks are added one by one (cheap, so the caller can
 * slice work); `finish` resolves weak aliases, misspellings and figures with
 * page-wide context and yields between units of work so the caller can pause.
 *
 * Slicing contract:
 * - `addBlock(text)` is synchronous and does the work every page pays: one
 *   pass over `text` (linear in its length, independent of the number of
 *   aliases), at most 20,000 code units of it; the rest of a longer block is
 *   scanned in the first steps of `finish`, as many units per step. It keeps a
 *   reference to `text`; offsets in the result index into exactly this
 *   string. The caller slices between blocks (check the clock after each call).
 * - Context: `finish` reads no block further than CONTEXT_BLOCKS blocks from
 *   a block with a match. A caller that knows where matches may be can give
 *   only those blocks and that many on either side (segmentNear); the result
 *   is the same as for the whole page. With `wholePage` (a short page, given
 *   whole), `finish` also searches the other blocks for figures.
 * - `finish()` returns a generator. Each `next()` runs until its step has
 *   taken a few milliseconds (checked every few candidates, every 4,096 units
 *   of the page pass, every block or window of figure search) or has done a
 *   fixed count of work, and yields; the caller may pause between `next()`
 *   calls for as long as it likes. The result is the generator's return value
 *   and is the same however the run is sliced.
 * - No `addBlock` after `finish()`; `finish()` runs once per scan.
 */
/** How many blocks either side of a block with a match `finish` reads (for misspellings and figures). */
export const CONTEXT_BLOCKS = 3;

/**
 * A page with at most this many units of text is about its subject as a
 * whole (a news article, not an archive or a long thread): `finish` searches
 * all its blocks for figures (those that hold a digit), not only those near a
 * mention ("At least 143 people were killed" six paragraphs after the name).
 */
export const WHOLE_PAGE_UNITS = 50_000;

export interface PageScanOptions {
  /**
   * The caller gives every block of a page of at most WHOLE_PAGE_UNITS units
   * (see `wholePage`); `finish` then searches figures in all of them.
   */
  wholePage?: boolean;
}

/** Whether a page with this many units of text is searched whole for figures. */
export function isWholePage(units: number): boolean {
  return units <= WHOLE_PAGE_UNITS;
}

export interface PageScan {
  /**
   * `mayMatch` false: the caller knows that no alias can match in this block
   * (it holds no anchor, gate.ts); it is kept as context, for what `finish`
   * reads near mentions, and not scanned. `headers`: the block is a table
   * cell, and these are the texts of its row's and its column's headers
   * (a number under "Killed" is read as "Killed: 133").
   */
  addBlock(text: string, mayMatch?: boolean, headers?: readonly string[]): void;
  finish(): Generator<void, PageResult, void>;
}

export interface Detector {
  /** A new, empty scan of one page. The detector is reusable; what it makes on first use, it keeps. */
  createPageScan(options?: PageScanOptions): PageScan;
}
