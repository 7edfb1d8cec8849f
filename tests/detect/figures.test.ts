import { describe, expect, it } from 'vitest';
import { createDetector, scanPage } from '../../utils/detect';
import { WHOLE_PAGE_UNITS } from '../../utils/detect/types';
import { shippedMatcher } from '../kb/helpers';
import { compoundNumbers } from '../../utils/detect/figure-lexicon';
import { foldString } from '../../utils/text';
import { CROCUS, DATA, DEATHS, INJURED, ISISK, alias, detector, figs, run } from './fixtures';

const STRONG = 'On the Crocus City Hall attack:';

/** The test data with a third dispute of the attack: how many gunmen. */
const GUNMEN = createDetector({
  ...DATA,
  disputes: [...DATA.disputes, { id: 'gunmen', subject: CROCUS, figureWords: { en: ['gunmen'], es: ['pistoleros'], de: ['Attentäter', 'Angreifer'] } }],
});

/** The test data with a dispute that one may answer: how many are missing. */
const MISSING = createDetector({
  ...DATA,
  disputes: [
    ...DATA.disputes,
    { id: 'missing', subject: CROCUS, countsOne: true, figureWords: { en: ['missing'], ru: ['пропавшим'], de: ['vermisst', 'Vermisste'], es: ['desaparecida'] } },
  ],
});

/** Figures of a one-sentence block on a page with a strong mention of the subject. */
function figures(sentence: string): [string, number, string][] {
  return figs(run([STRONG, sentence]));
}

describe('figures: where they are looked for', () => {
  it('on a long page, only near a mention (three blocks either side)', () => {
    const filler = 'Nothing to see here.';
    const at = (gap: number): string[] => [STRONG, ...Array.from({ length: gap - 1 }, () => filler), 'At least 139 people died there.'];
    const long = (blocks: string[]) => figs(scanPage(detector(), blocks, { wholePage: false }));
    expect(long(at(3))).toEqual([[DEATHS, 139, '139']]);
    expect(long(at(4))).toEqual([]);
  });

  it('on a short page, anywhere (the blocks with a digit)', () => {
    const filler = 'Background, with nothing counted.';
    const page = (gap: number, last: string): string[] => [STRONG, ...Array.from({ length: gap - 1 }, () => filler), last];
    expect(figs(run(page(8, 'At least 139 people died there.')))).toEqual([[DEATHS, 139, '139']]);
    // Far from a mention a figure needs a digit: spelled numbers are taken only near one.
    expect(figs(run(page(8, 'Four people died there.')))).toEqual([]);
    expect(figs(run(page(3, 'Four people died there.')))).toEqual([[DEATHS, 4, 'Four']]);
    // A page of more than WHOLE_PAGE_UNITS units is a long page.
    const padding = Array.from({ length: Math.ceil(WHOLE_PAGE_UNITS / filler.length) }, () => filler);
    expect(figs(run([...page(8, 'At least 139 people died there.'), ...padding]))).toEqual([]);
  });

});

describe('figures: positives in six languages', () => {
  it.each([
    ['At least 139 people died there.', [[DEATHS, 139, '139']]],
    ['The death toll has risen to at least 144.', [[DEATHS, 144, '144']]],
    ['Officials said 145 were killed and 551 wounded.', [[DEATHS, 145, '145'], [INJURED, 551, '551']]],
    ['More than 1,971 fatalities is a made-up number.', [[DEATHS, 1971, '1,971']]],
    ['По данным СК, погибли не менее 145 человек.', [[DEATHS, 145, '145']]],
    ['Число погибших возросло до 144, пострадавших — более 550.', [[DEATHS, 144, '144'], [INJURED, 550, '550']]],
    ['Ранены 1\u00a0971 человек (условная цифра).', [[INJURED, 1971, '1\u00a0971']]],
    ['Il bilancio: almeno 139 morti e oltre 180 feriti.', [[DEATHS, 139, '139'], [INJURED, 180, '180']]],
    ['Le bilan s’élève à 137, dont plus de 140 blessés hospitalisés.', [[DEATHS, 137, '137'], [INJURED, 140, '140']]],
    ['On compte plus de 140 morts.', [[DEATHS, 140, '140']]],
    ['Mindestens 139 Tote und 1.971 Verletzte wurden gemeldet.', [[DEATHS, 139, '139'], [INJURED, 1971, '1.971']]],
    ['Al menos 139 muertos y más de 180 heridos.', [[DEATHS, 139, '139'], [INJURED, 180, '180']]],
    ['Fallecidos: 143 según el último recuento.', [[DEATHS, 143, '143']]],
    // The end of an abbreviation is no label cut short ("p. 144" is).
    ['As reported in the U.S. 145 people died.', [[DEATHS, 145, '145']]],
    ['In 2024, 139 people were killed.', [[DEATHS, 139, '139']]],
    ['Some feared 2000 dead.', [[DEATHS, 2000, '2000']]],
    ['It caused the death of 139 people.', [[DEATHS, 139, '139']]],
    ['A hundred injured were treated.', [[INJURED, 100, 'A hundred']]],
    ['Vier Tote und zwanzig Verletzte.', [[DEATHS, 4, 'Vier'], [INJURED, 20, 'zwanzig']]],
    ['Ricoverati e feriti: più di cento.', [[INJURED, 100, 'cento']]],
    ['Четверо погибших, сообщили спасатели.', [[DEATHS, 4, 'Четверо']]],
    // A figure word in the number's own clause beats a nearer one across a comma or a conjunction.
    ['145 Menschen wurden getötet, 551 Menschen wurden verletzt.', [[DEATHS, 145, '145'], [INJURED, 551, '551']]],
    ['145 personas murieron y 551 personas resultaron heridos.', [[DEATHS, 145, '145'], [INJURED, 551, '551']]],
    ['145 persone sono state uccise, 551 persone sono rimaste ferite.', [[DEATHS, 145, '145'], [INJURED, 551, '551']]],
  ] as [string, [string, number, string][]][])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('reports offsets of the digits in the original block', () => {
    const text = 'Ranks: at least 1\u202f971 injured.';
    const r = run([STRONG, text]);
    expect(r.figures).toEqual([{ dispute: INJURED, block: 1, start: 16, end: 21, text: '1\u202f971', value: 1971 }]);
  });

  it('counts figures whether or not the KB knows the value', () => {
    expect(figures('Some claimed 9999 dead.')).toEqual([[DEATHS, 9999, '9999']]);
  });
});

