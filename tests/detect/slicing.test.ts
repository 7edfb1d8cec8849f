import { describe, expect, it } from 'vitest';
import { scanPage } from '../../utils/detect';
import { detector } from './fixtures';
import { SAMPLE_PAGE } from './sample-page';

/** Drives a scan one step at a time, doing other work between steps. */
function runSliced(blocks: readonly string[]): { result: ReturnType<typeof scanPage>; yields: number } {
  const d = detector();
  const scan = d.createPageScan();
  for (const b of blocks) scan.addBlock(b);
  const gen = scan.finish();
  let yields = 0;
  for (;;) {
    // Unrelated work between slices: another page scanned in full.
    scanPage(d, ['Crocus City Hall: 12 died.', 'Patrushev.']);
    const step = gen.next();
    if (step.done) return { result: step.value, yields };
    yields++;
  }
}

const BIG_PAGE = Array.from({ length: 60 }, () => SAMPLE_PAGE).flat();

describe('sliced finish()', () => {
  it('yields between units of work on a big page', () => {
    const { yields } = runSliced(BIG_PAGE);
    expect(yields).toBeGreaterThan(5);
  });

  it('returns the same result as a run without pauses', () => {
    const sliced = runSliced(BIG_PAGE).result;
    const whole = scanPage(detector(), BIG_PAGE);
    expect(sliced).toEqual(whole);
    expect(whole.mentions.length).toBeGreaterThan(60 * 10);
    expect(whole.figures.length).toBeGreaterThan(60 * 5);
  });

  it('gives each copy of the sample page the same marks', () => {
    const one = scanPage(detector(), SAMPLE_PAGE);
    const many = scanPage(detector(), BIG_PAGE);
    const strip = (r: typeof one, copy: number): unknown[] =>
      [...r.mentions, ...r.figures]
        .filter((x) => Math.floor(x.block / SAMPLE_PAGE.length) === copy)
        .map((x) => ({ ...x, block: x.block % SAMPLE_PAGE.length }));
    expect(strip(many, 0)).toEqual(strip(one, 0));
    expect(strip(many, 59)).toEqual(strip(one, 0));
  });

  it('finishes at once on a page that mentions nothing', () => {
    const { result, yields } = runSliced(['Nothing to see.', 'Still nothing, 139 times over.']);
    expect(result).toEqual({ mentions: [], figures: [] });
    expect(yields).toBe(0);
  });

  it('keeps block offsets for blocks added one at a time', () => {
    const scan = detector().createPageScan();
    scan.addBlock('');
    scan.addBlock('x Patrushev');
    const gen = scan.finish();
    let step = gen.next();
    while (!step.done) step = gen.next();
    expect(step.value.mentions).toEqual([
      { entity: 'nikolai-patrushev', block: 1, start: 2, end: 11, text: 'Patrushev', fuzzy: false },
    ]);
  });

  it('scans a block of a few megabytes in bounded steps, mentions across the step boundaries too', () => {
    const filler = 'Nothing in particular happened on that quiet day in the village. ';
    let text = '';
    const expected: [string, number][] = [];
    // Mentions that straddle every 100,000th code unit (the scan step), and some between.
    for (let step = 1; step <= 30; step++) {
      while (text.length < step * 100_000 - 8) text += filler;
      const name = step % 2 === 0 ? 'Crocus City Hall' : 'Патрушевым';
      text = text.slice(0, step * 100_000 - 8) + ' ';
      expected.push([name, text.length]);
      text += `${name} `;
    }
    text += filler;
    const scan = detector().createPageScan();
    scan.addBlock(text);
    const gen = scan.finish();
    let steps = 0;
    let step = gen.next();
    while (!step.done) {
      steps++;
      step = gen.next();
    }
    expect(steps).toBeGreaterThan(20);
    expect(step.value.mentions.map((m) => [m.text, m.start])).toEqual(expected);
  });

  it('finds figures in a block too long to search whole (in windows around its numbers)', () => {
    const filler = 'Nothing in particular happened on that quiet day in the village. ';
    const parts: string[] = [];
    const expected: number[] = [];
    let length = 0;
    for (let i = 0; i < 40; i++) {
      const chunk = filler.repeat(200) + 'At Crocus City Hall, ';
      parts.push(chunk);
      length += chunk.length;
      expected.push(length);
      const figure = `${100 + i} people were killed. `;
      parts.push(figure);
      length += figure.length;
    }
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(500_000);
    const r = scanPage(detector(), [text]);
    expect(r.figures.map((f) => [f.start, f.value])).toEqual(expected.map((start, i) => [start, 100 + i]));
  });

  it('refuses blocks after finish() and a second finish()', () => {
    const scan = detector().createPageScan();
    scan.addBlock('Patrushev');
    const gen = scan.finish();
    while (!gen.next().done);
    expect(() => scan.addBlock('more')).toThrow();
    expect(() => scan.finish().next()).toThrow();
  });
});
