/**
 * Scoring of detection results against the gold annotations in tests/gold.
 *
 * Gold files name each mention by its exact surface text and `nth`, the
 * 0-based index among all case-sensitive occurrences of that text in the page
 * text (overlapping occurrences count). A prediction is correct when entity
 * (or dispute and value), start and end all match a gold item exactly; each
 * gold item can be matched once, so a duplicate prediction is a false positive.
 */

export interface GoldMention {
  entity: string;
  text: string;
  nth: number;
}

export interface GoldFigure {
  dispute: string;
  value: number;
  text: string;
  nth: number;
}

export interface GoldFile {
  /** Seed file name (gold for /work/shared/seeds). */
  seed?: string;
  /** Fixture page file name (gold for tests/gold/pages). */
  page?: string;
  mentions: GoldMention[];
  figures: GoldFigure[];
}

export interface SpanMention {
  entity: string;
  text: string;
  start: number;
  end: number;
  /** A possible (misspelling-tolerant) mention; scored like any other. */
  fuzzy?: boolean;
}

export interface SpanFigure {
  dispute: string;
  value: number;
  text: string;
  start: number;
  end: number;
}

export interface Outcome<T> {
  tp: T[];
  fp: T[];
  fn: T[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  page: string;
  text: string;
  mentions: Outcome<SpanMention>;
  figures: Outcome<SpanFigure>;
}

/** Start of the nth (0-based) case-sensitive occurrence of `snippet`, or -1. */
export function findNth(text: string, snippet: string, nth: number): number {
  if (snippet.length === 0 || nth < 0 || !Number.isInteger(nth)) return -1;
  let at = text.indexOf(snippet);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(snippet, at + 1);
  return at;
}

/** Turns gold snippets into spans; snippets that cannot be found are reported, not guessed. */
export function resolveGold(
  text: string,
  gold: GoldFile,
): { mentions: SpanMention[]; figures: SpanFigure[]; errors: string[] } {
  const errors: string[] = [];
  const mentions: SpanMention[] = [];
  const figures: SpanFigure[] = [];
  for (const m of gold.mentions) {
    const start = findNth(text, m.text, m.nth);
    if (start < 0) errors.push(`mention ${m.entity} "${m.text}" #${m.nth} is not in the page text`);
    else mentions.push({ entity: m.entity, text: m.text, start, end: start + m.text.length });
  }
  for (const f of gold.figures) {
    const start = findNth(text, f.text, f.nth);
    if (start < 0) errors.push(`figure ${f.dispute}=${f.value} "${f.text}" #${f.nth} is not in the page text`);
    else figures.push({ dispute: f.dispute, value: f.value, text: f.text, start, end: start + f.text.length });
  }
  return { mentions, figures, errors };
}

export const mentionKey = (m: SpanMention): string => `${m.entity}|${m.start}|${m.end}`;
export const figureKey = (f: SpanFigure): string => `${f.dispute}|${f.value}|${f.start}|${f.end}`;

/** Exact matching by key, each gold item used at most once. Results are sorted by offset. */
export function matchSpans<T extends { start: number; end: number }>(
  gold: readonly T[],
  predicted: readonly T[],
  key: (item: T) => string,
): Outcome<T> {
  const open = new Map<string, T[]>();
  for (const g of gold) {
    const k = key(g);
    const list = open.get(k);
    if (list) list.push(g);
    else open.set(k, [g]);
  }
  const tp: T[] = [];
  const fp: T[] = [];
  for (const p of predicted) {
    const list = open.get(key(p));
    if (list && list.length > 0) {
      list.pop();
      tp.push(p);
    } else {
      fp.push(p);
    }
  }
  const fn = [...open.values()].flat();
  const byOffset = (a: T, b: T) => a.start - b.start || a.end - b.end;
  return { tp: tp.sort(byOffset), fp: fp.sort(byOffset), fn: fn.sort(byOffset) };
}

export function scorePage(
  page: string,
  text: string,
  gold: { mentions: readonly SpanMention[]; figures: readonly SpanFigure[] },
  predicted: { mentions: readonly SpanMention[]; figures: readonly SpanFigure[] },
): PageScore {
  return {
    page,
    text,
    mentions: matchSpans(gold.mentions, predicted.mentions, mentionKey),
    figures: matchSpans(gold.figures, predicted.figures, figureKey),
  };
}

export const counts = <T>(o: Outcome<T>): Counts => ({ tp: o.tp.length, fp: o.fp.length, fn: o.fn.length });

export function sumCounts(list: readonly Counts[]): Counts {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Micro-averaged precision; 1 when nothing was predicted. */
export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
/** Micro-averaged recall; 1 when there was nothing to find. */
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** A few words either side of a span, the span in [brackets], on one line. */
export function context(text: string, start: number, end: number, words = 5): string {
  const before = text.slice(0, start).split(/\s+/).slice(-words - 1).join(' ');
  const after = text.slice(end).split(/\s+/).slice(0, words + 1).join(' ');
  return `…${before}[${text.slice(start, end)}]${after}…`.replace(/\s+/g, ' ');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** For a miss, what was predicted over the same text instead (wrong entity or boundaries). */
function nearMention(m: SpanMention, others: readonly SpanMention[]): string {
  const near = others.filter((o) => overlaps(o, m));
  return near.length === 0 ? '' : `  (overlaps ${near.map((o) => `${o.entity} "${o.text}"@${o.start}`).join(', ')})`;
}

function nearFigure(f: SpanFigure, others: readonly SpanFigure[]): string {
  const near = others.filter((o) => overlaps(o, f));
  return near.length === 0 ? '' : `  (overlaps ${near.map((o) => `${o.dispute}=${o.value} "${o.text}"@${o.start}`).join(', ')})`;
}

const pct = (x: number) => x.toFixed(3);

/** The table (per page, then totals) and every false positive and false negative. */
export function formatReport(pages: readonly PageScore[]): string {
  const width = Math.max(12, ...pages.map((p) => p.page.length));
  const cell = (c: Counts) => `${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
  const lines: string[] = [];
  lines.push(`${'page'.padEnd(width)} | mentions tp   fp   fn | figures tp   fp   fn`);
  lines.push(`${'-'.repeat(width)}-+-${'-'.repeat(22)}-+-${'-'.repeat(21)}`);
  for (const p of pages) {
    lines.push(`${p.page.padEnd(width)} |      ${cell(counts(p.mentions))} |     ${cell(counts(p.figures))}`);
  }
  const m = sumCounts(pages.map((p) => counts(p.mentions)));
  const f = sumCounts(pages.map((p) => counts(p.figures)));
  lines.push(`${'-'.repeat(width)}-+-${'-'.repeat(22)}-+-${'-'.repeat(21)}`);
  lines.push(`${'TOTAL'.padEnd(width)} |      ${cell(m)} |     ${cell(f)}`);
  lines.push(`mentions: precision ${pct(precision(m))}  recall ${pct(recall(m))}`);
  lines.push(`figures:  precision ${pct(precision(f))}  recall ${pct(recall(f))}`);

  const section = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length})`);
    lines.push(...(items.length ? items : ['  none']));
  };
  const fpM: string[] = [];
  const fnM: string[] = [];
  const fpF: string[] = [];
  const fnF: string[] = [];
  for (const p of pages) {
    const allPredM = [...p.mentions.tp, ...p.mentions.fp];
    const allPredF = [...p.figures.tp, ...p.figures.fp];
    for (const x of p.mentions.fp) {
      fpM.push(`  ${p.page} @${x.start} ${x.entity}${x.fuzzy ? ' (possible)' : ''} "${x.text}" ${context(p.text, x.start, x.end)}${nearMention(x, p.mentions.fn)}`);
    }
    for (const x of p.mentions.fn) {
      fnM.push(`  ${p.page} @${x.start} ${x.entity} "${x.text}" ${context(p.text, x.start, x.end)}${nearMention(x, allPredM)}`);
    }
    for (const x of p.figures.fp) {
      fpF.push(`  ${p.page} @${x.start} ${x.dispute}=${x.value} "${x.text}" ${context(p.text, x.start, x.end)}${nearFigure(x, p.figures.fn)}`);
    }
    for (const x of p.figures.fn) {
      fnF.push(`  ${p.page} @${x.start} ${x.dispute}=${x.value} "${x.text}" ${context(p.text, x.start, x.end)}${nearFigure(x, allPredF)}`);
    }
  }
  section('False positive mentions', fpM);
  section('False negative mentions', fnM);
  section('False positive figures', fpF);
  section('False negative figures', fnF);
  return lines.join('\n');
}