describe('figures: nearest figure word decides between disputes', () => {
  it.each([
    ['139 dead and 182 injured', [[DEATHS, 139], [INJURED, 182]]],
    ['182 injured, 139 dead', [[INJURED, 182], [DEATHS, 139]]],
    ['killed 139 and injured 182', [[DEATHS, 139], [INJURED, 182]]],
    ['погибли 145 человек, ранены 551', [[DEATHS, 145], [INJURED, 551]]],
    ['145 человек погибли, 551 пострадали', [[DEATHS, 145], [INJURED, 551]]],
    ['139 morts et 182 blessés', [[DEATHS, 139], [INJURED, 182]]],
  ] as [string, [string, number][]][])('%s', (sentence, expected) => {
    expect(figures(sentence).map(([d, v]) => [d, v])).toEqual(expected);
  });
});

describe('figures: a list that goes on without its figure word', () => {
  it('does not let a date push the figure word out of reach', () => {
    expect(figures('Сначала СК говорил о 60 погибших, затем о 115, а 24 марта — уже о 137.')).toEqual([
      [DEATHS, 60, '60'],
      [DEATHS, 115, '115'],
      [DEATHS, 137, '137'],
    ]);
    expect(figures('Officials spoke of 60 dead, then of 115 and on 24 March, at last, of 137.').map(([, v]) => v)).toEqual([
      60, 115, 137,
    ]);
    // The date itself is still no figure.
    expect(figures('60 dead by 24 March.')).toEqual([[DEATHS, 60, '60']]);
  });

  it('gives a number after a tally ("the count") the dispute of the figure given before it in the block', () => {
    const block = 'On Saturday officials spoke of more than 60 dead. By Sunday evening the count stood at 133.';
    expect(figures(block)).toEqual([
      [DEATHS, 60, '60'],
      [DEATHS, 133, '133'],
    ]);
    expect(figures('182 people were injured. On Monday the tally stood at 190.')).toEqual([
      [INJURED, 182, '182'],
      [INJURED, 190, '190'],
    ]);
    expect(figures('В списке погибли 114 человек. Правильная цифра — 144.')).toEqual([
      [DEATHS, 114, '114'],
      [DEATHS, 144, '144'],
    ]);
    // A pronoun with a verb of a changing count says the same: the count just given.
    expect(figures('Officials spoke of more than 60 dead. On Saturday it went to 93, to 115 and, at 13:23, to 133.')).toEqual([
      [DEATHS, 60, '60'],
      [DEATHS, 93, '93'],
      [DEATHS, 115, '115'],
      [DEATHS, 133, '133'],
    ]);
    expect(figures('60 died. The number of arrests rose to 11, and it stood at 11 on Monday.')).toEqual([[DEATHS, 60, '60']]);
    // Not without a figure before it in the block.
    expect(figures('By Sunday evening the count stood at 133.')).toEqual([]);
    expect(figures('On Saturday it went to 93.')).toEqual([]);
    // "of …" says what the tally counts.
    expect(figures('60 died. By Monday the count of arrests stood at 11.')).toEqual([[DEATHS, 60, '60']]);
    // "count" the verb, and words that merely begin like it.
    expect(figures('60 died. Prosecutors also count 1,971 people who escaped.')).toEqual([[DEATHS, 60, '60']]);
    expect(figures('60 died. Across the country 11 were detained.')).toEqual([[DEATHS, 60, '60']]);
  });
});

describe('figures: negatives', () => {
  it.each([
    // A label's or an address's number, the identified, a difference, a verb that is also a figure word.
    "Document 1 – L'évolution du bilan des morts.",
    'Дом 20: погибли люди.',
    'Установлены личности 134 погибших.',
    'Soit 109 morts de plus.',
    'Their daughter, now 11, lives with her grandmother; her parents died.',
    'In 2024 many were killed.',
    'Those who died in March 2024 were mourned.',
    'On 22 March the dead were counted.',
    'On March 22 the dead were counted.',
    'Am 22. März gab es Tote.',
    '22 марта погибли люди.',
    'Le 22.03.2024, des morts.',
    'On 2024-03-22 people died.',
    'At 21:00 people were killed.',
    'Um 21 Uhr wurden Menschen getötet.',
    'Tickets cost $137 before people died.',
    'Damages of 137 euros per killed animal.',
    'A fund of 6 billion rubles for the injured.',
    'Ущерб 6 млрд рублей, есть погибшие.',
    'About 42% of the injured were young.',
    'About 42 per cent of those killed were young.',
    'The 3rd victim died later.',
    '3-й погибший опознан.',
    'He bought 137 corms and 139 pages of notes.',
    'A 19-year-old died.',
    'Flight A320 crashed; no one died.',
    'The ratio was 1.5 deaths per case.',
    'Between 130-140 killed.',
    'One died later.',
    'He died due to smoke.',
    'Five per cent of the injured were young.',
    'Cinq pour cent des blessés.',
  ])('%s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('skips parts of a figure just given', () => {
    expect(figures('By then 139 people had been killed, three of them children.')).toEqual([[DEATHS, 139, '139']]);
    expect(figures('Mindestens 143 Tote, darunter fünf Kinder.')).toEqual([[DEATHS, 143, '143']]);
    expect(figures('Погибли 140 человек, из них пять детей.')).toEqual([[DEATHS, 140, '140']]);
  });

  it('needs a figure word within the window and the same sentence', () => {
    expect(figures('There were 139 seats in the hall, and many, many hours later some people died.')).toEqual([]);
    expect(figures('Precisely 139. Nobody died.')).toEqual([]);
  });

  it('needs a strong mention of the dispute subject on the page', () => {
    expect(figs(run('At least 139 people died and 182 were injured.'))).toEqual([]);
    // A weak or related mention is no gate.
    expect(figs(run('Crocus: at least 139 people died.'))).toEqual([]);
    expect(figs(run('ISIS-K: at least 139 people died.'))).toEqual([]);
    // The subject anywhere on the page is enough.
    expect(figs(run(['At least 139 people died.', 'Later: the Crocus City Hall attack inquiry.']))).toEqual([[DEATHS, 139, '139']]);
  });

  it('gives a gardening page with numbers no figures', () => {
    expect(figs(run(['Crocus bulbs: plant 137 corms, 8 cm deep, in October 2024.', 'Only 3 died of frost.']))).toEqual([]);
  });
});

