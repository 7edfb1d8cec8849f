/**
 * Orders KB dates (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]).
 * A day without a time counts as its start; a time without an offset as UTC.
 * A date given only to the month or year counts as the end of that period, so
 * "Mar 2024" sorts after the days of March that sources dated exactly.
 */
export function dateSortKey(date: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))?)?)?)?$/.exec(date);
  if (!m) return Number.NaN;
  const n = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Number(s));
  const year = n(m[1], 0);
  if (m[2] === undefined) return Date.UTC(year + 1, 0, 1) - 1;
  if (m[3] === undefined) return Date.UTC(year, n(m[2], 1), 1) - 1;
  let ms = Date.UTC(n(m[1], 0), n(m[2], 1) - 1, n(m[3], 1), n(m[4], 0), n(m[5], 0), n(m[6], 0));
  if (m[8]) ms -= (m[8] === '-' ? -1 : 1) * (n(m[9], 0) * 60 + n(m[10], 0)) * 60_000;
  return ms;
}

/** Compares two optional dates; undefined or unreadable dates sort last. */
export function compareDates(a: string | undefined, b: string | undefined): number {
  const ka = a === undefined ? Number.NaN : dateSortKey(a);
  const kb = b === undefined ? Number.NaN : dateSortKey(b);
  if (Number.isNaN(ka)) return Number.isNaN(kb) ? 0 : 1;
  if (Number.isNaN(kb)) return -1;
  return ka - kb;
}
