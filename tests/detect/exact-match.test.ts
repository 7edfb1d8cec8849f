import { describe, expect, it } from 'vitest';
import { createDetector } from '../../utils/detect';
import { CROCUS, DATA, IS, ISISK, PATRUSHEV, alias, marks, run } from './fixtures';

describe('exact matching', () => {
  it('reports offsets into the original block text', () => {
    const text = 'Reports on the Crocus City Hall attack kept coming.';
    const r = run(['nothing here', text]);
    expect(r.mentions).toEqual([
      { entity: CROCUS, block: 1, start: 15, end: 38, text: 'Crocus City Hall attack', fuzzy: false },
    ]);
    const m = r.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe(m?.text);
  });

  it('prefers the longest alias', () => {
    expect(marks(run('A branch called Islamic State Khorasan Province grew.'))).toEqual([
      [ISISK, 'Islamic State Khorasan Province'],
    ]);
    expect(marks(run('The Islamic State lost its territory.'))).toEqual([[IS, 'Islamic State']]);
    expect(marks(run('Crocus City Hall attack'))).toEqual([[CROCUS, 'Crocus City Hall attack']]);
    expect(marks(run('They met near Crocus City Hall yesterday.'))).toEqual([[CROCUS, 'Crocus City Hall']]);
    expect(marks(run('Statements from ISIS-Khorasan and ISIS-K followed.'))).toEqual([
      [ISISK, 'ISIS-Khorasan'],
      [ISISK, 'ISIS-K'],
    ]);
  });

  it('falls back to a shorter alias when the longer one does not end at a word boundary', () => {
    // "Crocus City Hallway" is no match of the long alias; "Crocus" alone is weak and unsupported.
    expect(marks(run('The Crocus City Hallway exhibit.'))).toEqual([]);
    expect(marks(run('The Crocus City Hallway, unlike Crocus City Hall, is fictional.'))).toEqual([
      [CROCUS, 'Crocus'],
      [CROCUS, 'Crocus City Hall'],
    ]);
  });

  it('requires word boundaries at both ends', () => {
    expect(marks(run('Patrushevsky and unPatrushev are not the man; XPatrushev neither.'))).toEqual([]);
    expect(marks(run('Crocuses and crocusfield are flowers.'))).toEqual([]);
    expect(marks(run('anti-Patrushev slogans'))).toEqual([[PATRUSHEV, 'Patrushev']]);
  });

  it('matches across unified dashes, spaces, case and diacritics', () => {
    expect(marks(run('isis\u2011k, ISIS\u2013K and Isis\u2014k'))).toEqual([
      [ISISK, 'isis\u2011k'],
      [ISISK, 'ISIS\u2013K'],
      [ISISK, 'Isis\u2014k'],
    ]);
    expect(marks(run('CROCUS\u00a0CITY  HALL and crocus\ncity hall'))).toEqual([
      [CROCUS, 'CROCUS\u00a0CITY  HALL'],
      [CROCUS, 'crocus\ncity hall'],
    ]);
    expect(marks(run('Nikolaj: Patru\u00adshev; Etat islamique'))).toEqual([
      [PATRUSHEV, 'Patru\u00adshev'],
      [IS, 'Etat islamique'],
    ]);
  });

  it("keeps an abbreviation's last dot, written close or spaced", () => {
    const d = createDetector({
      ...DATA,
      entities: [...DATA.entities, { id: 'usa', name: 'United States', type: 'place', related: [], excludeContexts: [] }],
      aliases: [
        ...DATA.aliases,
        alias('U.S.', 'usa', 'en', { caseSensitive: true }),
        alias('U.S.A.', 'usa', 'en', { caseSensitive: true }),
        alias('EE. UU.', 'usa', 'es', { caseSensitive: true }),
      ],
    });
    expect(marks(run('The U.S. and the U.S.A., then EE. UU. and the U.S.-led plan.', d))).toEqual([
      ['usa', 'U.S.'],
      ['usa', 'U.S.A.'],
      ['usa', 'EE. UU.'],
      ['usa', 'U.S.'],
    ]);
    // Other final marks still go: a name's full stop is not part of it.
    expect(marks(run('He met Patrushev.'))).toEqual([[PATRUSHEV, 'Patrushev']]);
  });

  it('keeps the last dot of initials after a name', () => {
    const d = createDetector({
      ...DATA,
      entities: [...DATA.entities, { id: 'mirzoev', name: 'Dalerdzhon Mirzoev', type: 'person', related: [], excludeContexts: [] }],
      aliases: [...DATA.aliases, alias('Mirzoev D.B.', 'mirzoev')],
    });
    expect(marks(run('The accused testified; Mirzoev D.B. and the others are held.', d))).toEqual([['mirzoev', 'Mirzoev D.B.']]);
  });

  it('marks no name inside a handle or an address, but one in a hashtag', () => {
    expect(marks(run('Posts by @patrushev_fan, patrushev_2024 and at patrushev.ru; #Patrushev and Patrushev.'))).toEqual([
      [PATRUSHEV, 'Patrushev'],
      [PATRUSHEV, 'Patrushev'],
    ]);
  });

  it('marks only the name in possessives', () => {
    for (const apo of ["'", '’', 'ʼ']) {
      expect(marks(run(`Patrushev${apo}s view was clear.`))).toEqual([[PATRUSHEV, 'Patrushev']]);
    }
    expect(marks(run('Crocus City Hall’s owners spoke.'))).toEqual([[CROCUS, 'Crocus City Hall']]);
  });

  it('treats an elided article as a word boundary (it, fr)', () => {
    const cases: [string, string][] = [
      ["Il ruolo dell'ISIS-K e dell’Isis nel Crocus City Hall.", 'ISIS-K'],
      ['Secondo l’Isis-K, dopo il Crocus City Hall.', 'Isis-K'],
      ["Rivendicato dall’ISIS-K. Crocus City Hall.", 'ISIS-K'],
      ["Attribuito all'ISIS-K; Crocus City Hall.", 'ISIS-K'],
      ['Nell’ISIS-K, sull’ISIS-K. Crocus City Hall.', 'ISIS-K'],
      ["L'attaque d’ISIS-K au Crocus City Hall.", 'ISIS-K'],
    ];
    for (const [text, name] of cases) {
      const found = marks(run(text)).filter(([e]) => e === ISISK);
      expect(found.length, text).toBeGreaterThan(0);
      expect(found[0]?.[1]).toBe(name);
    }
    const r = run("Dopo il Crocus City Hall, la rivendicazione dell’Isis e l’EI arrivò subito.");
    expect(marks(r)).toEqual([
      [CROCUS, 'Crocus City Hall'],
      [IS, 'Isis'],
      [IS, 'EI'],
    ]);
  });

  it('finds aliases in all six languages', () => {
    const pages: [string, [string, string][]][] = [
      ['en', [[PATRUSHEV, 'Nikolai Patrushev']]],
      ['ru', [[PATRUSHEV, 'Николай Патрушев']]],
      ['it', [[IS, 'Stato Islamico']]],
      ['fr', [[IS, 'État islamique']]],
      ['de', [[IS, 'Islamischer Staat']]],
      ['es', [[IS, 'Estado Islámico']]],
    ];
    const text: Record<string, string> = {
      en: 'An interview with Nikolai Patrushev aired on Sunday.',
      ru: 'Николай Патрушев выступил в понедельник.',
      it: 'Lo Stato Islamico ha perso terreno.',
      fr: "L'État islamique a revendiqué l'action.",
      de: 'Ein Islamischer Staat wurde ausgerufen.',
      es: 'El Estado Islámico reivindicó el ataque.',
    };
    for (const [lang, expected] of pages) expect(marks(run(text[lang] ?? '')), lang).toEqual(expected);
    expect(marks(run('Patruschew sprach; Patrouchev a parlé.'))).toEqual([
      [PATRUSHEV, 'Patruschew'],
      [PATRUSHEV, 'Patrouchev'],
    ]);
  });

  it('reports known misspellings as fuzzy', () => {
    const r = run('Selon Patruchev, rien de neuf.');
    expect(r.mentions).toMatchObject([{ entity: PATRUSHEV, text: 'Patruchev', fuzzy: true }]);
  });

  it('reports one mention per entity when aliases of two entities coincide', () => {
    const d = createDetector({
      ...DATA,
      aliases: [...DATA.aliases, alias('Crocus City Hall', 'crocus-city-hall-venue')],
      entities: [...DATA.entities, { id: 'crocus-city-hall-venue', type: 'place', name: 'Crocus City Hall', related: [], excludeContexts: [] }],
    });
    expect(marks(run('Crocus City Hall', d))).toEqual([
      [CROCUS, 'Crocus City Hall'],
      ['crocus-city-hall-venue', 'Crocus City Hall'],
    ]);
  });

  it('returns nothing for pages that mention nothing', () => {
    const r = run([
      'A quiet page about baking bread, with flour, water and salt.',
      'Хлеб пекут из муки, воды и соли.',
      'Il pane si fa con farina e acqua.',
      '',
    ]);
    expect(r).toEqual({ mentions: [], figures: [] });
  });
});

