import { describe, expect, it } from 'vitest';
import { aliasRisk, entityAliases } from '../../utils/kb/aliases';
import { commonWordLanguages } from '../../utils/kb/common-words';
import { compareDates } from '../../utils/kb/dates';
import { formatKbError, formatPath, type KbError } from '../../utils/kb/errors';
import { canonicalJson, fnv1a } from '../../utils/kb/hash';
import { classifyFile } from '../../utils/kb/layout';

describe('formatKbError', () => {
  const base: KbError = {
    code: 'unknown-source',
    file: 'data/entities/isis-k.yaml',
    line: 14,
    column: 7,
    path: 'statements[2].sources[0]',
    message: 'unknown source "reuters-x"',
    hint: 'Add data/sources/reuters-x.yaml or fix the id',
  };
  it('renders file:line:column, path, message and hint', () => {
    expect(formatKbError(base)).toBe(
      'data/entities/isis-k.yaml:14:7 statements[2].sources[0]: unknown source "reuters-x". Add data/sources/reuters-x.yaml or fix the id.',
    );
  });
  it('leaves the position out for a missing file', () => {
    expect(formatKbError({ ...base, line: 0, column: 0, path: '', message: 'missing file' })).toMatch(/^data\/entities\/isis-k\.yaml: missing file\. /);
  });
  it('formats paths with indexes and odd keys', () => {
    expect(formatPath(['statements', 3, 'sources', 0])).toBe('statements[3].sources[0]');
    expect(formatPath(['aliases', 'en', 1])).toBe('aliases.en[1]');
    expect(formatPath(['a b'])).toBe('["a b"]');
  });
});

describe('alias risk', () => {
  it('flags short aliases and everyday words in any KB language', () => {
    expect(aliasRisk('IS')).toMatch(/2 letters/);
    expect(aliasRisk('ФСБ')).toMatch(/3 letters/);
    expect(aliasRisk('I.S.')).toMatch(/2 letters/);
    for (const word of ['Crocus', 'SHOT', 'Baza', 'base', 'Picnic', 'State', 'case', 'fine', 'Mash', 'база', 'città']) {
      expect(aliasRisk(word), word).toMatch(/everyday word/);
    }
    expect(commonWordLanguages('ei')).toContain('it');
  });
  it('accepts names that are not everyday words', () => {
    for (const name of ['ISIS', 'Patrushev', 'ISKP', 'Krasnogorsk', 'Crocus City Hall', 'Патрушев']) {
      expect(aliasRisk(name), name).toBeUndefined();
    }
  });
});

describe('entityAliases', () => {
  it('lists display names and aliases, letting an explicit alias override a same-text name', () => {
    const aliases = entityAliases({
      id: 'baza',
      type: 'channel',
      names: { en: 'Baza' },
      description: { en: 'A channel.' },
      aliases: { en: [{ text: 'baza', weak: true }, 'Baza channel'], ru: ['База'] },
    });
    expect(aliases.map((a) => [a.lang, a.text, a.weak])).toEqual([
      ['en', 'baza', true],
      ['en', 'Baza channel', false],
      ['ru', 'База', false],
    ]);
  });

  it('keeps case-sensitive spellings that fold alike, and each text once', () => {
    const aliases = entityAliases({
      id: 'isis-k',
      type: 'organization',
      names: { en: 'ISIS-K' },
      description: { en: 'A branch.' },
      aliases: { en: [{ text: 'ISKP', caseSensitive: true }, { text: 'Iskp', caseSensitive: true }, { text: 'ISKP', caseSensitive: true }, 'isis-k'] },
    });
    expect(aliases.map((a) => [a.text, a.caseSensitive])).toEqual([
      ['isis-k', false],
      ['ISKP', true],
      ['Iskp', true],
    ]);
  });

  it('makes a display name case-sensitive in every language where a case-sensitive alias writes it so', () => {
    const aliases = entityAliases({
      id: 'shot',
      type: 'channel',
      weak: true,
      names: { en: 'Shot (Telegram channel)', ru: 'Shot (телеграм-канал)', fr: 'Shot (chaîne Telegram)', de: 'Telegram-Kanal Shot' },
      description: { en: 'A channel.' },
      aliases: { en: [{ text: 'Shot', caseSensitive: true }] },
    });
    expect(aliases.map((a) => [a.lang, a.text, a.caseSensitive])).toEqual([
      ['ru', 'Shot', true],
      ['fr', 'Shot', true],
      ['de', 'Telegram-Kanal Shot', false],
      ['en', 'Shot', true],
    ]);
  });
});

describe('dates and hashing', () => {
  it('orders dates of mixed precision and offsets, a month or year after its days, undated last', () => {
    const dates = ['2024-03-24', undefined, '2024', '2024-03-23T18:00+03:00', '2024-03-23T16:00Z', '2024-03', '2024-04-01', '2024-03-23'];
    expect([...dates].sort(compareDates)).toEqual([
      '2024-03-23',
      '2024-03-23T18:00+03:00',
      '2024-03-23T16:00Z',
      '2024-03-24',
      '2024-03',
      '2024-04-01',
      '2024',
      undefined,
    ]);
  });
  it('hashes canonical JSON independent of key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});

describe('classifyFile', () => {
  it('knows where each kind of file lives', () => {
    expect(classifyFile('data/kb.yaml', 'data')).toEqual({ kind: 'meta', name: 'kb' });
    expect(classifyFile('data/entities/isis-k.yaml', 'data')).toEqual({ kind: 'entity', name: 'isis-k' });
    expect(classifyFile('data/entities/people/x.yaml', 'data').kind).toBe('unknown');
    expect(classifyFile('data/sources/x.yml', 'data')).toMatchObject({ kind: 'unknown', hint: 'Rename it to x.yaml' });
    expect(classifyFile('data/notes.yaml', 'data').kind).toBe('unknown');
  });
});
