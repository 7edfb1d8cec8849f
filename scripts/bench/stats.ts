/** Small statistics for the benchmark: medians and ratios of noisy samples. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** a / b, or NaN when either side is missing or b is not positive. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
}

/** Collects samples by key, e.g. `1mb-plain/gloss`. */
export class Samples<T> {
  private readonly byKey = new Map<string, T[]>();

  add(key: string, sample: T): void {
    const list = this.byKey.get(key);
    if (list) list.push(sample);
    else this.byKey.set(key, [sample]);
  }

  get(key: string): T[] {
    return this.byKey.get(key) ?? [];
  }

  /** Median of one numeric field over the samples of a key. */
  median(key: string, field: (sample: T) => number): number {
    return median(this.get(key).map(field));
  }

  toJSON(): Record<string, T[]> {
    return Object.fromEntries(this.byKey);
  }
}
