import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../utils/detect/alias-index';
import { FuzzyMatcher, type FuzzyHit } from '../../utils/detect/fuzzy';
import { foldWithMap } from '../../utils/text';
import { CROCUS, DATA, ISISK, PATRUSHEV, run } from './fixtures';

const STRONG = 'Background: the Crocus City Hall attack.';

function fuzzyMarks(blocks: string[]): [string, string][] {
  return run(blocks)
    .mentions.filter((m) => m.fuzzy)
    .map((m) => [m.entity, m.text]);
}

const ENGLISH_PROSE = [
  'Patrick and Patricia patrolled the park past the pastry shop while a patriotic parade passed.',
  'Korean and Kosovo delegates, Korans on a shelf, a Khorasani rug and an island state museum.',
  'Patterns of patronage: the patriarch patented a partition; Patrushin, a different surname, wrote poems.',
  'Islamists, Islamabad, islands and Isabella; wilderness, windows and wildlife; Nikolaev and Nicolette.',
  'Critics crossed the crowded city hall; crocodiles and croquettes; Wiltshire villages wait.',
];
const RUSSIAN_PROSE = [
  'Патриарх выступил перед патриотами, а партнёры обсуждали патрули и патроны.',
  'Петрушка росла у окна; Патрушин, однофамилец, писал стихи; Исламабад далеко.',
  'Кроссовки, кролики и кружки стояли в ряд; Николаев и Никитин спорили о погоде.',
];
const OTHER_PROSE = [
  'I patrioti italiani e i patrocinatori pattugliavano le isole; Isabella e Vilayet.',
  'Les patrouilles et les patrons patientaient; Patrouille de France, patrimoine, Patricien.',
  'Die Patrouillen und Patrizier warteten; Patriotismus, Inselstaat, Wilhelmshaven.',
  'Las patrullas y los patrocinadores patinaban; Isabela, islámicos, islamistas y Wilfredo.',
];

describe('misspellings (fuzzy)', () => {
  it('finds misspelled long aliases on a page with a strong mention', () => {
    expect(fuzzyMarks([STRONG, 'Then ISIS-Korasan, also called Wilahyat Khorasan, was named; Patrushew agreed.'])).toEqual([
      [ISISK, 'ISIS-Korasan'],
      [ISISK, 'Wilahyat Khorasan'],
      [PATRUSHEV, 'Patrushew'],
    ]);
    expect(fuzzyMarks([STRONG, 'Патрушов прокомментировал.'])).toEqual([[PATRUSHEV, 'Патрушов']]);
    expect(fuzzyMarks([STRONG, 'Islamic State Khorasan Provnce and Stato Islamico del Korasan.'])).toEqual([
      [ISISK, 'Islamic State Khorasan Provnce'],
      [ISISK, 'Stato Islamico del Korasan'],
    ]);
  });

  it('looks nowhere on pages without a strong mention', () => {
    expect(run('ISIS-Korasan and Wilahyat Khorasan; Patrushew agreed.')).toEqual({ mentions: [], figures: [] });
    // Weak and fuzzy mentions are no gate either.
    expect(run('Crocus. Patruchev. Wilahyat Khorasan.').mentions.map((m) => m.text)).toEqual(['Patruchev']);
  });

  it('lets a misspelled long name replace the weak short match inside it', () => {
    const r = run([STRONG, 'ISIS-Korasan claimed it.']);
    expect(r.mentions.filter((m) => m.block === 1).map((m) => [m.entity, m.text, m.fuzzy])).toEqual([
      [ISISK, 'ISIS-Korasan', true],
    ]);
  });

  it('never overlaps exact strong mentions and ignores exact spellings', () => {
    const r = run([STRONG, 'Patrushev and Nikolai Patrushev; Wilayat Khorasan.']);
    expect(r.mentions.filter((m) => m.fuzzy)).toEqual([]);
  });

  it('finds nothing in ordinary prose of six languages', () => {
    expect(fuzzyMarks([STRONG, ...ENGLISH_PROSE, ...RUSSIAN_PROSE, ...OTHER_PROSE])).toEqual([]);
    // And the whole page yields only the strong mention.
    expect(run([STRONG, ...ENGLISH_PROSE, ...RUSSIAN_PROSE, ...OTHER_PROSE]).mentions.map((m) => m.entity)).toEqual([CROCUS]);
  });

  it('runs Fuse only on candidates that pass the prefilter, not on every word', () => {
    const fuzzy = new FuzzyMatcher(buildAliasIndex(DATA));
    const prose = [...ENGLISH_PROSE, ...RUSSIAN_PROSE, ...OTHER_PROSE].join(' ').repeat(20);
    const words = prose.split(/\s+/).length;
    const hits: FuzzyHit[] = [];
    const gen = fuzzy.findInBlock(foldWithMap(prose), () => false, hits, 100);
    let yields = 0;
    while (!gen.next().done) yields++;
    expect(hits).toEqual([]);
    expect(yields).toBeGreaterThan(10);
    expect(fuzzy.searches).toBeLessThan(words / 10);
  });
});
