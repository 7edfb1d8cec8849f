/**
 * The page gate: which pages it opens, which words it reports, and how it
 * chooses anchors. (That it loses nothing against a scan of every block is
 * tests/page/gated-scan.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { GATE_NONE, GATE_OPEN, GATE_WEAK, Gate, createGate } from '../../utils/detect';
import type { GatePattern } from '../../utils/detect/gate-format';
import { needOf, packGate } from '../../utils/detect/gate-pack';
import type { MatcherData } from '../../utils/kb/matcher-data';
import { ALIASES, DATA, ENTITIES, IS, alias } from './fixtures';

const gate = createGate(DATA);

/** What the gate makes of `text` (node boundaries as "\n"): its level and the anchor words it reports. */
function open(text: string, g = gate): { level: number; words: string[] } {
  const scan = g.start(text);
  while (!scan.run(3));
  const words: string[] = [];
  for (let i = 0; i < scan.hits.length; i += 2) words.push(text.slice(scan.hits[i], scan.hits[i + 1]));
  return { level: scan.level, words };
}

function data(aliases: MatcherData['aliases']): MatcherData {
  return { ...DATA, entities: ENTITIES, aliases };
}

describe('the page gate', () => {
  it('opens a page that names a subject, and reports the anchor words', () => {
    expect(open('The attack on Crocus City Hall was claimed within hours.')).toEqual({ level: GATE_OPEN, words: ['Crocus', 'City', 'Hall'] });
    expect(open('Nikolai Patrushev said so.')).toEqual({ level: GATE_OPEN, words: ['Nikolai', 'Patrushev'] });
  });

  it('stays shut on pages that name nothing, or only weak aliases', () => {
    expect(open('Plant crocus bulbs in autumn, about ten centimetres deep.').level).toBe(GATE_NONE);
    expect(open('Crocus bulbs flower early.').level).toBe(GATE_WEAK);
    // "IS" counts only case-sensitively, and alone it is weak.
    expect(open('Is this the right way? It is.').level).toBe(GATE_NONE);
    expect(open('IS fighters were seen there.').level).toBe(GATE_WEAK);
  });

  it('needs every telling capitalised word of an alias', () => {
    expect(open('Patrushev spoke.').level).toBe(GATE_OPEN);
    // "Nikolai" alone is the first word of "Nikolai Patrushev", not the alias.
    expect(open('Nikolai Rimsky-Korsakov wrote it.').level).toBe(GATE_NONE);
  });

  it('opens a page for an alias of several anchors only where they stand together', () => {
    const filler = ' Nothing of note was said in this part of the page.'.repeat(12);
    expect(open(`Crocus bulbs flower early.${filler} The City Hall opens at nine.`).level).toBe(GATE_WEAK);
    expect(open(`Crocus bulbs flower early.${filler} Crocus City Hall reopened.`).level).toBe(GATE_OPEN);
    // Spaces and node boundaries between the words are no obstacle.
    expect(open(`Gunmen attacked Crocus\n${' '.repeat(200)}\nCity Hall.`).level).toBe(GATE_OPEN);
  });

  it('checks a need when its least shared anchor is found, whichever anchor the page names first', () => {
    // Many names with the initial "D.": each need is listed once, under its family name.
    const names = ['Kestrava', 'Morvane', 'Tallisk', 'Brenhold', 'Quennic'];
    const kb = data(names.map((name) => alias(`D. ${name}`, IS)));
    const g = createGate(kb);
    const packed = packGate(kb);
    const listed = packed.byAnchor.map((list) => list.length);
    expect(listed.reduce((x, y) => x + y)).toBe(names.length);
    expect(Math.max(...listed)).toBe(1);
    expect(open('D. Kestrava spoke.', g).level).toBe(GATE_OPEN);
    expect(open('Kestrava said that D. would come.', g).level).toBe(GATE_OPEN);
    expect(open('D. Smith spoke; Tallis did not.', g).level).toBe(GATE_NONE);
    expect(open('Quennic spoke.', g).level).toBe(GATE_NONE);
  });

  it('reads words cut by node boundaries both whole and cut', () => {
    expect(open('C\nrocus City Hall').words).toEqual(['C\nrocus', 'City', 'Hall']);
    // A boundary between two words: the second is read too.
    expect(open('Attack near\nCrocus City Hall').words).toEqual(['Crocus', 'City', 'Hall']);
    expect(open('Crocus\nCity Hall').level).toBe(GATE_OPEN);
  });

  it('finds Russian case forms and spellings with diacritics', () => {
    expect(open('Слова Николая Патрушева о теракте.').level).toBe(GATE_OPEN);
    expect(open('Parole di Nikolai Patrušev.').level).toBe(GATE_OPEN);
    expect(open('L’État islamique a revendiqué.').level).toBe(GATE_OPEN);
  });

  it('takes the anchors of aliases with only everyday capitalised words with the rest of the alias confirmed', () => {
    const g = createGate(data([...ALIASES, alias('Service fédéral de sécurité', 'fsb', 'fr')]));
    expect(open('Terms of Service and privacy.', g).level).toBe(GATE_WEAK);
    expect(open('Le Service fédéral de sécurité (FSB) a annoncé.', g).level).toBe(GATE_OPEN);
    // Without the diacritics, and cut by a node boundary, the words to confirm are still found.
    expect(open('Le Service federal de secu\nrite a annonce.', g).level).toBe(GATE_OPEN);
    // With other or decomposed diacritics, and a soft hyphen.
    expect(open('Le Service fèdéral de se\u0301curite\u0301 a annoncé.', g).level).toBe(GATE_OPEN);
    expect(open('Le Service fédéral de sécu\u00adrité a annoncé.', g).level).toBe(GATE_OPEN);
    expect(open('Le Service fédéral de santé a annoncé.', g).level).toBe(GATE_WEAK);
  });

  it('looks for words to confirm in steps of the text, a word cut by the end of a step included', () => {
    const g = createGate(data([...ALIASES, alias('Service fédéral de sécurité', 'fsb', 'fr')]));
    const filler = (units: number) => 'x '.repeat(units / 2);
    // The words to confirm straddle the end of the first step (2^18 units), then the second.
    for (const at of [1 << 18, 1 << 19]) {
      const text = `Le Service a annoncé. ${filler(at - 36)}le service fédéral de sécu\nrité ${filler(1 << 18)}`;
      const scan = g.start(text);
      let calls = 1;
      while (!scan.run()) calls++;
      expect(scan.level).toBe(GATE_OPEN);
      // Each call after the patterns looks through one step.
      expect(calls).toBeGreaterThan(2);
    }
    expect(open(`Le Service a annoncé. ${filler(1 << 19)} le service fédéral de santé`, g).level).toBe(GATE_WEAK);
  });

  it('finds aliases without a capital by their units, in any case', () => {
    const g = createGate(data([...ALIASES, alias('халифат', 'islamic-state', 'ru'), alias('1999 apartment bombings', 'bombings')]));
    expect(open('провозгласили халифат в 2014 году', g).level).toBe(GATE_OPEN);
    expect(open('Халифат был провозглашён', g).level).toBe(GATE_OPEN);
    expect(open('the 1999 apartment bombings in Moscow', g).level).toBe(GATE_OPEN);
    // The anchor of "1999 apartment bombings" alone, without the words to confirm, opens nothing.
    expect(open('a new apartment block', g).level).toBe(GATE_WEAK);
  });

  it('runs a pattern only on pages that hold a unit of its script, and still opens pages in every script', () => {
    const g = createGate(
      data([...ALIASES, alias('Шойгу', 'shoigu', 'ru'), alias('Şoygu', 'shoigu', 'tr'), alias('داعش', IS, 'ar'), alias('イスラム国', IS, 'ja')]),
    );
    // Cyrillic capitals, a capital of Latin Extended-A, Arabic and kana: each block its own pattern.
    expect(open('Сергей Шойгу прибыл.', g).level).toBe(GATE_OPEN);
    expect(open('Sergey Şoygu geldi.', g).level).toBe(GATE_OPEN);
    expect(open('أعلن داعش مسؤوليته', g).level).toBe(GATE_OPEN);
    expect(open('「イスラム国」が犯行声明', g).level).toBe(GATE_OPEN);
    // A gate whose only pattern is said to start in a script the page lacks finds nothing, though the pattern matches.
    const packed = packGate(DATA);
    const capitals = packed.patterns.find((pattern) => pattern.capitals && pattern.script === null);
    expect(capitals).toBeDefined();
    const onlyIf = (script: string | null) => new Gate({ ...packed, patterns: [{ ...(capitals as GatePattern), script }], later: [] });
    expect(open('Nikolai Patrushev said so.', onlyIf('[\\u0400-\\u04ff]')).level).toBe(GATE_NONE);
    expect(open('Nikolai Patrushev said so (Николай).', onlyIf('[\\u0400-\\u04ff]')).level).toBe(GATE_OPEN);
    expect(open('Nikolai Patrushev said so.', onlyIf(null)).level).toBe(GATE_OPEN);
  });

  it('makes one pattern per kind and script, whose matches start with a unit its script test finds', () => {
    const { patterns } = packGate(DATA);
    const keys = patterns.map((pattern) => `${String(pattern.capitals)} ${pattern.script ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const pattern of patterns) {
      const script = pattern.script === null ? null : new RegExp(pattern.script);
      // Every unit a match can start with (tried over the first blocks of Unicode) is ASCII or Latin-1, or found by the script test.
      for (let u = 0x20; u < 0x3100; u++) {
        const ch = String.fromCharCode(u);
        const starts = new RegExp(`^(?:${pattern.source})`).test(`${ch}ab\n`) || new RegExp(`^(?:${pattern.source})`).test(ch);
        if (starts) expect(script ? script.test(ch) : u < 0x100, `${pattern.source.slice(0, 40)} starts with U+${u.toString(16)}`).toBe(true);
      }
    }
  });

  it('does not see a name written in lower case where the KB writes it with a capital (a documented limit)', () => {
    expect(open('the crocus city hall attack').level).toBe(GATE_NONE);
  });
});

describe('anchors', () => {
  const words = (text: string) => needOf(text).anchors.map((a) => a.word);
  const confirm = (text: string) => needOf(text).confirm.map((a) => a.word);

  it('are the capitalised words of two letters or more', () => {
    expect(words('Nikolai Patrushev')).toEqual(['nikolai', 'patrushev']);
    expect(words('Crocus City Hall attack')).toEqual(['crocus', 'city', 'hall']);
    expect(words('Islamic State Khorasan Province')).toEqual(['islamic', 'state', 'khorasan', 'province']);
    // Crocus, City and Hall are everyday words (crocus the flower): the rest is confirmed.
    expect(confirm('Crocus City Hall attack')).toEqual(['attack']);
    expect(confirm('Nikolai Patrushev')).toEqual([]);
  });

  it('of an alias without a capital: its most telling word, the others confirmed', () => {
    expect(words('1999 apartment bombings')).toEqual(['apartment']);
    expect(confirm('1999 apartment bombings')).toEqual(['1999', 'bombings']);
    expect(words('халифат')).toEqual(['халифат']);
  });

  it('of an alias whose capitalised words are all everyday words: those, one-letter ones too, and the rest confirmed', () => {
    expect(words('Service fédéral de sécurité')).toEqual(['service']);
    expect(confirm('Service fédéral de sécurité')).toEqual(['federal', 'securite']);
    expect(words('IS-K')).toEqual(['is', 'k']);
  });

  it('mark the last word of a Cyrillic alias as taking case endings', () => {
    expect(needOf('Николай Патрушев').anchors.map((a) => a.inflects)).toEqual([false, true]);
  });

  it('of a Russian case form are the stems of its Cyrillic words, taking endings, so all the forms of an alias share them', () => {
    const anchors = (text: string) => needOf(text, true).anchors.map((a) => `${a.word}${a.inflects ? '+' : ''}`);
    expect(anchors('Исламского государства')).toEqual(['исламск+']);
    expect(anchors('Исламским государством')).toEqual(['исламск+']);
    expect(anchors('Николаем Патрушевым')).toEqual(['никола+', 'патрушев+']);
    // The gate finds each form by those stems: the page's form and the alias's need not be the same.
    const g = createGate(data([{ ...alias('Исламского государства', IS, 'ru'), caseForm: true }]));
    expect(open('Боевики Исламского государства.', g).level).toBe(GATE_OPEN);
    expect(open('Под Исламским государством.', g).level).toBe(GATE_OPEN);
    expect(open('Исламабад.', g).level).toBe(GATE_NONE);
  });

  it('are packed as plain arrays that JSON carries', () => {
    const packed = packGate(DATA);
    expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
    expect(packed.a.length).toBe(packed.b.length);
    expect(packed.a.length).toBe(packed.byAnchor.length);
  });
});