describe('figures: several subjects on one page', () => {
  const KERMAN = 'kerman-bombings';
  const detector = createDetector({
    ...DATA,
    entities: [
      ...DATA.entities,
      { id: KERMAN, type: 'event', name: 'Kerman bombings', related: [], excludeContexts: [] },
      { id: 'beslan-school-siege', type: 'event', name: 'Beslan school siege', related: [CROCUS], excludeContexts: [] },
      { id: 'crocus-city-hall', type: 'place', name: 'Crocus City Hall', related: [CROCUS], excludeContexts: [] },
    ],
    aliases: [
      ...DATA.aliases.filter((a) => a.text !== 'Crocus City Hall'),
      alias('Crocus City Hall', 'crocus-city-hall'),
      alias('Kerman bombings', KERMAN),
      alias('Beslan', 'beslan-school-siege'),
    ],
    disputes: [...DATA.disputes, { id: 'kerman-death-toll', subject: KERMAN, figureWords: { en: ['killed', 'dead', 'deaths'] } }],
  });

  it('gives a number to the dispute whose subject is mentioned nearest', () => {
    const r = figs(
      run(
        [
          'The Crocus City Hall attack followed the Kerman bombings.',
          'The Kerman bombings left 95 dead in January; the Crocus City Hall attack left 145 dead in March.',
        ],
        detector,
      ),
    );
    expect(r).toEqual([
      ['kerman-death-toll', 95, '95'],
      [DEATHS, 145, '145'],
    ]);
  });

  it('leaves out a number that another event in its sentence claims', () => {
    const r = figs(
      run(['After the Crocus City Hall attack (145 dead), papers recalled Beslan in 2004 with 334 deaths.'], detector),
    );
    expect(r).toEqual([[DEATHS, 145, '145']]);
  });

  it('leaves out a number that counts the people of a group named before its figure word', () => {
    const members = 'The Crocus City Hall attack. Six more ISIS-K operatives were killed in raids.';
    expect(figs(run([members], detector))).toEqual([]);
    // The subject's people, or the venue's, are counted.
    const victims = 'The Crocus City Hall attack. 139 people were killed by ISIS-K gunmen. 145 Crocus City Hall visitors died.';
    expect(figs(run([victims], detector)).map(([, value]) => value)).toEqual([139, 145]);
  });

  it('counts a related place as speaking for the subject', () => {
    const r = figs(run(['The Crocus City Hall attack shocked Russia.', 'At Crocus City Hall 145 people died.'], detector));
    expect(r).toEqual([[DEATHS, 145, '145']]);
    // The venue alone opens the gate too.
    expect(figs(run(['At Crocus City Hall at least 145 people died.'], detector))).toEqual([[DEATHS, 145, '145']]);
  });

  it('gives a block that names no event to the one the block before names, or the page names first', () => {
    const kerman = [
      'The Kerman bombings struck a memorial in January.',
      'Officials first put the dead at 103. Later they counted 95 dead.',
      'The Kerman bombings were claimed by ISIS-K, as the Crocus City Hall attack was later.',
    ];
    expect(figs(run(kerman, detector))).toEqual([
      ['kerman-death-toll', 103, '103'],
      ['kerman-death-toll', 95, '95'],
    ]);
    // An event without a dispute of its own keeps its numbers from the attack's.
    const beslan = ['Beslan remembers the school siege.', 'In all, 334 hostages were killed.', 'Beslan was worse than the Crocus City Hall attack.'];
    expect(figs(run(beslan, detector))).toEqual([]);
    // The venue stands for the attack: a block after one on the venue is the attack's.
    const venue = ['At Crocus City Hall the roof fell; Beslan was different.', 'In all, 145 people were killed.', 'Beslan. Beslan.'];
    expect(figs(run(venue, detector))).toEqual([[DEATHS, 145, '145']]);
  });

  it('reads a block that names no event as about the one the page names first, not the one it names most', () => {
    const crocus = 'The Crocus City Hall attack, at Crocus City Hall, was the worst since; Crocus City Hall reopened.';
    // The people and bodies related to the attack (Nikolai Patrushev) do not make the block the attack's.
    const told = 'Nikolai Patrushev was in charge. In all, 334 hostages were killed.';
    expect(figs(run(['Beslan remembers the school siege.', told, crocus], detector))).toEqual([]);
    // On a page that names the attack first, the same block is the attack's.
    const crocusFirst = ['The Crocus City Hall attack shocked Russia.', 'Beslan remembers the school siege.', told];
    expect(figs(run(crocusFirst, detector))).toEqual([[DEATHS, 334, '334']]);
  });

  it('reads a sentence set at the time of the one before with that one ("Damals", "At the time")', () => {
    const page = (then: string) => figs(run(['The Crocus City Hall attack was the worst since Beslan in 2004.', then], detector));
    expect(page('The Crocus City Hall attack was the worst since Beslan in 2004. At the time 334 people died.')).toEqual([]);
    expect(page('The Crocus City Hall attack was the worst since Beslan in 2004. Then 145 people died.')).toEqual([[DEATHS, 145, '145']]);
  });

  it('lets the mention before a number decide whose it is', () => {
    const r = figs(
      run(['The Crocus City Hall attack. Beslan in 2004 (334 deaths) and now Crocus City Hall in 2024 (137 deaths).'], detector),
    );
    expect(r).toEqual([[DEATHS, 137, '137']]);
  });

  it.each([
    ['Of the 145 dead, 5 were children.', [[DEATHS, 145, '145']]],
    ['6 children were killed.', []],
    ['Среди погибших шестеро детей; всего погибли 145 человек.', [[DEATHS, 145, '145']]],
    ['Les 145 morts comptent 6 enfants tués.', [[DEATHS, 145, '145']]],
    ['People were killed 340 km from Moscow and 60 metres from the hall.', []],
    // A figure word after another count with its own figure word is that count's.
    ['Police questioned 11 people at the scene, and later the four injured.', [[INJURED, 4, 'four']]],
  ] as [string, [string, number, string][]][])("leaves out a group among the victims, a measure, a count whose figure word is another's: %s", (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('reads a line that starts with a bullet as an item of its own', () => {
    const list = 'The numbers:\n- 145 dead\n- 4 gunmen, all in prison\n- 11 people detained within a day';
    expect(figs(run([STRONG, list], GUNMEN))).toEqual([
      [DEATHS, 145, '145'],
      ['gunmen', 4, '4'],
    ]);
  });

  it('takes a page word for a figure word less a plural ending only ("attentat" is no "Attentäter")', () => {
    expect(figs(run([STRONG, "L'attentat : 4 personnes interpellées."], GUNMEN))).toEqual([]);
    expect(figs(run([STRONG, 'Die 4 Attentäter wurden gefasst.'], GUNMEN))).toEqual([['gunmen', 4, '4']]);
    expect(figs(run([STRONG, 'Einer der 4 Attentäters.'], GUNMEN))).toEqual([['gunmen', 4, '4']]);
  });

  it("leaves out a number right after a year before the subject event's", () => {
    const dated = createDetector({ ...DATA, disputes: DATA.disputes.map((d) => ({ ...d, year: 2024 })) });
    const page = [
      'The Crocus City Hall attack: Moscow in 2002 (130 deaths) and now Crocus City Hall in 2024 (137 deaths).',
      'The series of attacks in 1999 (294 deaths) counts too. In 2004, 334 died. In 2024, 139 died.',
    ];
    expect(figs(run(page, dated)).map(([, value]) => value)).toEqual([137, 139]);
    // A later year dates a revision of the event's own figure.
    expect(figs(run([STRONG, 'En la acusación de 2025: 149 muertos.'], dated))).toEqual([[DEATHS, 149, '149']]);
    // A year within ten of the event's is a year, a figure word after it or not; a count that only looks like a year
    // is a count.
    expect(figs(run([STRONG, 'Der 2020 getötete General war das Ziel; 1944 deaths were recorded in 1944.'], dated))).toEqual([[DEATHS, 1944, '1944']]);
    // Without the year (a subject that is no dated event), the numbers are taken as before.
    expect(figs(run(['The Crocus City Hall attack. The series of attacks in 1999 (294 deaths).']))).toEqual([[DEATHS, 294, '294']]);
  });
});

describe('figures: the ways news states a toll, and numbers that only look like one', () => {
  it.each([
    // The subject's name between the figure word and the number does not push the word out of reach.
    ['The death toll from the Crocus City Hall attack rose to 143, up from 139.', [[DEATHS, 143, '143'], [DEATHS, 139, '139']]],
    ['Число погибших при теракте в «Крокус Сити Холле» возросло до 145 человек.', [[DEATHS, 145, '145']]],
    ['Die Zahl der Toten nach dem Anschlag auf die Crocus City Hall ist auf 145 gestiegen.', [[DEATHS, 145, '145']]],
    ['El número de muertos en el atentado del Crocus City Hall ascendió a 143.', [[DEATHS, 143, '143']]],
    ['Le bilan de l’attentat du Crocus City Hall est passé à 144.', [[DEATHS, 144, '144']]],
    // An article right after the number is no object: "145 le vittime".
    ['Oltre 1.000 persone sono state interrogate, 145 le vittime accertate.', [[DEATHS, 145, '145']]],
  ] as [string, [string, number, string][]][])('finds %s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    // Words that begin like a figure word.
    ['It was the deadliest attack in Russia in two decades.', []],
    ['The deadly assault lasted about 20 minutes.', []],
    ['A livestream of 40 cameras; a post-mortem of 3 bodies.', []],
    // Durations and ages.
    ['The gunmen spent 18 minutes inside the hall, where people died.', []],
    ['The youngest victim was 11 years old.', []],
    ['Самому младшему погибшему было 11 лет.', []],
    ['Террористы провели в здании 13 минут и убили людей.', []],
    ['Les victimes avaient entre 2 ans et 80 ans.', []],
    // The figure word is what the number's people did something to.
    ['Some 40,000 fans honoured the victims.', []],
    ['Mehr als 1.000 Menschen trauerten um die Toten.', []],
    // Another clause's count does not lend its figure word to a number with words of its own.
    ['Of the roughly 6,200 concertgoers at Crocus City Hall, at least 145 were killed.', [[DEATHS, 145, '145']]],
    ['Die Zahl der Toten stieg auf 144, mehr als 1.000 Menschen wurden befragt.', [[DEATHS, 144, '144']]],
    ['The crowd honoured the victims, and Zenit won 2:0 with two late goals.', []],
    // A footnote mark, and money in roubles written «р.».
    ['At least 137[3] people were killed.', [[DEATHS, 137, '137']]],
    ['Погибли зрители, купившие билеты за 4 500 р.', []],
  ] as [string, [string, number, string][]][])('leaves out what is no figure: %s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('leaves out a number in a sentence set in an earlier year, unless the subject is named nearer', () => {
    const dated = createDetector({ ...DATA, disputes: DATA.disputes.map((d) => ({ ...d, year: 2024 })) });
    const page = [
      STRONG,
      'In the 2015 Paris attacks, 130 people were killed. Nel 2002 la strage causò 130 morti.',
      'In the 2004 campaign and at Crocus City Hall, 145 people were killed. Since 2004, no attack had killed 145 people.',
      'In 2025 prosecutors said 149 people had died.',
      'Remember the Moscow metro bombings of 2010 that killed 40 people. Le 13 novembre 2015, à Paris, 130 morts.',
    ];
    expect(figs(run(page, dated)).map(([, value]) => value)).toEqual([145, 145, 149]);
  });

  it.each([
    // A rising count: the toll is the verb's subject, further back.
    ["The death toll from Friday night's shooting at the Crocus City Hall concert venue outside the city rose to 133.", [[DEATHS, 133, '133']]],
    ['Die Zahl der Todesopfer stieg in den folgenden Tagen auf 144.', [[DEATHS, 144, '144']]],
    // A preposition after the number starts no noun of its own.
    ['On 29 March the ministry said it had risen to 144 after another patient died.', [[DEATHS, 144, '144']]],
    // A bare number of a list, with a word of time after it.
    ['The ministry puts the death toll at 137, up from 133 last night.', [[DEATHS, 137, '137'], [DEATHS, 133, '133']]],
  ] as [string, [string, number, string][]][])('finds %s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    // Ages after a name.
    ['"Nobody warned us," said Svetlana, 47, whose son died in the hall.', []],
    ['Oleg Petrov, 38, was killed.', []],
    // People of another group.
    ['Its fighters killed 13 US service members in 2021.', []],
    ['Bei dem Einsatz wurden 20 Polizisten verletzt.', []],
    // A date written with "de".
    ['El tribunal decretó prisión hasta el 22 de mayo para los cuatro pistoleros.', [['gunmen', 4, 'cuatro']]],
    // Part of a figure: "three of the dead".
    ['Three of the dead are children.', []],
    ['Трое из погибших — дети.', []],
    // A status, and a number with a noun of its own after another clause.
    ['2 307 personnes ont obtenu le statut de victimes.', []],
    ['Murieron las víctimas, y los cerca de 2.300 afectados piden ayuda.', []],
  ] as [string, [string, number, string][]][])('leaves out what is no figure: %s', (sentence, expected) => {
    expect(figs(run([STRONG, sentence], GUNMEN))).toEqual(expected);
  });

  it('lets a bare number after another clause share its figure word, but not a number with words of its own', () => {
    expect(figures('Погибших 60, затем 115.').map(([, v]) => v)).toEqual([60, 115]);
    expect(figures('Погибших 60, затем 115 человек допрошены.').map(([, v]) => v)).toEqual([60]);
  });
});

