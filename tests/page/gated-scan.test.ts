/**
 * The gate and the blocks made around its anchors lose nothing: on every page
 * we have (the seeds, the gold fixtures, the sample pages, the 130 real pages
 * of the readability corpus), on random pages built from the KB's aliases
 * (nested blocks, inline elements that cut words, <br>, hidden and code
 * regions) and on a page for each alias that counts on its own (where it
 * alone opens the page), `scanDocument` finds exactly what a scan of every
 * block of the page finds. (Marks are compared by text node and offset, since the gated
 * scan numbers only the blocks it makes.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/generate-pages';
import { PROJECT_ROOT } from '../../scripts/kb-files';
import { parsePage } from '../../scripts/kb-scan';
import { createDetector, createGate, scanPage } from '../../utils/detect';
import { type PageResult, isWholePage } from '../../utils/detect/types';
import { readPageText } from '../../utils/page/page-text';
import { localEngine } from '../../utils/detect/engine';
import { scanDocument } from '../../utils/page/scan-document';
import { type Block, locate, segmentBlocks } from '../../utils/page/segment-blocks';
import { shippedMatcher } from '../kb/helpers';
import { sharedFolder } from '../shared-folder';

/** Each mention and figure as its kind, id, first node's text and offsets, in a stable order. */
function located(blocks: readonly Block[], result: PageResult, nodeIds: Map<Text, number>): string[] {
  const where = (block: number, start: number, end: number) => {
    const b = blocks[block] as Block;
    const from = locate(b, start);
    const to = locate(b, end, true);
    return `${nodeIds.get(from.node)}:${from.offset}-${nodeIds.get(to.node)}:${to.offset}`;
  };
  return [
    ...result.mentions.map((m) => `${m.fuzzy ? 'possible ' : ''}${m.entity} ${where(m.block, m.start, m.end)} ${m.text}`),
    ...result.figures.map((f) => `figure ${f.dispute}=${f.value} ${where(f.block, f.start, f.end)} ${f.text}`),
  ].sort();
}

const folders = [
  ['seeds', sharedFolder('seeds')],
  ['gold fixtures', path.join(PROJECT_ROOT, 'tests', 'gold', 'pages')],
  ['sample pages', path.join(PROJECT_ROOT, 'tests', 'pages')],
  ['readability corpus', sharedFolder('corpus/readability')],
] as const;

/** Marks of the gated scan and of a scan of every block, as `located` gives them. */
async function bothScans(root: Element, gate: ReturnType<typeof createGate>, detector: ReturnType<typeof createDetector>) {
  const all = [...segmentBlocks(root)];
  const nodeIds = new Map<Text, number>();
  for (const block of all) for (const node of block.nodes) nodeIds.set(node, nodeIds.size);
  // Whether the page is searched whole for figures, as the gated scan decides it: by the text the gate reads.
  const wholePage = isWholePage(readPageText(root).text.length);
  const expected = located(all, scanPage(detector, all, { wholePage }), nodeIds);
  const gated = await scanDocument(root, localEngine(gate, () => detector));
  return { expected, actual: located(gated.blocks, gated.result, nodeIds) };
}

const ORDINARY = 'the of and said officials reported on Monday that people were killed in city hall after police state service security group'.split(' ');
const FIGURES = ['139 people were killed', 'the death toll rose to 144', 'at least 40 dead', '551 injured'];

/**
 * A random page: nested blocks of sentences that mix ordinary words, aliases
 * as the KB writes them or in capitals (every one can come up) and figures; inline elements
 * around runs of text that may cut a word anywhere; <br>s; and hidden, code
 * and form regions holding aliases too.
 */
