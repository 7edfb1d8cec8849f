import { describe, expect, it } from 'vitest';
import { MENTIONS, createRandom } from '../../scripts/bench/generate-pages';
import { cutMatcher, namedIn } from '../../scripts/bench/synthetic-aliases';
import { createDetector, scanPage } from '../../utils/detect';
import type { MatcherAlias, MatcherData, MatcherEntity } from '../../utils/kb/matcher-data';
import { shippedMatcher } from '../kb/helpers';
import { DATA, alias } from './fixtures';
import { SAMPLE_PAGE } from './sample-page';


const LATIN = 'bcdfghjklmnpqrstvwxzaeiouy';
const CYRILLIC = 'бвгдзклмнпрстфхцчшщжаеиоуыэюя';
/** First words shared with real aliases, so trie walks go deep before failing. */
const SHARED_FIRST = ['Crocus', 'Crocus City', 'Patrushev', 'Nikolai', 'Islamic', 'Islamic State', 'ISIS', 'Wilayat', 'Крокус', 'Патрушев', 'Stato'];

function syntheticData(count: number): MatcherData {
  const rand = createRandom(20240322);
  const word = (alphabet: string): string => {
    const n = 6 + Math.floor(rand() * 7);
    let w = '';
    for (let i = 0; i < n; i++) w += alphabet[Math.floor(rand() * alphabet.length)];
    return w[0]?.toUpperCase() + w.slice(1);
  };
  const aliases: MatcherAlias[] = [...DATA.aliases];
  const entities: MatcherEntity[] = [...DATA.entities];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${Math.floor(i / 10)}`;
    if (i % 10 === 0) entities.push({ id, type: 'thing', name: id, related: [], excludeContexts: [] });
    const r = rand();
    const cyr = r < 0.3;
    const alphabet = cyr ? CYRILLIC : LATIN;
    let text: string;
    if (r < 0.15 || (r >= 0.3 && r < 0.5)) {
      text = `${SHARED_FIRST[Math.floor(rand() * SHARED_FIRST.length)]} ${word(alphabet)}`;
    } else {
      const words = 1 + Math.floor(rand() * 3);
      text = Array.from({ length: words }, () => word(alphabet)).join(rand() < 0.2 ? '-' : ' ');
    }
    aliases.push(alias(text, id, cyr ? 'ru' : 'en', { weak: rand() < 0.1, caseSensitive: rand() < 0.02 }));
  }
  return { ...DATA, entities, aliases };
}

describe('100,000 aliases', () => {
  it('give the same results on the sample page as the small set', () => {
    const data = syntheticData(100_000);
    expect(data.aliases.length).toBeGreaterThanOrEqual(100_000);
    const big = createDetector(data);
    const small = createDetector(DATA);
    const page = [...SAMPLE_PAGE, 'Crocus Zzqq and Patrushev Kkxx are near-misses of synthetic aliases.'];
    const expected = scanPage(small, page);
    expect(expected.mentions.length).toBeGreaterThan(15);
    expect(scanPage(big, page)).toEqual(expected);
  }, 60_000);

  it('still find a synthetic alias that is on the page', () => {
    const data = syntheticData(100_000);
    const probe = data.aliases.find((a) => a.entity.startsWith('synthetic-') && !a.weak && !a.caseSensitive && / /.test(a.text));
    expect(probe).toBeDefined();
    const r = scanPage(createDetector(data), [`Before ${probe?.text ?? ''} after.`]);
    expect(r.mentions.map((m) => [m.entity, m.text])).toContainEqual([probe?.entity, probe?.text]);
  }, 60_000);
});

describe('the KB cut down for the benchmark', () => {
  const sentences = MENTIONS.map((sentence) => sentence.replace(/<[^>]+>/g, ''));
  const named = namedIn(sentences.join(' '));

  it('keeps the aliases the generated pages name, so it marks there what the whole KB marks', () => {
    const whole = shippedMatcher();
    const cut = cutMatcher(whole, 150, named);
    expect(cut.aliases).toHaveLength(150);
    expect(cut.aliases.filter(named)).toEqual(whole.aliases.filter(named));
    const expected = scanPage(createDetector(whole), sentences);
    expect(expected.mentions.length).toBeGreaterThanOrEqual(5);
    expect(expected.figures.length).toBeGreaterThan(0);
    expect(scanPage(createDetector(cut), sentences)).toEqual(expected);
  }, 60_000);

  it('takes whole words only, in any case, and refuses a size that cannot hold them', () => {
    expect(named(alias('crocus city hall', 'x', 'en'))).toBe(true);
    expect(named(alias('Crocus City Halls', 'x', 'en'))).toBe(false);
    expect(named(alias('City', 'x', 'en'))).toBe(true);
    expect(named(alias('Cit', 'x', 'en'))).toBe(false);
    expect(() => cutMatcher(shippedMatcher(), 5, named)).toThrow(/cannot be cut to 5 aliases/);
  });
});
