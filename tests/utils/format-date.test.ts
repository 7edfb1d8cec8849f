import { describe, expect, it } from 'vitest';
import { formatKbDate } from '../../utils/format-date';

describe('formatKbDate', () => {
  it('keeps the precision the source gave', () => {
    expect(formatKbDate('2024')).toBe('2024');
    expect(formatKbDate('2024-03')).toBe('Mar 2024');
    expect(formatKbDate('2024-03-07')).toBe('7 Mar 2024');
    expect(formatKbDate('2024-03-23T13:23+03:00')).toBe('23 Mar 2024, 13:23');
  });
});
