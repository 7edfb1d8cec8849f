import { describe, expect, it } from 'vitest';
import { createDetector, loadDetector, packMatcher, scanPage } from '../../utils/detect';
import { AliasIndex } from '../../utils/detect/alias-index';
import { figureLexicon, unpackLexicon } from '../../utils/detect/figure-lexicon';
import { REC_CASE_SENSITIVE, REC_ENTITY_SHIFT, REC_MARK_STEP } from '../../utils/detect/packed-format';
import { FingerprintSet, packFingerprints, fingerprint } from '../../utils/detect/word-hash';
import { shippedMatcher } from '../kb/helpers';
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

  it("finds each key's records, and the case-kept forms of its own, from the mark before it", () => {
    const packed = packMatcher(shippedMatcher());
    const { keys, recs, recMarks, caseForms, ids } = packed;
    expect(recMarks).toHaveLength(2 * Math.ceil(keys.length / REC_MARK_STEP));
    const index = new AliasIndex(packed);
    // Last key first, so that no look-up leans on the one before it.
    const expected: { entity: string; caseForm: string }[][] = [];
    let lateForms = 0;
    for (let k = 0, at = 0, form = 0; k < keys.length; k++) {
      const list: { entity: string; caseForm: string }[] = [];
      for (let r = 1; r <= (recs[at] as number); r++) {
        const code = recs[at + r] as number;
        const sensitive = (code & REC_CASE_SENSITIVE) !== 0;
        if (sensitive && k % REC_MARK_STEP > 0 && form > 0) lateForms++;
        list.push({ entity: ids[code >>> REC_ENTITY_SHIFT] as string, caseForm: sensitive ? (caseForms[form++] as string) : '' });
      }
      at += (recs[at] as number) + 1;
      expected.push(list);
    }
    expect(lateForms).toBeGreaterThan(10);
    for (let k = keys.length - 1; k >= 0; k--) {
      expect(index.recordsOf(k).map(({ entity, caseForm }) => ({ entity, caseForm }))).toEqual(expected[k]);
    }
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
