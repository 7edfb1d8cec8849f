import { describe, expect, it } from 'vitest';
import { createDetector, loadDetector, packMatcher, scanPage } from '../../utils/detect';
import { figureLexicon, unpackLexicon } from '../../utils/detect/figure-lexicon';
import { FingerprintSet, packFingerprints, fingerprint } from '../../utils/detect/word-hash';
import { DATA } from './fixtures';
import { SAMPLE_PAGE } from './sample-page';

describe('the packed form made at build time', () => {
  it('survives JSON and gives the same results as the matcher data', () => {
    const packed = JSON.parse(JSON.stringify(packMatcher(DATA, { signatures: true })));
    const page = [...SAMPLE_PAGE, 'Crocus Zzqq and Patrushew, Wilahyat Khorasan; 139 killed.'];
    const expected = scanPage(createDetector(DATA), page);
    expect(expected.mentions.length).toBeGreaterThan(15);
    expect(expected.figures.length).toBeGreaterThan(3);
    expect(scanPage(loadDetector(packed), page)).toEqual(expected);
    expect(scanPage(createDetector(packed), page)).toEqual(expected);
  });

  it('carries the figure word lists folded, as the figure search makes them', () => {
    const packed = JSON.parse(JSON.stringify(packMatcher(DATA))) as ReturnType<typeof packMatcher>;
    const lists = unpackLexicon(packed.lexicon);
    expect(lists).toEqual(figureLexicon());
    expect(lists.MONTHS.has('fevrier')).toBe(true);
    expect(lists.NUMBER_WORDS.get('dreissig')).toBe(30);
  });

  it('is refused by loadDetector without the signatures', () => {
    expect(() => loadDetector(packMatcher(DATA))).toThrow();
  });

  it('keeps the first-word fingerprints and their flags', () => {
    const entries = new Map<number, number>();
    for (let i = 0; i < 2000; i++) entries.set(fingerprint(Math.imul(i + 1, 0x9e3779b1)), 1 + (i % 3));
    const set = new FingerprintSet(packFingerprints(entries));
    expect(set.size).toBe(entries.size);
    for (const [fp, flags] of entries) expect(set.get(fp)).toBe(flags);
    let misses = 0;
    for (let i = 0; i < 2000; i++) if (set.get(fingerprint(Math.imul(i + 5000, 0x85ebca6b))) === 0) misses++;
    expect(misses).toBeGreaterThan(1990);
  });
});
