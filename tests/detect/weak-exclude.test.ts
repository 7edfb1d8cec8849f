import { describe, expect, it } from 'vitest';
import { shippedMatcher } from '../kb/helpers';
import { createDetector } from '../../utils/detect';
import { CROCUS, DATA, IS, ISISK, PATRUSHEV, alias, marks, run } from './fixtures';

describe('weak aliases', () => {
  it('drop a weak alias without supporting context', () => {
    expect(marks(run('Crocus is in the news.'))).toEqual([]);
    expect(marks(run('Isis was mentioned.'))).toEqual([]);
    expect(marks(run('In Крокусе было тихо.'))).toEqual([]);
  });

  it('keep a weak alias next to a strong mention of the same entity (same block)', () => {
    expect(marks(run('At Crocus City Hall, the Crocus staff fled.'))).toEqual([
      [CROCUS, 'Crocus City Hall'],
      [CROCUS, 'Crocus'],
    ]);
  });

  it('keep a weak alias when the support is elsewhere on the page', () => {
    const r = run(['Crocus reopened later.', 'Nothing else here.', 'The Crocus City Hall attack shook Moscow.']);
    expect(r.mentions.map((m) => [m.block, m.entity, m.text])).toEqual([
      [0, CROCUS, 'Crocus'],
      [2, CROCUS, 'Crocus City Hall attack'],
    ]);
  });

  it('accept support from a related entity, in either direction', () => {
    // isis-k lists islamic-state as related.
    expect(marks(run('ISIS-K grew out of Isis.'))).toEqual([
      [ISISK, 'ISIS-K'],
      [IS, 'Isis'],
    ]);
    // nikolai-patrushev lists the attack as related; the attack does not list him back: still related.
    expect(marks(run('Patrushev spoke about Crocus.'))).toEqual([
      [PATRUSHEV, 'Patrushev'],
      [CROCUS, 'Crocus'],
    ]);
  });

  it('do not chain relations: a related entity of a related entity is no support', () => {
    // islamic-state is related to the attack and to isis-k, not to Patrushev.
    expect(marks(run('Patrushev said nothing of Isis.'))).toEqual([[PATRUSHEV, 'Patrushev']]);
  });

  it('take support from an event that a place related to it names strongly (the venue names the attack)', () => {
    const d = createDetector({
      ...DATA,
      entities: [
        ...DATA.entities,
        { id: 'crocus-city-hall', type: 'place', name: 'Crocus City Hall', related: [CROCUS], excludeContexts: [] },
        { id: 'moscow', type: 'place', name: 'Moscow', related: [CROCUS], excludeContexts: [] },
      ],
      aliases: [
        ...DATA.aliases.filter((a) => a.text !== 'Crocus City Hall'),
        alias('Crocus City Hall', 'crocus-city-hall'),
        alias('Moscow', 'moscow', 'en', { weak: true }),
      ],
    });
    // The venue is a place related to the attack, which IS is related to.
    expect(marks(run('Gunmen stormed Crocus City Hall. IS claimed it.', d))).toEqual([
      ['crocus-city-hall', 'Crocus City Hall'],
      [IS, 'IS'],
    ]);
    // A place named only weakly puts no event in view.
    expect(marks(run('Moscow said IS claimed it.', d))).toEqual([]);
  });

  it('are not supported by other weak or fuzzy mentions', () => {
    expect(marks(run('Crocus and Isis and IS.'))).toEqual([]);
    expect(run('Patruchev and Crocus.').mentions.map((m) => [m.text, m.fuzzy])).toEqual([['Patruchev', true]]);
  });
});

