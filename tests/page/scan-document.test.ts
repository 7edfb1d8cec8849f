// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDetector, createGate } from '../../utils/detect';
import { localEngine } from '../../utils/detect/engine';
import { scanDocument } from '../../utils/page/scan-document';
import type { Slicer } from '../../utils/slicer';
import { DATA } from '../detect/fixtures';

function page(paragraphs: number): Element {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    i % 10 === 7 ? '<p>At least 139 people died in the Crocus City Hall attack.</p>' : `<p>Paragraph ${i}, short.</p>`,
  ).join('');
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html').body;
}

describe('scanDocument', () => {
  it('pauses between blocks only every few thousand units, with the same result as a run without pauses', async () => {
    const root = page(3000);
    const detector = createDetector(DATA);
    const engine = localEngine(createGate(DATA), () => detector);
    const whole = await scanDocument(root, engine);

    // A slicer whose budget is always spent: every look at it pauses.
    let looks = 0;
    const slicer: Slicer = {
      slice() {
        looks++;
        return Promise.resolve();
      },
    };
    const sliced = await scanDocument(root, localEngine(createGate(DATA), () => detector, () => ({ slicer })), { slicer });

    expect(sliced.result).toEqual(whole.result);
    expect(sliced.blocks.map((b) => b.text)).toEqual(whole.blocks.map((b) => b.text));
    expect(whole.result.mentions.length).toBeGreaterThan(50);
    // 3,000 short paragraphs, a mention in every tenth (about 2,100 blocks around them): far fewer looks at the clock
    // than blocks, but still many pauses.
    expect(looks).toBeLessThan(whole.blocks.length / 10);
    expect(looks).toBeGreaterThan(20);
  });
});