describe('figures: places and other events in the sentence', () => {
  const KERMAN = 'kerman-bombings';
  const d = createDetector({
    ...DATA,
    entities: [
      ...DATA.entities,
      { id: KERMAN, type: 'event', name: 'Kerman bombings', related: [ISISK, 'iran'], excludeContexts: [] },
      { id: 'iran', type: 'place', name: 'Iran', related: [CROCUS], excludeContexts: [] },
      { id: 'kabul', type: 'place', name: 'Kabul', related: [ISISK], excludeContexts: [] },
      { id: 'moscow', type: 'place', name: 'Moscow', related: [CROCUS], excludeContexts: [] },
    ],
    aliases: [
      ...DATA.aliases,
      alias('Kerman bombings', KERMAN),
      alias('Kerman', KERMAN, 'en', { weak: true }),
      alias('Iran', 'iran', 'en', { weak: true }),
      alias('Kabul', 'kabul', 'en', { weak: true }),
      alias('Moscow', 'moscow', 'en', { weak: true }),
    ],
    disputes: [...DATA.disputes, { id: 'kerman-death-toll', subject: KERMAN, figureWords: { en: ['killed', 'dead'] } }],
  });
  const found = (blocks: string[]) => figs(run(blocks, d)).map(([dispute, value]) => [dispute, value]);

  it('gives a tie to the dispute whose subject itself is named, before one only related to a place named', () => {
    expect(found([STRONG, 'The Kerman bombings in Iran killed 95 people.'])).toEqual([['kerman-death-toll', 95]]);
  });

  it('lets a place related to both subjects say nothing when a competing one is named', () => {
    expect(found([STRONG, 'The Kerman bombings, in Iran, left 95 dead.'])).toEqual([['kerman-death-toll', 95]]);
    expect(found([STRONG, 'In Iran, 95 people were killed.'])).toEqual([[DEATHS, 95]]);
  });

  it('gives no dispute a number that a place unrelated to its subject claims', () => {
    expect(found([STRONG, 'ISIS-K also struck Kabul airport, where 170 people were killed.'])).toEqual([]);
    expect(found([STRONG, 'In Moscow, 137 people were killed.'])).toEqual([[DEATHS, 137]]);
  });

  it('takes a subject named by a weak alias that a strong mention supports', () => {
    expect(found(['ISIS-K struck the Iranian city of Kerman: nearly 100 people were killed.'])).toEqual([['kerman-death-toll', 100]]);
    // Unsupported, the weak alias names nothing.
    expect(found(['In the city of Kerman nearly 100 people were killed.'])).toEqual([]);
  });
});

