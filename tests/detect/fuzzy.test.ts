import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/generate-pages';
import { growMatcher } from '../../scripts/bench/synthetic-aliases';
import { AliasIndex } from '../../utils/detect/alias-index';
import { DetectorParts } from '../../utils/detect/detector';
import { type FuzzyTarget, FuzzyMatcher, forEachTarget, maxErrors, targets } from '../../utils/detect/fuzzy';
import { findInText } from './fuzzy-reference';
import { packMatcher } from '../../utils/detect/packed';
import { BlockPass } from '../../utils/detect/page-pass';
import { signaturePieces } from '../../utils/detect/signatures';
import { createDetector } from '../../utils/detect';
import type { MatcherData } from '../../utils/kb/matcher-data';
import { CROCUS, DATA, IS, ISISK, PATRUSHEV, alias, run } from './fixtures';

const STRONG = 'Background: the Crocus City Hall attack.';

/** All the targets of the matcher data, with their signatures, in target order (what every page searched before pages had subjects). */
function allTargets(data: MatcherData = DATA): FuzzyTarget[] {
  return [...targets(new AliasIndex(packMatcher(data)))].map((t) => ({ ...t, pieces: signaturePieces(t.norm, maxErrors(t.norm) + 1) }));
}

/** Runs a generator to its end; its return value. */
function drain<T>(g: Generator<void, T, void>): T {
  for (;;) {
    const step = g.next();
    if (step.done) return step.value;
  }
}

/** The entity indexes of `ids` in the packed form of `data`. */
function indexes(data: MatcherData, ids: string[]): number[] {
  const packed = packMatcher(data);
  return ids.map((id) => packed.ids.indexOf(id));
}

