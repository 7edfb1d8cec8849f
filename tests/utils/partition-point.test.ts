import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../utils/partition-point';

describe('partitionPoint', () => {
  it('finds the first index where a sorted sequence stops being before a value', () => {
    const sorted = [1, 3, 3, 3, 7, 9];
    const lowerBound = (v: number) => partitionPoint(sorted.length, (i) => sorted[i]! < v);
    expect([0, 1, 2, 3, 4, 8, 9, 10].map(lowerBound)).toEqual([0, 0, 1, 1, 4, 5, 5, 6]);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