describe('figures: lists, labels, ranges and increases', () => {
  const found = (sentence: string) => figs(run([STRONG, sentence], GUNMEN)).map(([dispute, value]) => [dispute, value]);

  it.each([
    // A label's colon binds it to its number.
    ['Dead: 137, injured: 182.', [[DEATHS, 137], [INJURED, 182]]],
    ['Blessés : 182, dont 97 toujours hospitalisés.', [[INJURED, 182]]],
    // Both ends of a range.
    ['Between 130 and 140 people died.', [[DEATHS, 130], [DEATHS, 140]]],
    ['Three or four gunmen fled.', [['gunmen', 3], ['gunmen', 4]]],
    // A second guess after a comma shares the figure word; another clause's number does not.
    ['Witnesses spoke of three, perhaps four gunmen.', [['gunmen', 3], ['gunmen', 4]]],
    ['Ten, perhaps eleven people were hurt.', [[INJURED, 10], [INJURED, 11]]],
    ['In 2024, perhaps 140 people died.', [[DEATHS, 140]]],
    ['Il y a eu entre 130 et 140 morts.', [[DEATHS, 130], [DEATHS, 140]]],
    // Increases are not totals.
    ['The death toll rose by six to 143.', [[DEATHS, 143]]],
    ['Six more bodies were found; 143 people died.', [[DEATHS, 143]]],
    ['Число погибших выросло на четыре, до 137 человек.', [[DEATHS, 137]]],
    // A figure word right after another number is that number's.
    ['Dort töteten vier Angreifer mindestens 145 Menschen.', [['gunmen', 4], [DEATHS, 145]]],
    // A number in words after a month is no day of it.
    ['La noche del 22 de marzo cuatro pistoleros abrieron fuego.', [['gunmen', 4]]],
    // Numbers that stand alone in a list take the figure word of its last.
    ['Zuerst sprach man von 93, am Mittag von 115, am Nachmittag von 133 Todesopfern.', [[DEATHS, 93], [DEATHS, 115], [DEATHS, 133]]],
    // Spelled numbers of tens, and of several words.
    ['At least sixty people died.', [[DEATHS, 60]]],
    ['One hundred and forty-five people lost their lives.', [[DEATHS, 145]]],
    ['Погибли сто сорок человек.', [[DEATHS, 140]]],
    ['Погибли около ста сорока человек.', [[DEATHS, 140]]],
    ['Число погибших выросло до ста тридцати трёх.', [[DEATHS, 133]]],
    ['Cuarenta y cinco muertos.', [[DEATHS, 45]]],
    // French "très" folds to Spanish "tres" and is no number.
    ['Tres muertos.', [[DEATHS, 3]]],
    ['Un bilan potentiellement très lourd.', []],
    ['Un bilan potentiellement tre\u0300s lourd.', []],
    // Italian and German write them as one word.
    ['Centotrentanove morti, tra cui tre bambini.', [[DEATHS, 139]]],
    ['Dort starben hundertneununddreißig Menschen.', [[DEATHS, 139]]],
    ['Ventotto morti.', [[DEATHS, 28]]],
    ['Four killed and two injured.', [[DEATHS, 4], [INJURED, 2]]],
    // A list whose numbers each say when: the days and times neither end the list nor use up the window.
    [
      'The death toll rose from 60 on Friday night to 115 by morning, 133 on Saturday and 137 on Sunday.',
      [[DEATHS, 60], [DEATHS, 115], [DEATHS, 133], [DEATHS, 137]],
    ],
    ['Die Zahl der Toten stieg von 40 am Freitag auf 133 am Samstag und 137 am Sonntag.', [[DEATHS, 40], [DEATHS, 133], [DEATHS, 137]]],
    // Days of the month after an article ("il 29") say when too, and are no figures themselves.
    ['I feriti sono cresciuti per giorni: 182 il 25 marzo, 382 il 29, 551 il giorno successivo.', [[INJURED, 182], [INJURED, 382], [INJURED, 551]]],
    ['Bilan : 139 morts le 24, puis le 27, le ministre parle.', [[DEATHS, 139]]],
    // An arrow is a pause, as a comma is: a chain of numbers shares the figure word of its first.
    ['Los muertos: 40 muertos → 93 → 133 → 137.', [[DEATHS, 40], [DEATHS, 93], [DEATHS, 133], [DEATHS, 137]]],
    ['Le 24, Bastrykine donne 139 morts ;\nle 27, le ministre publie une liste ;\nle 29, un blessé meurt.', [[DEATHS, 139]]],
    ['Le bilan est passé de 40 morts le soir même à 133 le lendemain, puis 143 fin mars.', [[DEATHS, 40], [DEATHS, 133], [DEATHS, 143]]],
    // A number with a noun of its own is no part of the list before it.
    ['By night: 139 dead, 182 injured in hospitals, 11 detained.', [[DEATHS, 139], [INJURED, 182]]],
    ['Il bilancio sale: 60 morti nella notte, 115 nella mattinata.', [[DEATHS, 60], [DEATHS, 115]]],
    // "About a hundred".
    ['Casi un centenar de personas murieron.', [[DEATHS, 100]]],
    ['Une centaine de blessés.', [[INJURED, 100]]],
    // "The official figure" is a tally of the dispute just named.
    ['A channel put the dead at 144, counting body fragments, while the official figure was still 139.', [[DEATHS, 144], [DEATHS, 139]]],
    // Relatives of the dead, counted by their own number, leave a toll beside it alone.
    ['The families of the 145 dead met the president.', [[DEATHS, 145]]],
    // A year introduced as one is no count, and leaves the figure word to the number after it.
    ['Nach der Anklageschrift von 2025 starben 149 Menschen.', [[DEATHS, 149]]],
    ['In 2025 died 149 people, the indictment says.', [[DEATHS, 149]]],
    // ("am" after an hour is still a time.)
    ['The doors opened at 10 am; 137 people died.', [[DEATHS, 137]]],
  ] as [string, [string, number][]][])('finds %s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each([
    // Ages.
    'The victims were aged 9, 11 and 12.',
    'The oldest of those who died was 81.',
    'Погибшим было от 9 до 81 лет.',
    // Counts of other things done for the dead.
    'A benefit concert for 6,000 spectators will honour those killed.',
    '200 билетов передадут семьям погибших.',
    'Oltre 10.000 fiori in memoria delle vittime.',
    '3.000 candele per i morti.',
    // "Tuesday" is no "tués".
    'On Tuesday 2 flights were cancelled.',
    // Page numbers, footnote marks, a part of a group.
    'Death toll, page 1 2 3 4 5 Next',
    '[5] Список погибших, опубликованный МЧС.',
    'Officials said that two of its members had been killed abroad.',
    // Additions, relatives, a legal standing, a photo counter.
    'The indictment does not say which four deaths were added.',
    'Les familles des victimes, 300 personnes, étaient là.',
    'Потерпевшими по делу признаны 2307 человек — родственники погибших, раненые и свидетели.',
    '7 / 8 Родственники пострадавших у мемориала.',
    // The venue's people, a part of the victims at most.
    'The gunmen killed 3 guards at the door.',
    'Боевики убили троих охранников.',
    // Another kind of incident, named in the block and not the attack.
    'Dos vecinos murieron en una colisión. Los tres heridos fueron trasladados al hospital.',
    // Another kind of incident, where the sentence does not name the attack.
    'Separately, two people were killed in a road accident.',
    'Под Красногорском в ДТП погибли два человека.',
    'Zwei Menschen starben bei einem Verkehrsunfall.',
    'Sulla tangenziale, 2 morti in un incidente stradale.',
    'Tamponamento fra tre tir vicino a Lodi: 2 morti e 5 feriti.',
    'In a stadium crush, 135 people died.',
    'Scontro fra due auto sulla statale: tre feriti.',
    // Its clause after a semicolon too, in a block that names the attack.
    'On the Crocus City Hall attack. A plane crashes near Aktau; 38 of the 67 people on board are killed and 29 survive with injuries.',
    // A span of time, and a page or a law cut short.
    'Es el atentado más mortífero en Rusia en las dos últimas décadas.',
    'Il manuale, p. 144, cita i morti.',
    'Il decreto-legge n. 144 sui morti sul lavoro.',
    // The minutes of a time, the back ("le dos"), a difference.
    'Publié à 11 h 40, mis à jour à 14 h 05 : les morts.',
    'Les victimes allongées sur le dos, mortes.',
    'No statement explains the four extra deaths.',
    'Woher die vier zusätzlichen Toten kommen, sagt niemand.',
    // A day of the month after an article, and a list's labels.
    'Por qué sube: 1) cuerpos bajo los escombros, 2) heridos que mueren en el hospital.',
    // The rest of a group.
    'The 11 detained are not all gunmen, the other seven are alleged helpers.',
    // Relatives of people killed.
    "2,307 people have that standing: relatives of people killed, and witnesses.",
    // The accused in a trial.
    'Au procès des 19, les morts sont absents.',
    // Those with a legal standing, or the identified, said after the number.
    'Más de 1.700 personas han sido reconocidas como víctimas.',
    'By then 75 dead had been identified.',
  ])('leaves out what is no figure: %s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('reads a label and its value in cells of their own as "label: value"', () => {
    const page = [STRONG, 'Deaths', '145', 'Injured', 'more than 180', 'Tickets', '1500', 'Date', '22 March 2024'];
    expect(figs(run(page))).toEqual([
      [DEATHS, 145, '145'],
      [INJURED, 180, '180'],
    ]);
    // A longer block before a number is no label.
    expect(figs(run([STRONG, 'Deaths were reported by the ministry late in the evening of that day', '145']))).toEqual([]);
  });

  it('opens the disputes of an event whose venue is named only by a weak alias that stays', () => {
    const kb = createDetector(shippedMatcher());
    const page = (venue: string) => [
      'El Estado Islámico reivindicó el ataque.',
      `Cuatro hombres armados entraron en ${venue} y mataron a más de 140 personas.`,
    ];
    expect(figs(scanPage(kb, page('el Crocus'))).map(([d, v]) => [d, v])).toEqual([
      ['crocus-gunmen-count', 4],
      ['crocus-death-toll', 140],
    ]);
    // A country, all of whose names need support, says nothing of which event the page is about.
    expect(figs(scanPage(kb, page('Rusia')))).toEqual([]);
  });

  it('makes the one-word numbers from parts already folded, so a page folds none of them', () => {
    const compounds = compoundNumbers();
    for (const word of compounds.keys()) expect(foldString(word), word).toBe(word);
    expect([compounds.get('centotrentanove'), compounds.get('seicentonove'), compounds.get(foldString('hundertneununddreißig'))]).toEqual([139, 609, 139]);
    expect(compounds.get(foldString('ventitré'))).toBe(23);
  });

  it('takes no count of the accused in a trial, or of those in danger of death, for a toll', () => {
    const kb = createDetector(shippedMatcher());
    const page = [
      'Crocus City Hall toll at 149 as trial of 19 over concert massacre goes on.',
      "Selon les enquêteurs du Crocus City Hall, 1 971 personnes se trouvaient en danger de mort dans la salle.",
    ];
    expect(figs(scanPage(kb, page)).map(([d, v]) => [d, v])).toEqual([['crocus-death-toll', 149]]);
  });

  it('takes no number inside a name for a figure', () => {
    const kb = createDetector(shippedMatcher());
    const page = ['Beim Anschlag auf die Crocus City Hall starben 149 Menschen. Die Zahl von 150 Toten, die der Telegram-Kanal 112 verbreitete, stimmte nicht.'];
    expect(figs(scanPage(kb, page)).map(([d, v]) => [d, v])).toEqual([
      ['crocus-death-toll', 149],
      ['crocus-death-toll', 150],
    ]);
  });

  it('reads a table cell under or beside its headers as "headers: value"', () => {
    const row = (source: string, killed: string, injured: string) => [
      source,
      { text: killed, headers: ['Killed'] },
      { text: injured, headers: ['Injured (first count)'] },
    ];
    const page = [STRONG, 'Source', 'Killed', 'Injured (first count)', ...row('Investigative Committee', '133', '145'), ...row('Health ministry', '137', '182')];
    expect(figs(scanPage(detector(), page))).toEqual([
      [DEATHS, 133, '133'],
      [INJURED, 145, '145'],
      [DEATHS, 137, '137'],
      [INJURED, 182, '182'],
    ]);
    // The row's cells and the column's header: "Investigative Committee Dead" (a date in the row is left out).
    const cell = (text: string, ...headers: string[]) => ({ text, headers });
    expect(figs(scanPage(detector(), [STRONG, 'x', cell('139', '26 March 2024', 'Investigative Committee', 'Dead')]))).toEqual([[DEATHS, 139, '139']]);
    // With the KB: a row that names another event, or a year before the attack's, is about something else; a later
    // year is a later count of the same attack.
    const kb = createDetector(shippedMatcher());
    const rows = [cell('95', 'Kerman bombings', 'Dead'), cell('334', 'Paris attacks', '2015', 'Dead'), cell('149', 'August 2025', 'Indictment', 'Dead')];
    expect(figs(scanPage(kb, [STRONG, 'x', ...rows]))).toEqual([[DEATHS, 149, '149']]);
    // Headers that say no figure make none, though the cell before says "Deaths": a header wins over it.
    for (const headers of [['Tickets sold'], ['Venue capacity']]) {
      expect(figs(scanPage(detector(), [STRONG, 'Deaths', { text: '6,200', headers }]))).toEqual([]);
    }
    // A header with a digit (a date across the top) is no label; the cell before is (a row "Dead | 133 | 137").
    expect(figs(scanPage(detector(), [STRONG, 'Dead', { text: '133', headers: ['23 March 2024'] }]))).toEqual([[DEATHS, 133, '133']]);
    expect(figs(scanPage(detector(), [STRONG, 'Source', { text: '133', headers: ['23 March 2024'] }]))).toEqual([]);
  });
});