describe('exclude contexts', () => {
  it('rule out a match they overlap or touch', () => {
    const page = [
      'The Crocus City Hall attack happened in March.',
      'Unrelated: the temple of Isis stood on an island; the goddess Isis was worshipped there.',
      'Plant crocus bulbs in autumn; crocus corms are cheap. Saffron crocus is another plant.',
    ];
    const r = run(page);
    expect(r.mentions.map((m) => [m.block, m.entity, m.text])).toEqual([[0, CROCUS, 'Crocus City Hall attack']]);
  });

  it('leave other matches in the same block alone', () => {
    const r = run('After the Crocus City Hall attack, Isis cells were hunted; a museum shows the goddess Isis.');
    expect(marks(r)).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      [IS, 'Isis'],
    ]);
    expect(r.mentions[1]?.start).toBe(r.mentions[1] && 'After the Crocus City Hall attack, '.length);
  });

  it('match phrases in folded form with small inflections', () => {
    expect(marks(run('Crocus City Hall. CROCUS\u00a0BULBS sale: Crocus bulbs.'))).toEqual([[CROCUS, 'Crocus City Hall']]);
    expect(marks(run('Crocus City Hall. The TEMPLE\u00a0OF ISIS’s gate; a Goddess-Isis statue.'))).toEqual([[CROCUS, 'Crocus City Hall']]);
    // Sentence punctuation separates: "Crocus City Hall. Crocus bulbs" keeps the first.
    expect(marks(run('It was Crocus City Hall. Crocus bulbs were on sale nearby.'))).toEqual([[CROCUS, 'Crocus City Hall']]);
  });

  it('give a gardening page about crocuses no marks', () => {
    const r = run([
      'Crocus: a spring favourite',
      'Crocuses open early in the year. Buy crocus bulbs in September and plant them 8 cm deep.',
      'The Crocus looks best in groups of 25 or more; water 2 times a week.',
      'Saffron crocus needs sun. 137 corms cost $40.',
    ]);
    expect(r).toEqual({ mentions: [], figures: [] });
  });

  it('give a page about the goddess Isis no marks', () => {
    const r = run([
      'Isis in Egyptian religion',
      'The goddess Isis was the wife of Osiris. IS IT TRUE that the temple of Isis moved?',
      'Isis and Osiris were worshipped for centuries; Isis appears in many hymns.',
      "La déesse Isis était vénérée. L'EI n'a rien à voir ici.",
    ]);
    expect(r).toEqual({ mentions: [], figures: [] });
  });
});

describe('acronyms that are everyday words', () => {
  const STRONG = 'The Crocus City Hall attack.';

  it('are not taken next to a word in capitals, where their case says nothing', () => {
    expect(marks(run([STRONG, 'ATTACK NEAR MOSCOW: WHAT IS KNOWN SO FAR']))).toEqual([[CROCUS, 'Crocus City Hall attack']]);
    expect(marks(run([STRONG, 'Read on. WHAT IS KNOWN SO FAR']))).toEqual([[CROCUS, 'Crocus City Hall attack']]);
    expect(marks(run([STRONG, "L'EI A REVENDIQUÉ"]))).toEqual([[CROCUS, 'Crocus City Hall attack']]);
  });

  it('are taken in ordinary text, and at the start or end of a block', () => {
    expect(marks(run([STRONG, 'IS fighters were seen; the claim came from IS.']))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      [IS, 'IS'],
      [IS, 'IS'],
    ]);
    // Other acronyms around it are no headline in capitals.
    expect(marks(run([STRONG, 'The FSB said IS was behind it.']))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      [IS, 'IS'],
    ]);
  });

  it('leave weak names with small letters to be taken in capitals amid capitals', () => {
    const d = createDetector({
      ...DATA,
      entities: [...DATA.entities, { id: 'moscow', name: 'Moscow', type: 'place', related: [CROCUS], excludeContexts: [] }],
      aliases: [...DATA.aliases, alias('Mosca', 'moscow', 'it', { caseSensitive: true, weak: true })],
    });
    expect(marks(run([STRONG, 'ATTENTATO A MOSCA, LE ULTIME NOTIZIE'], d))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      ['moscow', 'MOSCA'],
    ]);
    // A dateline.
    expect(marks(run([STRONG, 'MOSCA – Alle 19.58 di sabato il commando è entrato.'], d))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      ['moscow', 'MOSCA'],
    ]);
    // Not in lower case, not in capitals amid small letters, and not without the support a weak name needs.
    expect(marks(run([STRONG, 'Una mosca sul tavolo. Poi MOSCA, disse.'], d))).toEqual([[CROCUS, 'Crocus City Hall attack']]);
    expect(marks(run(['ATTENTATO A MOSCA, LE ULTIME NOTIZIE'], d))).toEqual([]);
  });

  it('leave out the media and companies named after a place (the KB)', () => {
    const kb = createDetector(shippedMatcher());
    const page = ['After the Crocus City Hall attack, The Washington Post, France 24 and The Moscow Times reported from Moscow.'];
    expect(marks(run(page, kb))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      ['moscow', 'Moscow'],
    ]);
  });

  it('are marked so by the compiler', () => {
    const matcher = shippedMatcher();
    const wordLike = (text: string) => matcher.aliases.filter((a) => a.text === text).map((a) => a.wordLike ?? false);
    expect(wordLike('IS')).toContain(true);
    expect(wordLike('ISKP')).not.toContain(true);
  });
});
