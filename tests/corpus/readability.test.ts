/**
 * Precision on 130 real pages that are not about Gloss's subjects: every hit
 * must be listed, reviewed, in expected-hits.json. A new hit fails the test,
 * and so does a listed hit that is gone (update the file after reviewing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage, scanPage } from '../../scripts/kb-scan';
import { shippedMatcher } from '../kb/helpers';
import { sharedFolder } from '../shared-folder';

const corpus = sharedFolder('corpus/readability');
const expected = JSON.parse(readFileSync(path.join(import.meta.dirname, 'expected-hits.json'), 'utf8')) as {
  hits: Record<string, string[]>;
};

describe.skipIf(!corpus)('real pages (readability corpus)', () => {
  it('finds exactly the reviewed hits', async () => {
    const matcher = shippedMatcher();
    const pages = readdirSync(corpus!).filter((name) => name.endsWith('.html')).sort();
    expect(pages.length).toBeGreaterThanOrEqual(100);
    const actual: Record<string, string[]> = {};
    for (const name of pages) {
      const report = await scanPage(parsePage(path.join(corpus!, name)), matcher);
      const hits = [
        ...report.mentions.map((m) => `${m.fuzzy ? 'possible ' : ''}${m.entity}: ${m.text}`),
        ...report.figures.map((f) => `figure ${f.dispute}: ${f.text}`),
      ].sort();
      if (hits.length > 0) actual[name] = hits;
    }
    const total = Object.values(actual).reduce((sum, hits) => sum + hits.length, 0);
    console.log(`readability corpus: ${pages.length} pages, ${total} hits on ${Object.keys(actual).length} pages`);
    expect(actual).toEqual(expected.hits);
  }, 120_000);
});