describe('figures: "one", for a dispute that one may answer', () => {
  const found = (sentence: string, d = MISSING) => figs(run([STRONG, sentence], d)).map(([dispute, value, text]) => [dispute, value, text]);

  it.each([
    ['149 dead, 609 injured and one person still listed as missing.', [[DEATHS, 149, '149'], [INJURED, 609, '609'], ['missing', 1, 'one']]],
    ['149 Tote, 609 Verletzte, ein Vermisster.', [[DEATHS, 149, '149'], [INJURED, 609, '609'], ['missing', 1, 'ein']]],
    ['Один человек до сих пор числится пропавшим.', [['missing', 1, 'Один']]],
    ['Una persona sigue desaparecida.', [['missing', 1, 'Una']]],
    // A digit 1 with its noun in the singular takes the figure word after it, not the count before the comma.
    ['149 dead, 1 person still missing.', [[DEATHS, 149, '149'], ['missing', 1, '1']]],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each([
    // A part of a group, a pronoun, a figure word before it or in another clause.
    'One of the missing was found alive.',
    'Uno de los desaparecidos apareció con vida.',
    'No one is missing from the list.',
    'Ни один человек не числится пропавшим.',
    'The one who went missing was a cloakroom attendant.',
    'Missing: one.',
    'They searched for one day, and the missing were found.',
  ])('not in "%s"', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('the KB says which disputes count one (the missing)', () => {
    const kb = createDetector(shippedMatcher());
    expect(figs(scanPage(kb, [STRONG, '149 dead, 609 injured and one person still listed as missing.']))).toEqual([
      [DEATHS, 149, '149'],
      [INJURED, 609, '609'],
      ['crocus-missing', 1, 'one'],
    ]);
  });

  it('not for a dispute that does not count one', () => {
    expect(found('One person died in hospital.')).toEqual([]);
    expect(found('One person is still missing.', detector())).toEqual([]);
  });
});

describe('figures: a number that repeats a figure given on the page', () => {
  const found = (...blocks: string[]) => figs(run([STRONG, ...blocks], GUNMEN));

  it('is that figure, with no figure word of its own', () => {
    expect(found('Fact check: 133, 139 or 149?', 'At least 139 people died, the committee said.')).toEqual([
      [DEATHS, 139, '139'],
      [DEATHS, 139, '139'],
    ]);
    expect(found('At least 139 people died.', 'Sunday brought 139 and Monday 140.')).toEqual([
      [DEATHS, 139, '139'],
      [DEATHS, 139, '139'],
    ]);
  });

  it('not with a word of its own, as a page or a small number, nor a value two disputes share', () => {
    expect(found('At least 139 people died.', 'Il manuale, p. 139, lo spiega.')).toEqual([[DEATHS, 139, '139']]);
    expect(found('At least 139 people died.', 'Sono 139 famiglie in lutto.')).toEqual([[DEATHS, 139, '139']]);
    // A table cell's headers say what it counts: a row of another attack.
    const row = { text: '139', headers: ['5 July 2003', 'Rock festival'] };
    expect(figs(scanPage(detector(), [STRONG, 'At least 139 people died.', row]))).toEqual([[DEATHS, 139, '139']]);
    expect(found('Four gunmen opened fire.', 'Questions 4, 5 and 6.')).toEqual([['gunmen', 4, 'Four']]);
    expect(found('At least 139 people died and 139 were injured.', 'Then 139, they said.')).toEqual([
      [DEATHS, 139, '139'],
      [INJURED, 139, '139'],
    ]);
  });
});
