import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/generate-pages';
import { AliasIndex } from '../../utils/detect/alias-index';
import { ScanState, scanBlock } from '../../utils/detect/block-scan';
import { type RawMatch, matchAt } from '../../utils/detect/match-at';
import { packMatcher } from '../../utils/detect/packed';
import { SKIP, UNIT_TABLE, computeUnit, specialIsWord, specialWidth } from '../../utils/text/char-table';
import { shippedMatcher } from '../kb/helpers';

/**
 * The scanner's filters (first-word fingerprints, first-word pairs, Russian
 * prefixes) only decide where the trie is walked. They must lose nothing: the
 * scan finds exactly what walking the trie at every word start finds.
 */
function referenceScan(text: string, index: AliasIndex): RawMatch[] {
  const out: RawMatch[] = [];
  let previousIsWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let e = UNIT_TABLE[c] as number;
    if (e === 0) e = computeUnit(c);
    const width = specialWidth(text, i, e);
    if ((e & SKIP) !== 0) {
      i += width;
      continue;
    }
    const isWord = specialIsWord(text, i, e);
    if (isWord && !previousIsWord) {
      const m = matchAt(text, i, index);
      if (m) {
        out.push(m);
        i = m.end;
        previousIsWord = false;
        continue;
      }
    }
    previousIsWord = isWord;
    i += width;
  }
  return out;
}

const SEPARATORS = [' ', ' ', ' ', '  ', '-', ' - ', '\u2014', '\u00a0', '\n', ', ', '.', ' \u00ad', '\u2019', ' (', '!!!!!! ', ' \u2013 \u2013 '];
const FILLERS = ['the', 'of', 'city', 'hall', 'state', 'Islamic', 'Crocus', 'Patrushev', 'ﬁre', 'Noël', 'e\u0301te\u0301', '😀', 'crocuses', 'Крокус', 'в', 'и', '2024', "l'", 'dell\u2019', 'К'];

/** Text made of pieces of aliases and the words around them, joined in many ways. */
function randomText(aliasTexts: readonly string[], random: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const parts: string[] = [];
  for (let n = 0; n < 60; n++) {
    let piece = random() < 0.5 ? pick(aliasTexts) : pick(FILLERS);
    const words = piece.split(' ');
    // Cut, recase, rejoin, inflect.
    if (words.length > 1 && random() < 0.3) words.length = 1 + Math.floor(random() * (words.length - 1));
    piece = words.map((w) => (random() < 0.2 ? w.toUpperCase() : random() < 0.2 ? w.toLowerCase() : w)).join(random() < 0.6 ? ' ' : pick(SEPARATORS));
    if (random() < 0.1) piece += pick(['\u2019s', "'s", 'е', 'а', 'ом', 'ого']);
    if (random() < 0.05) {
      const at = Math.floor(random() * piece.length);
      piece = piece.slice(0, at) + '\u00ad' + piece.slice(at);
    }
    parts.push(piece, pick(SEPARATORS));
  }
  return parts.join('');
}

const spans = (matches: readonly RawMatch[]) => matches.map((m) => [m.start, m.end, m.records.map((r) => JSON.stringify(r)).join()]);

describe('the exact scan against a walk of the trie at every word start', () => {
  let index: AliasIndex;
  let aliasTexts: string[];
  beforeAll(() => {
    const matcher = shippedMatcher();
    index = new AliasIndex(packMatcher(matcher));
    aliasTexts = matcher.aliases.map((a) => a.text);
  });

  it('finds the same matches in random text built from the KB aliases, whole and in slices', () => {
    const random = createRandom(4242);
    let found = 0;
    for (let round = 0; round < 300; round++) {
      const text = randomText(aliasTexts, random);
      const expected = spans(referenceScan(text, index));
      found += expected.length;

      const whole: RawMatch[] = [];
      scanBlock(text, index, whole);
      expect(spans(whole), text).toEqual(expected);

      const sliced: RawMatch[] = [];
      const state = new ScanState();
      for (let to = 1 + Math.floor(random() * 40); ; to += 1 + Math.floor(random() * 40)) {
        scanBlock(text, index, sliced, state, Math.min(to, text.length));
        if (to >= text.length) break;
      }
      expect(spans(sliced), text).toEqual(expected);
    }
    // The texts hold plenty of mentions (so the comparison means something).
    expect(found).toBeGreaterThan(3000);
  });
});
