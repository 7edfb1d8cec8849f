import { describe, expect, it } from 'vitest';
import {
  context,
  counts,
  findNth,
  formatReport,
  precision,
  recall,
  resolveGold,
  scorePage,
  sumCounts,
  type GoldFile,
  type SpanFigure,
  type SpanMention,
} from './score';

// A tiny hand-made page: offsets written out so the expected numbers are checkable by eye.
//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123
const TEXT = 'Patrushev met the FSB. Patrushev’s aide said 139 died; FSB FSB.';

const gold: GoldFile = {
  page: 'tiny.txt',
  mentions: [
    { entity: 'nikolai-patrushev', text: 'Patrushev', nth: 0 }, // 0..9
    { entity: 'fsb', text: 'FSB', nth: 0 }, // 18..21
    { entity: 'nikolai-patrushev', text: 'Patrushev', nth: 1 }, // 23..32
    { entity: 'fsb', text: 'FSB', nth: 2 }, // 59..62
  ],
  figures: [{ dispute: 'crocus-death-toll', value: 139, text: '139', nth: 0 }], // 45..48
};

const m = (entity: string, start: number, end: number, fuzzy = false): SpanMention => ({
  entity,
  text: TEXT.slice(start, end),
  start,
  end,
  fuzzy,
});
const f = (dispute: string, value: number, start: number, end: number): SpanFigure => ({
  dispute,
  value,
  text: TEXT.slice(start, end),
  start,
  end,
});

describe('gold scoring', () => {
  it('finds the nth case-sensitive occurrence, overlapping ones included', () => {
    expect(findNth(TEXT, 'FSB', 0)).toBe(18);
    expect(findNth(TEXT, 'FSB', 1)).toBe(55);
    expect(findNth(TEXT, 'FSB', 2)).toBe(59);
    expect(findNth(TEXT, 'FSB', 3)).toBe(-1);
    expect(findNth(TEXT, 'fsb', 0)).toBe(-1);
    expect(findNth('aaa', 'aa', 1)).toBe(1);
    expect(findNth(TEXT, '', 0)).toBe(-1);
  });

  it('resolves gold snippets to spans and reports the ones it cannot find', () => {
    const resolved = resolveGold(TEXT, gold);
    expect(resolved.errors).toEqual([]);
    expect(resolved.mentions.map((x) => [x.entity, x.start, x.end])).toEqual([
      ['nikolai-patrushev', 0, 9],
      ['fsb', 18, 21],
      ['nikolai-patrushev', 23, 32],
      ['fsb', 59, 62],
    ]);
    expect(resolved.figures).toEqual([{ dispute: 'crocus-death-toll', value: 139, text: '139', start: 45, end: 48 }]);

    const broken = resolveGold(TEXT, { mentions: [{ entity: 'fsb', text: 'FSB', nth: 5 }], figures: [] });
    expect(broken.mentions).toEqual([]);
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toContain('"FSB" #5');
  });

  it('counts exact matches only, each gold item once', () => {
    const resolved = resolveGold(TEXT, gold);
    const predicted = {
      mentions: [
        m('nikolai-patrushev', 0, 9), // TP
        m('fsb', 18, 21), // TP
        m('fsb', 18, 21), // duplicate: FP
        m('nikolai-patrushev', 23, 34, true), // "Patrushev’s" (possessive swallowed): FP, and gold 23..32 is FN
        m('islamic-state', 55, 58), // not in gold: FP
        m('security-council-of-russia', 59, 62), // right span, wrong entity: FP, and gold FSB #2 is FN
      ],
      figures: [
        f('crocus-death-toll', 140, 45, 48), // wrong value: FP, gold FN
        f('crocus-injured', 139, 45, 48), // wrong dispute: FP
      ],
    };
    const score = scorePage('tiny.txt', TEXT, resolved, predicted);
    expect(counts(score.mentions)).toEqual({ tp: 2, fp: 4, fn: 2 });
    expect(counts(score.figures)).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(score.mentions.fn.map((x) => x.start)).toEqual([23, 59]);
    expect(precision(counts(score.mentions))).toBeCloseTo(2 / 6);
    expect(recall(counts(score.mentions))).toBeCloseTo(2 / 4);

    const perfect = scorePage('tiny.txt', TEXT, resolved, resolved);
    expect(counts(perfect.mentions)).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(counts(perfect.figures)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('micro-averages over pages (a negative page adds its false positives)', () => {
    const total = sumCounts([
      { tp: 9, fp: 1, fn: 0 },
      { tp: 0, fp: 2, fn: 0 }, // a negative page with two false alarms
      { tp: 1, fp: 0, fn: 3 },
    ]);
    expect(total).toEqual({ tp: 10, fp: 3, fn: 3 });
    expect(precision(total)).toBeCloseTo(10 / 13);
    expect(recall(total)).toBeCloseTo(10 / 13);
    expect(precision({ tp: 0, fp: 0, fn: 4 })).toBe(1);
    expect(recall({ tp: 0, fp: 0, fn: 4 })).toBe(0);
    expect(recall({ tp: 0, fp: 2, fn: 0 })).toBe(1);
  });

  it('prints the table and every error with context', () => {
    const resolved = resolveGold(TEXT, gold);
    const score = scorePage('tiny.txt', TEXT, resolved, {
      mentions: [m('nikolai-patrushev', 0, 9), m('nikolai-patrushev', 23, 34, true)],
      figures: [],
    });
    const report = formatReport([score]);
    expect(report).toMatch(/tiny\.txt\s+\|\s+1\s+1\s+3\s+\|\s+0\s+0\s+1/);
    expect(report).toContain('mentions: precision 0.500  recall 0.250');
    expect(report).toContain('False positive mentions (1)');
    expect(report).toContain('tiny.txt @23 nikolai-patrushev (possible) "Patrushev’s"');
    expect(report).toContain('False negative mentions (3)');
    expect(report).toMatch(/@23 nikolai-patrushev "Patrushev" .*overlaps nikolai-patrushev "Patrushev’s"@23/);
    expect(report).toContain('False negative figures (1)');
    expect(context(TEXT, 45, 48, 2)).toBe('…aide said [139] died; FSB…');
  });
});