describe('case-sensitive acronyms', () => {
  it('matches "IS" and "EI" only with exact case', () => {
    const ctx = 'After the Crocus City Hall attack, ';
    expect(marks(run(ctx + 'IS claimed it.'))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      [IS, 'IS'],
    ]);
    expect(marks(run(ctx + 'it is what it is. Is it? iS.'))).toEqual([[CROCUS, 'Crocus City Hall attack']]);
    expect(marks(run(ctx + "l'EI a revendiqué; ei, Ei ne comptent pas."))).toEqual([
      [CROCUS, 'Crocus City Hall attack'],
      [IS, 'EI'],
    ]);
  });

  it('does not match the acronym inside words or longer acronyms', () => {
    expect(marks(run('Crocus City Hall: ISIS, THIS, ISO, EIB.')).filter(([, t]) => t === 'IS' || t === 'EI')).toEqual([]);
  });
});

describe('folding on both sides', () => {
  const d = createDetector({
    ...DATA,
    entities: [
      ...DATA.entities,
      { id: 'white-house', type: 'place', name: 'White House', related: [], excludeContexts: [] },
      { id: 'cafe', type: 'place', name: 'Café Crocus', related: [], excludeContexts: [] },
    ],
    aliases: [...DATA.aliases, alias('Weißes Haus', 'white-house', 'de'), alias('Café Crocus', 'cafe', 'fr')],
  });

  it('matches expansions, decomposed accents and compatibility letters', () => {
    expect(marks(run('Das WEISSES HAUS, das Weisses Haus und das Weißes\u00a0Haus.', d))).toEqual([
      ['white-house', 'WEISSES HAUS'],
      ['white-house', 'Weisses Haus'],
      ['white-house', 'Weißes\u00a0Haus'],
    ]);
    expect(marks(run('Au Cafe\u0301 Crocus, au CAFÉ CROCUS, au cafe crocus.', d))).toEqual([
      ['cafe', 'Cafe\u0301 Crocus'],
      ['cafe', 'CAFÉ CROCUS'],
      ['cafe', 'cafe crocus'],
    ]);
    expect(marks(run('Styled: 𝐏𝐚𝐭𝐫𝐮𝐬𝐡𝐞𝐯 and ＰＡＴＲＵＳＨＥＶ.'))).toEqual([
      [PATRUSHEV, '𝐏𝐚𝐭𝐫𝐮𝐬𝐡𝐞𝐯'],
      [PATRUSHEV, 'ＰＡＴＲＵＳＨＥＶ'],
    ]);
  });

  it('matches multi-word aliases whatever joins the words', () => {
    expect(marks(run('ИГИЛ\u2011К и ИГИЛ-К; Wilayat\u00a0\u00a0Khorasan; Crocus\tCity\u202fHall.'))).toEqual([
      [ISISK, 'ИГИЛ\u2011К'],
      [ISISK, 'ИГИЛ-К'],
      [ISISK, 'Wilayat\u00a0\u00a0Khorasan'],
      [CROCUS, 'Crocus\tCity\u202fHall'],
    ]);
    // A first word alone, or followed by another word, is no match of the longer alias.
    expect(marks(run('Wilayat officials and Khorasan Wilayat.'))).toEqual([]);
  });
});

describe('aliases with quotes', () => {
  const d = createDetector({
    ...DATA,
    entities: [...DATA.entities, { id: 'venue', type: 'place', name: 'Crocus City Hall', related: [], excludeContexts: [] }],
    aliases: [
      ...DATA.aliases,
      alias('концертный зал «Крокус»', 'venue', 'ru'),
      alias('теракт в «Крокусе»', CROCUS, 'ru'),
      alias('«Крокус Сити»', 'venue', 'ru'),
    ],
  });

  it('keeps a closing quote that the alias opened, and drops quotes around the whole alias', () => {
    expect(marks(run('Это концертный зал «Крокус» в Красногорске.', d))).toEqual([['venue', 'концертный зал «Крокус»']]);
    expect(marks(run('Это концертный зал «Крокус Сити Холл».', d))).toEqual([[CROCUS, 'Крокус Сити Холл']]);
    expect(marks(run('А теракт в «Крокусе» потряс страну.', d))).toEqual([[CROCUS, 'теракт в «Крокусе»']]);
    expect(marks(run('Рядом Крокус Сити, без кавычек.', d))).toEqual([['venue', 'Крокус Сити']]);
  });
});

