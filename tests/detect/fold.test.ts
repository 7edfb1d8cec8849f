import { describe, expect, it } from 'vitest';
import { computeUnit, slowUnit } from '../../utils/text/char-table';
import { foldKeepCase, foldString, foldWithMap, foldedIndexAt, toOriginal } from '../../utils/text';

const TRICKY = [
  'Patrushev’s office',
  'Straße und ﬁnale',
  'Ёжик и йогурт',
  'e\u0301te\u0301 (decomposed)',
  'ISIS\u2011K and ISIS\u2013K and ISIS\u2212K',
  'a\u00a0b\u202fc\u2009d   e\n\tf',
  'Patru\u00adshev',
  'zero\u200bwidth\u200djoin',
  '𝐁𝐨𝐥𝐝 math and 😀 emoji',
  'ＦＵＬＬＷＩＤＴＨ １２３',
  'İstanbul ΣΟΦΊΑ',
  'dell’Isis, l‘EI, d`Isis, all´ISIS',
  '«Крокус Сити Холл»',
  '',
];

describe('foldString', () => {
  it('folds case, compatibility forms and diacritics', () => {
    expect(foldString('Crocus City Hall')).toBe('crocus city hall');
    expect(foldString('Straße')).toBe('strasse');
    expect(foldString('ﬁnal')).toBe('final');
    expect(foldString('État islamique')).toBe('etat islamique');
    expect(foldString('Estado Islámico')).toBe('estado islamico');
    expect(foldString('Märzhälfte')).toBe('marzhalfte');
    expect(foldString('ＡＢＣ１２３')).toBe('abc123');
    expect(foldString('𝐀𝐁𝐂')).toBe('abc');
  });

  it('folds Russian ё to е and й to и', () => {
    expect(foldString('Ёлка')).toBe('елка');
    expect(foldString('Николай')).toBe('николаи');
    expect(foldString('ИГИЛ')).toBe('игил');
  });

  it('unifies dashes and removes soft hyphens', () => {
    for (const d of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']) {
      expect(foldString(`ISIS${d}K`)).toBe('isis-k');
    }
    expect(foldString('Patru\u00adshev')).toBe('patrushev');
    expect(foldString('zero\u200bwidth')).toBe('zerowidth');
  });

  it('unifies apostrophes and quote marks', () => {
    for (const q of ['’', '‘', 'ʼ', '`', '´', "'"]) expect(foldString(`dell${q}Isis`)).toBe("dell'isis");
    expect(foldString('«x» “y” „z“')).toBe('"x" "y" "z"');
  });

  it('unifies spaces and collapses runs', () => {
    expect(foldString('a\u00a0b\u202fc\u2009d \u2003 e\n\tf')).toBe('a b c d e f');
  });

  it('keeps case when asked (for case-sensitive aliases)', () => {
    expect(foldKeepCase('l’EI')).toBe("l'EI");
    expect(foldKeepCase('IS\u00a0is')).toBe('IS is');
    expect(foldKeepCase('Étä')).toBe('Eta');
  });
});

describe('foldWithMap offsets', () => {
  it.each(TRICKY)('maps every folded unit back into the original: %j', (s) => {
    const f = foldWithMap(s);
    expect(f.starts.length).toBe(f.text.length);
    let prevStart = 0;
    for (let i = 0; i < f.text.length; i++) {
      const a = f.starts[i] as number;
      const b = f.ends[i] as number;
      expect(a).toBeGreaterThanOrEqual(prevStart);
      expect(b).toBeGreaterThan(a);
      expect(b).toBeLessThanOrEqual(s.length);
      prevStart = a;
      // Folding the source range reproduces this unit.
      expect(foldString(s.slice(a, b))).toContain(f.text[i]);
    }
  });

  it.each(TRICKY)('round-trips words: the original slice of a folded word folds to that word: %j', (s) => {
    const f = foldWithMap(s);
    for (const m of f.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const [a, b] = toOriginal(f, m.index, m.index + m[0].length);
      expect(foldString(s.slice(a, b))).toBe(m[0]);
    }
  });

  it('maps spans across expansions, marks and removed characters', () => {
    const s = 'Der Straße\u00ad entlang: e\u0301te\u0301 Patru\u00adshev’s';
    const f = foldWithMap(s);
    const at = (w: string): string => {
      const i = f.text.indexOf(w);
      const [a, b] = toOriginal(f, i, i + w.length);
      return s.slice(a, b);
    };
    expect(at('strasse')).toBe('Straße');
    expect(at('ete')).toBe('e\u0301te\u0301');
    expect(at('patrushev')).toBe('Patru\u00adshev');
    expect(at("patrushev's")).toBe('Patru\u00adshev’s');
  });

  it('maps surrogate pairs as one unit of source', () => {
    const s = 'x 𝐀𝐁 😀 y';
    const f = foldWithMap(s);
    expect(f.text).toBe('x ab 😀 y');
    const [a, b] = toOriginal(f, 2, 4);
    expect(s.slice(a, b)).toBe('𝐀𝐁');
    expect(foldedIndexAt(f, s.indexOf('y'))).toBe(f.text.indexOf('y'));
  });

  it('folds long text in chunks correctly', () => {
    const s = 'Ab\u00a0'.repeat(10_000);
    const f = foldWithMap(s);
    expect(f.text).toBe('ab '.repeat(10_000));
    expect(f.ends[f.text.length - 1]).toBe(s.length);
  });
});

describe('the unit table', () => {
  it('gives every code unit the entry of the general rules (ASCII, Latin-1 and Latin Extended-A letters, Cyrillic and punctuation take a shortcut)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (computeUnit(c) !== slowUnit(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});