function randomPage(random: () => number, aliases: readonly string[]): Element {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sentence = () =>
    Array.from({ length: 3 + Math.floor(random() * 8) }, () =>
      random() < 0.3 ? written(pick(aliases)) : random() < 0.1 ? pick(FIGURES) : pick(ORDINARY),
    ).join(' ') + '.';
  // An alias as the KB writes it, sometimes in capitals (as in headlines).
  const written = (alias: string) => (random() < 0.1 ? alias.toUpperCase() : alias);
  const inline = (text: string): string => {
    if (random() < 0.5 || text.length < 4) return escape(text);
    const a = Math.floor(random() * text.length);
    const b = a + Math.floor(random() * (text.length - a));
    const tag = pick(['a', 'b', 'span', 'em']);
    return `${escape(text.slice(0, a))}<${tag}>${escape(text.slice(a, b))}</${tag}>${inline(text.slice(b))}`;
  };
  const block = (depth: number): string => {
    const roll = random();
    if (depth < 3 && roll < 0.2) return `<div>${Array.from({ length: 1 + Math.floor(random() * 4) }, () => block(depth + 1)).join('')}</div>`;
    if (roll < 0.25) return `<ul>${Array.from({ length: 2 }, () => `<li>${inline(sentence())}</li>`).join('')}</ul>`;
    if (roll < 0.3) return `<p>${inline(sentence())}<br>${inline(sentence())}</p>`;
    if (roll < 0.33) return `<script>var x = ${JSON.stringify(pick(aliases))};</script>`;
    if (roll < 0.36) return `<div hidden>${escape(pick(aliases))}</div>`;
    if (roll < 0.38) return `<textarea>${escape(pick(aliases))}</textarea>`;
    return `<p>${inline(sentence())} ${inline(sentence())}</p>`;
  };
  const body = Array.from({ length: 5 + Math.floor(random() * 25) }, () => block(0)).join('\n');
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return document.body as unknown as Element;
}

describe('the gated scan', () => {
  const matcher = shippedMatcher();
  const gate = createGate(matcher);
  const detector = createDetector(matcher);

  it('finds what a scan of every block finds: 300 random pages built from the KB', async () => {
    const random = createRandom(2024);
    const aliases = [...new Set(matcher.aliases.map((alias) => alias.text))];
    let found = 0;
    for (let page = 0; page < 300; page++) {
      const { expected, actual } = await bothScans(randomPage(random, aliases), gate, detector);
      expect(actual, `random page ${page}`).toEqual(expected);
      found += expected.length;
    }
    console.log(`gated scan = full scan on 300 random pages (${found} marks)`);
    expect(found).toBeGreaterThan(3000);
  }, 120_000);

  it('finds what a scan of every block finds: each alias alone on a page, cut by an inline element, its blocks meeting others letter to letter', async () => {
    const random = createRandom(139);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const words = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ORDINARY)).join(' ');
    let found = 0;
    const aliases = [...new Set(matcher.aliases.filter((alias) => !alias.weak).map((alias) => alias.text))];
    for (const alias of aliases) {
      // The alias alone opens the page; in its text "…police" + "Nikolai Patrushev" + "said…" meet with no break between.
      const cut = 1 + Math.floor(random() * (alias.length - 1));
      const item = `<b>${alias.slice(0, cut)}</b>${alias.slice(cut)}`;
      const html = `<ul><li>${words()}</li><li>${item}</li><li>${words()}</li></ul><p>${words()}<span>${item}</span></p><div>${words()}</div>`;
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      const { expected, actual } = await bothScans(document.body as unknown as Element, gate, detector);
      expect(actual, alias).toEqual(expected);
      found += expected.length;
    }
    console.log(`gated scan = full scan on ${aliases.length} pages of one alias (${found} marks)`);
    expect(found).toBeGreaterThan(aliases.length);
  }, 120_000);

  for (const [name, folder] of folders) {
    it.skipIf(!folder)(`finds what a scan of every block finds: ${name}`, async () => {
      const files = readdirSync(folder!).filter((file) => /\.(html|txt)$/.test(file)).sort();
      let found = 0;
      for (const file of files) {
        const document = parsePage(path.join(folder!, file));
        const { expected, actual } = await bothScans(document.body ?? document.documentElement, gate, detector);
        expect(actual, file).toEqual(expected);
        found += expected.length;
      }
      console.log(`gated scan = full scan on ${files.length} ${name} (${found} marks)`);
    }, 120_000);
  }
});
