/**
 * The engine as the page side asks for it (utils/detect/engine.ts): the
 * extension runs it in its background and asks by message, so what goes in
 * and out must be plain data, and the two calls must give what the scan of
 * a page in place gives.
 */
import { describe, expect, it } from 'vitest';
import { createDetector, createGate, scanPage } from '../../utils/detect';
import { localEngine } from '../../utils/detect/engine';
import type { Detector } from '../../utils/detect/types';
import type { Slicer } from '../../utils/slicer';
import { CROCUS, DATA, DEATHS } from './fixtures';

/** Through a message boundary, as the extension's messaging carries it (JSON). */
const carried = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** An engine over the fixture KB, and how many times it asked for its detector. */
function engine(pacing?: () => { slicer?: Slicer; cancelled?: () => boolean }) {
  const detector = createDetector(DATA);
  const asked = { count: 0 };
  const made = localEngine(
    createGate(DATA),
    (): Detector => {
      asked.count++;
      return detector;
    },
    pacing,
  );
  return { engine: made, detector, asked };
}

const TEXT = 'Breaking news\nGunmen attacked Crocus City Hall near Moscow.\nAt least 139 people were killed.';

describe('localEngine', () => {
  it('gives the start and end of each anchor word on a page that may hold a mention', async () => {
    const { engine: gloss } = engine();
    const hits = carried(await gloss.gate(TEXT));
    expect(hits).not.toBeNull();
    expect(hits!.length % 2).toBe(0);
    const words = [];
    for (let i = 0; i < hits!.length; i += 2) words.push(TEXT.slice(hits![i], hits![i + 1]));
    expect(words).toContain('Crocus');
  });

  it('stays shut on a page without anchors and never makes the detector there', async () => {
    const { engine: gloss, asked } = engine();
    expect(await gloss.gate('A guide to planting crocus bulbs in autumn.\nWater them once.')).toBeNull();
    expect(asked.count).toBe(0);
  });

  it('scans blocks given as plain data as a scan of the page in place does', async () => {
    const { engine: gloss, detector } = engine();
    const blocks = TEXT.split('\n');
    const request = carried({ wholePage: true, blocks: blocks.map((text) => ({ text, anchored: true })) });
    const result = carried(await gloss.scan(request));
    expect(result).toEqual(scanPage(detector, blocks, { wholePage: true }));
    expect(result.mentions.map((m) => m.entity)).toContain(CROCUS);
    expect(result.figures).toEqual([expect.objectContaining({ dispute: DEATHS, value: 139, block: 2 })]);
  });

  it('reads a table cell with its headers, and leaves unanchored blocks unscanned', async () => {
    const { engine: gloss } = engine();
    const result = await gloss.scan({
      wholePage: true,
      blocks: [
        { text: 'Crocus City Hall attack', anchored: true },
        { text: '139', anchored: false, headers: ['Killed'] },
        { text: 'Crocus City Hall', anchored: false },
      ],
    });
    expect(result.mentions.map((m) => m.block)).toEqual([0]);
    expect(result.figures.map((f) => [f.block, f.value])).toEqual([[1, 139]]);
  });

  it('ends a cancelled call with nothing found', async () => {
    const slicer: Slicer = { slice: () => Promise.resolve() };
    const { engine: gloss } = engine(() => ({ slicer, cancelled: () => true }));
    const long = Array.from({ length: 3000 }, () => 'Crocus City Hall').join(' ');
    expect(await gloss.gate(long)).toBeNull();
    const blocks = Array.from({ length: 500 }, () => ({ text: 'Gunmen attacked Crocus City Hall; 139 people were killed.', anchored: true }));
    expect(await gloss.scan({ wholePage: false, blocks })).toEqual({ mentions: [], figures: [] });
  });
});
