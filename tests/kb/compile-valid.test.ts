import { describe, expect, it } from 'vitest';
import { compileKb } from '../../utils/kb/compile';
import { compileFolder, compileValid, VALID } from './helpers';
import { readKbFiles, PROJECT_ROOT } from '../../scripts/kb-files';

describe('compileKb on the valid fixture', () => {
  it('compiles with meta, revision and a short hash', () => {
    const { kb } = compileValid();
    expect(kb.meta).toMatchObject({ revision: 3, date: '2024-04-10', title: 'Gloss test fixture' });
    expect(kb.meta.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(Object.keys(kb.entities).sort()).toEqual(['crocus-city-hall', 'crocus-city-hall-attack', 'investigative-committee', 'isis-k']);
    expect(Object.keys(kb.sources)).toHaveLength(3);
    expect(Object.keys(kb.properties)).toContain('death-toll');
  });

  it('resolves sources, speakers and entity values in statements', () => {
    const { kb } = compileValid();
    const claim = kb.entities['crocus-city-hall-attack']?.statements.find((s) => s.id === 'attack-claim');
    expect(claim?.value).toEqual({ entity: 'isis-k', name: 'Islamic State – Khorasan Province' });
    expect(claim?.qualifiers.saidBy).toEqual({ name: 'Amaq' });
    expect(claim?.sources.map((s) => [s.id, s.publisher, s.published, s.kind])).toEqual([
      ['example-agency-0323', 'Example Agency', '2024-03-23', 'agency-report'],
      ['example-news-0324', 'Example News', '2024-03-24', 'news-report'],
    ]);
    expect(claim?.rank).toBe('normal');
  });

  it('links disputes to their subject and orders numeric answers by asOf', () => {
    const { kb } = compileValid();
    expect(kb.entities['crocus-city-hall-attack']?.disputes).toEqual(['crocus-death-toll']);
    const toll = kb.disputes['crocus-death-toll'];
    expect(toll?.kind).toBe('numeric');
    expect(toll?.scope).toBe('dead');
    // The file lists 137, 133, 145, 115; 115 (09:00) and 133 (18:00) were both on 23 March.
    expect(toll?.statements.map((s) => s.id)).toEqual(['toll-115', 'toll-133', 'toll-137', 'toll-145']);
    const s133 = toll?.statements[1];
    expect(s133?.qualifiers.saidBy).toEqual({ name: 'Investigative Committee of Russia', entity: 'investigative-committee' });
    expect(s133?.sources[0]?.url).toBe('https://example.org/agency/2024-03-23-toll');
    expect(toll?.statements[0]?.reason?.en).toMatch(/superseded/);
  });

  it('produces matcher data with display names, aliases, flags and figure words', () => {
    const { matcher } = compileValid();
    expect(matcher.revision).toBe(3);
    const find = (text: string) => matcher.aliases.find((a) => a.text === text);
    expect(find('Crocus City Hall')).toMatchObject({ entity: 'crocus-city-hall', lang: 'en', weak: false });
    expect(find('Крокус Сити Холл')).toMatchObject({ entity: 'crocus-city-hall', lang: 'ru' });
    expect(find('Crocus')).toMatchObject({ entity: 'crocus-city-hall', weak: true, caseSensitive: false });
    expect(find('IS-K')).toMatchObject({ entity: 'isis-k', caseSensitive: true });
    expect(find('Crocus Hall')).toMatchObject({ misspelling: true });
    // The ru alias repeating the ru display name is listed once.
    expect(matcher.aliases.filter((a) => a.text === 'Крокус Сити Холл')).toHaveLength(1);
    expect(matcher.entities.find((e) => e.id === 'crocus-city-hall')).toEqual({
      id: 'crocus-city-hall',
      type: 'place',
      name: 'Crocus City Hall',
      related: [],
      excludeContexts: ['crocus bulbs'],
    });
    expect(matcher.disputes).toEqual([
      {
        id: 'crocus-death-toll',
        subject: 'crocus-city-hall-attack',
        scope: 'dead',
        figureWords: { en: ['killed', 'dead', 'death toll'], ru: ['погибли', 'погибших'] },
        // The year of the subject event's date statement (figures right after another year are not answers).
        year: 2024,
      },
    ]);
  });

  it('gives the same hash whatever the file order, and a new hash when content changes', () => {
    const { root, files } = readKbFiles(VALID, PROJECT_ROOT);
    const a = compileKb(files, { root });
    const b = compileKb([...files].reverse(), { root });
    const changed = compileKb(
      files.map((f) => (f.path.endsWith('isis-k.yaml') ? { ...f, text: f.text.replace('- ISKP', '- ISKP Khorasan') } : f)),
      { root },
    );
    if (!a.ok || !b.ok || !changed.ok) throw new Error('fixture variants should compile');
    expect(b.kb.meta.hash).toBe(a.kb.meta.hash);
    expect(changed.kb.meta.hash).not.toBe(a.kb.meta.hash);
  });

  it('accepts the default data/ root', () => {
    const { result } = compileFolder(VALID);
    expect(result.ok).toBe(true);
    const files = readKbFiles(VALID, VALID).files.map((f) => ({ ...f, path: `data/${f.path}` }));
    expect(compileKb(files).ok).toBe(true);
  });
});
