import { describe, expect, it } from 'vitest';
import { createDetector } from '../../utils/detect';
import { CROCUS, DATA, IS, ISISK, PATRUSHEV, alias, marks, run } from './fixtures';

// A strong mention in another block makes weak aliases («Крокус») count.
const CONTEXT = 'Речь о теракте в Крокус Сити Холл.';

describe('Russian case endings', () => {
  it.each([
    ['Патрушев', PATRUSHEV],
    ['Патрушева', PATRUSHEV],
    ['Патрушеву', PATRUSHEV],
    ['Патрушевым', PATRUSHEV],
    ['Патрушеве', PATRUSHEV],
    ['Патрушевом', PATRUSHEV],
    ['Патрушевы', PATRUSHEV],
    ['Патрушевых', null],
    ['Патрушевский', null],
    ['Патрушевская', null],
    ['Патрушевич', null],
    ['Крокус Сити Холл', CROCUS],
    ['Крокус Сити Холле', CROCUS],
    ['Крокус Сити Холла', CROCUS],
    ['Крокус Сити Холлом', CROCUS],
    ['Крокус Сити Холлу', CROCUS],
    ['Крокусе', CROCUS],
    ['Крокуса', CROCUS],
    ['Крокусом', CROCUS],
    ['Крокусу', CROCUS],
    ['Крокусный', null],
    ['Крокусовый', null],
    ['ИГИЛ', IS],
    ['ИГИЛа', IS],
    ['ИГИЛ-К', ISISK],
  ])('%s → %s, marking the whole inflected word', (word, entity) => {
    const text = `Вчера ${word} снова упоминали.`;
    const r = run([CONTEXT, text]);
    const found = r.mentions.filter((m) => m.block === 1);
    if (entity === null) {
      expect(found).toEqual([]);
    } else {
      expect(found.map((m) => [m.entity, m.text])).toEqual([[entity, word]]);
      expect(text.slice(found[0]?.start, found[0]?.end)).toBe(word);
    }
  });

  it('inflects only the last word of a multi-word alias', () => {
    expect(marks(run('Слова Николай Патрушевым сказаны.'))).toEqual([[PATRUSHEV, 'Николай Патрушевым']]);
    // "Николая" is not "Николай" + ending on the last word: only the surname matches.
    expect(marks(run('Слова Николая Патрушева сказаны.'))).toEqual([[PATRUSHEV, 'Патрушева']]);
  });

  it('lets a final -а/-я/-й/-ь be replaced by the ending', () => {
    const d = createDetector({
      ...DATA,
      entities: [
        ...DATA.entities,
        { id: 'moscow', type: 'place', name: 'Moscow', related: [], excludeContexts: [] },
        { id: 'kremlin', type: 'place', name: 'Kremlin', related: [], excludeContexts: [] },
        { id: 'sergei-shoigu', type: 'person', name: 'Sergei Shoigu', related: [], excludeContexts: [] },
      ],
      aliases: [
        ...DATA.aliases,
        alias('Москва', 'moscow', 'ru'),
        alias('Кремль', 'kremlin', 'ru'),
        alias('Сергей', 'sergei-shoigu', 'ru'),
        alias('Новая Москва', 'moscow', 'ru'),
      ],
    });
    const cases: [string, string | null][] = [
      ['Москва', 'moscow'],
      ['Москве', 'moscow'],
      ['Москвы', 'moscow'],
      ['Москву', 'moscow'],
      ['Москвой', 'moscow'],
      ['Москвич', null],
      ['Москворецкий', null],
      ['Кремль', 'kremlin'],
      ['Кремле', 'kremlin'],
      ['Кремля', 'kremlin'],
      ['Кремлевский', null],
      ['Сергею', 'sergei-shoigu'],
      ['Сергея', 'sergei-shoigu'],
      ['Новая Москва', 'moscow'],
      ['Новая Москве', 'moscow'],
      ['Новая Москвой', 'moscow'],
      ['Новая Москвич', null],
    ];
    for (const [word, entity] of cases) {
      const got = marks(run(`Это ${word}, и всё.`, d));
      expect(got, word).toEqual(entity ? [[entity, word]] : []);
    }
  });

  it('does not inflect Latin-script aliases', () => {
    expect(marks(run('Patrusheva e Patrushevym non sono forme inglesi.'))).toEqual([]);
  });
});
