/**
 * The first index in [0, length) for which `before` is false, where `before`
 * holds for a prefix of the range and fails for the rest (a search by
 * halves over any sorted sequence); `length` when it holds everywhere.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