const BORTNIKOV = 'alexander-bortnikov';
/** The test data and an entity related to none of it. */
const WITH_UNRELATED: MatcherData = {
  ...DATA,
  entities: [...DATA.entities, { id: BORTNIKOV, type: 'person', name: 'Alexander Bortnikov', related: [], excludeContexts: [] }],
  aliases: [...DATA.aliases, alias('Alexander Bortnikov', BORTNIKOV), alias('Bortnikov', BORTNIKOV)],
};

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
    // Also a weak alias of the same subject: the whole misspelled name says more than "Crocus".
    const same = run([STRONG, 'The Crocus Citty Hall burned.']);
    expect(same.mentions.filter((m) => m.block === 1).map((m) => [m.entity, m.text, m.fuzzy])).toEqual([
      [CROCUS, 'Crocus Citty Hall', true],
    ]);
  });

  it('takes no run that goes on past a name into the sentence for a misspelling of it', () => {
    const COMMITTEE = 'investigative-committee-of-russia';
    const d = createDetector({
      ...DATA,
      entities: [
        ...DATA.entities,
        { id: COMMITTEE, type: 'government-body', name: 'Investigative Committee of Russia', related: [CROCUS], excludeContexts: [] },
      ],
      aliases: [...DATA.aliases, alias('Comité de Investigación ruso', COMMITTEE, 'es')],
    });
    const possible = (block: string): [string, string][] =>
      run([STRONG, block], d)
        .mentions.filter((m) => m.fuzzy)
        .map((m) => [m.entity, m.text]);
    // "habló" is within the errors allowed for the whole name, but it is another word, not a misspelling of "ruso".
    expect(possible('El Comité de Investigación habló el domingo.')).toEqual([]);
    expect(possible('El Comité de Investigación dijo que no.')).toEqual([]);
    // A misspelled last word, or another word inside the name, still makes a possible mention.
    expect(possible('El Comité de Investigación rusa habló.')).toEqual([[COMMITTEE, 'Comité de Investigación rusa']]);
    expect(possible('Lo Stato Islamico di Khorasan ha parlato.')).toEqual([[ISISK, 'Stato Islamico di Khorasan']]);
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

  it('lets Fuse.js decide which of the candidates the prefilters leave are misspellings, and of what', () => {
    const fuzzy = new FuzzyMatcher(allTargets());
    /** The entity found for `text` (a lone run), and whether Fuse.js scored some target for it (it passed the prefilters). */
    const decide = (text: string): [string | null, boolean] => {
      const before = fuzzy.searches;
      return [findInText(fuzzy, text)[0]?.entity ?? null, fuzzy.searches > before];
    };
    // "Patrushev" (9 letters) allows one error; two are too many, though they pass the prefilters.
    expect(decide('Patrushew')).toEqual([PATRUSHEV, true]);
    expect(decide('Patrushww')).toEqual([null, true]);
    // Fuse.js finds a pattern anywhere in a text, the text's letters around it free, so the words are matched with the
    // spaces around them, and both ways: a letter added at one end of a word and one dropped at the other are two errors.
    expect(decide('Islamic Stat')).toEqual([IS, true]);
    expect(decide('Islamic Xstat')).toEqual([null, true]);
    expect(decide('Patrshevx')).toEqual([null, true]);
    // Ordinary words never reach it.
    expect(decide('Patrick')).toEqual([null, false]);
    expect(decide('Korean')).toEqual([null, false]);
    // A longer name allows more: "Islamic State Khorasan Province" (31 letters) four errors, not five.
    expect(decide('Islamik Stat Korasan Provinse')).toEqual([ISISK, true]);
    expect(decide('Islamic State Korasan Prxyzzce')).toEqual([null, true]);
    // A word longer than Fuse.js matches in one go (32 units with its spaces) is scored in pieces.
    const MCHS = 'mchs-russia';
    const long = allTargets({
      ...DATA,
      entities: [...DATA.entities, { id: MCHS, type: 'government-body', name: 'MChS', related: [], excludeContexts: [] }],
      aliases: [...DATA.aliases, alias('Katastrophenschutzministerium Russlands', MCHS, 'de')],
    });
    const matcher = new FuzzyMatcher(long);
    expect(findInText(matcher, 'Katastrophenschutzministeriumms Russlands').map((h) => h.entity)).toEqual([MCHS]);
    expect(findInText(matcher, 'Katastrophenschutzministerialamt Russlands')).toEqual([]);
  });

  it('looks for misspellings only near a mention (three blocks either side)', () => {
    const filler = 'Nothing to see here.';
    const at = (gap: number): string[] => [STRONG, ...Array.from({ length: gap - 1 }, () => filler), 'Then Patrushew agreed.'];
    expect(fuzzyMarks(at(3))).toEqual([[PATRUSHEV, 'Patrushew']]);
    expect(fuzzyMarks(at(4))).toEqual([]);
  });

  it('looks closely only at the runs of words the signature filter lets through', () => {
    const fuzzy = new FuzzyMatcher(allTargets());
    const prose = [...ENGLISH_PROSE, ...RUSSIAN_PROSE, ...OTHER_PROSE].join(' ').repeat(20);
    const words = prose.split(/\s+/).length;
    const pass = new BlockPass(fuzzy, null);
    pass.begin(prose, () => false);
    let steps = 1;
    while (!pass.run(1000)) steps++;
    expect(pass.hits).toEqual([]);
    expect(steps).toBeGreaterThan(10);
    expect(fuzzy.searches).toBeLessThan(words / 10);
  });

  it('finds in the page pass exactly what the reference search over every run finds', () => {
    const fuzzy = new FuzzyMatcher(allTargets());
    const random = createRandom(99);
    const targets: string[] = [];
    forEachTarget(new AliasIndex(packMatcher(DATA)), (norm) => targets.push(norm));
    const filler = [...ENGLISH_PROSE, ...RUSSIAN_PROSE, ...OTHER_PROSE].join(' ').split(' ');
    const pass = new BlockPass(fuzzy, null);
    let hits = 0;
    for (let b = 0; b < 300; b++) {
      const parts: string[] = [];
      for (let w = 0; w < 30; w++) {
        const r = random();
        if (r < 0.1) parts.push(mutate(targets[Math.floor(random() * targets.length)] ?? '', 1 + Math.floor(random() * 3), random));
        else if (r < 0.13) parts.push(targets[Math.floor(random() * targets.length)] ?? '');
        else parts.push(filler[Math.floor(random() * filler.length)] ?? '');
        parts.push(['  ', ' - ', '-', ', ', ' \u0301', '\u00ad', ' ß '][Math.floor(random() * 7)] ?? ' ');
      }
      const block = parts.join('');
      // Some exact spans rule runs out, as exact mentions do on a page.
      const blocked = (start: number, end: number): boolean => (start * 7 + end) % 11 === 0;
      const expected = findInText(fuzzy, block, blocked);
      pass.begin(block, blocked);
      while (!pass.run(37));
      expect(pass.hits, block).toEqual(expected);
      hits += expected.length;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('looks only for the subjects of the page: the strongly mentioned entities and those related to them', () => {
    const d = createDetector(WITH_UNRELATED);
    const possible = (blocks: string[]): [string, string][] =>
      run(blocks, d)
        .mentions.filter((m) => m.fuzzy)
        .map((m) => [m.entity, m.text]);
    // (No exact alias inside: "Stato Islamico del Korasan" would make the Islamic State strong.)
    const misspelt = 'ISIS-Korasan, Islamischer Staaat, Patrushew and Bortnikow spoke.';
    // ISIS-K is strong; Islamic State is related to it, the attack relates to it; Patrushev only to the attack.
    expect(possible(['ISIS-K claimed the attack.', misspelt])).toEqual([
      [ISISK, 'ISIS-Korasan'],
      [IS, 'Islamischer Staaat'],
    ]);
    // The attack is strong: Patrushev and ISIS-K are related to it; Bortnikov is related to nothing on the page.
    expect(possible([STRONG, misspelt])).toEqual([
      [ISISK, 'ISIS-Korasan'],
      [IS, 'Islamischer Staaat'],
      [PATRUSHEV, 'Patrushew'],
    ]);
    expect(possible(['Nikolai Patrushev spoke.', misspelt])).toEqual([[PATRUSHEV, 'Patrushew']]);
    expect(possible(['Alexander Bortnikov spoke.', misspelt])).toEqual([[BORTNIKOV, 'Bortnikow']]);
  });

  it('makes a page a matcher of its subjects only, however large the knowledge base', () => {
    const grown = growMatcher(WITH_UNRELATED, 3_000, ['harbour'], 0).matcher;
    const packed = JSON.parse(JSON.stringify(packMatcher(grown, { signatures: true })));
    const parts = new DetectorParts(packed, packed.signatures);
    const all = allTargets(grown);
    expect(all.length).toBeGreaterThan(2_000);
    const subjects = parts.subjects(indexes(grown, [ISISK]));
    expect([...subjects].map((e) => packed.ids[e]).sort()).toEqual([CROCUS, IS, ISISK].sort());
    const page = drain(parts.makeFuzzy(subjects));
    const own = all.filter((t) => [CROCUS, IS, ISISK].includes(t.entity));
    expect(page.size).toBe(own.length);
    expect(page.size).toBeLessThan(20);
    // And it finds what a matcher of those targets finds, as the reference search does; no synthetic entity.
    const reference = new FuzzyMatcher(own);
    const random = createRandom(7);
    const pass = new BlockPass(page, null);
    let hits = 0;
    for (let b = 0; b < 100; b++) {
      const runs: string[] = [];
      for (let w = 0; w < 20; w++) {
        const t = all[Math.floor(random() * all.length)] as FuzzyTarget;
        const mine = own[Math.floor(random() * own.length)] as FuzzyTarget;
        runs.push(mutate(random() < 0.5 ? t.norm : mine.norm, 1, random));
      }
      const block = runs.join(', ');
      const expected = findInText(reference, block);
      pass.begin(block, () => false);
      while (!pass.run(100));
      expect(pass.hits, block).toEqual(expected);
      expect(findInText(page, block)).toEqual(expected);
      hits += expected.length;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('lets the same target win on a page as among all targets when two are equally near', () => {
    const TWIN = 'khorasan-twin';
    // The twin's record of the shared key comes first, though the entity comes later.
    const data: MatcherData = {
      ...DATA,
      entities: [...DATA.entities, { id: TWIN, type: 'organization', name: 'Twin', related: [ISISK], excludeContexts: [] }],
      aliases: [alias('Wilayat Khorasan', TWIN), ...DATA.aliases],
    };
    const block = 'Wilahyat Khorasan was named.';
    expect(findInText(new FuzzyMatcher(allTargets(data)), block).map((h) => h.entity)).toEqual([TWIN]);
    const possible = run(['ISIS-K claimed the attack.', block], createDetector(data)).mentions.filter((m) => m.fuzzy);
    expect(possible.map((m) => [m.entity, m.text])).toEqual([[TWIN, 'Wilahyat Khorasan']]);
  });

  it('gives every target k + 1 disjoint pieces of its words', () => {
    forEachTarget(new AliasIndex(packMatcher(DATA)), (norm) => {
      const count = maxErrors(norm) + 1;
      const pieces = signaturePieces(norm, count);
      expect(pieces).toHaveLength(count);
      let end = -1;
      for (const code of pieces) {
        const offset = code >>> 4;
        const q = (code >>> 1) & 7;
        const anchored = (code & 1) !== 0;
        expect(offset).toBeGreaterThanOrEqual(end);
        expect(norm.slice(offset, offset + q)).not.toMatch(/ /);
        if (anchored) expect(offset === 0 || norm[offset - 1] === ' ').toBe(true);
        end = offset + q;
      }
    });
  });
});


/** `s` with `k` random edits (substitution, deletion, insertion). */
function mutate(s: string, k: number, random: () => number): string {
  for (let j = 0; j < k; j++) {
    const i = Math.floor(random() * (s.length + 1));
    const c = 'aeiorstkхас'[Math.floor(random() * 11)] ?? 'a';
    const r = random();
    s = r < 0.33 ? s.slice(0, i) + c + s.slice(i + 1) : r < 0.66 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + c + s.slice(i);
  }
  return s;
}
