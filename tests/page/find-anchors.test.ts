// @vitest-environment happy-dom
/**
 * The first stage of a page's scan: the text read once, and, on a page the
 * gate opens, its nodes walked again, which must be the nodes read even when
 * the page changes in between.
 */
import { describe, expect, it } from 'vitest';
import { createDetector, createGate } from '../../utils/detect';
import { localEngine } from '../../utils/detect/engine';
import { findAnchors } from '../../utils/page/find-anchors';
import type { Slicer } from '../../utils/slicer';
import { DATA } from '../detect/fixtures';

const engine = localEngine(createGate(DATA), () => createDetector(DATA));

/** A page of `count` paragraphs (over 2,048 text nodes: read and walked in several steps), one naming the attack. */
function page(count: number): Element {
  const body = Array.from({ length: count }, (_, i) => (i === 10 ? '<p>Gunmen attacked <b>Crocus</b> City Hall.</p>' : `<p>Paragraph ${i}.</p>`));
  return new DOMParser().parseFromString(`<!doctype html><body>${body.join('')}</body>`, 'text/html').body;
}

/** A slicer that pauses at every look and calls `onPause` with the pause's number. */
function pausing(onPause: (n: number) => void = () => undefined): Slicer & { pauses: number } {
  const slicer = {
    pauses: 0,
    slice() {
      onPause(slicer.pauses++);
      return Promise.resolve();
    },
  };
  return slicer;
}

describe('findAnchors', () => {
  it('gives the nodes whose text it read, and which of them hold anchors', async () => {
    const anchors = await findAnchors(page(3000), engine, { slicer: pausing() });
    expect(anchors).not.toBeNull();
    const { page: text, nodes, anchored } = anchors!;
    expect(nodes.map((node) => node.data)).toEqual(text.data);
    expect(anchored.map((k) => nodes[k]!.data)).toEqual(['Crocus', ' City Hall.']);
  });

  it('stays shut on a page without anchors, and walks no nodes there', async () => {
    const root = page(3000);
    root.querySelector('b')!.textContent = 'Lotus';
    const slicer = pausing();
    expect(await findAnchors(root, engine, { slicer })).toBeNull();
    const withAnchor = pausing();
    await findAnchors(page(3000), engine, { slicer: withAnchor });
    // The walk for the nodes is where the open page pauses more.
    expect(withAnchor.pauses).toBeGreaterThan(slicer.pauses);
  });

  it('reads the page again when it changed between the read and the walk for its nodes', async () => {
    const unchanged = pausing();
    await findAnchors(page(3000), engine, { slicer: unchanged });
    // The last pause is in the walk for the nodes (after 2,048 of them): the page changes further on.
    const root = page(3000);
    const late = root.children[2900] as HTMLElement;
    const slicer = pausing((n) => {
      if (n === unchanged.pauses - 1) late.textContent = 'Changed while walked.';
    });
    const anchors = await findAnchors(root, engine, { slicer });
    expect(anchors).not.toBeNull();
    expect(anchors!.page.data).toContain('Changed while walked.');
    expect(anchors!.nodes.map((node) => node.data)).toEqual(anchors!.page.data);
    expect(slicer.pauses).toBeGreaterThan(unchanged.pauses);
  });

  it('gives up on a page that keeps changing', async () => {
    const root = page(3000);
    const last = root.lastElementChild as HTMLElement;
    expect(await findAnchors(root, engine, { slicer: pausing((n) => (last.textContent = `Tick ${n}`)) })).toBeNull();
  });
});
