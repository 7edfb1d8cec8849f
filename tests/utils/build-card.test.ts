import { describe, expect, it } from 'vitest';
import { readKbFiles } from '../../scripts/kb-files';
import { buildCard, formatValue } from '../../utils/cards/build-card';
import { compileKb } from '../../utils/kb/compile';

const folder = readKbFiles('tests/kb/fixtures/valid', '.');
const compiled = compileKb(folder.files, { root: folder.root });
if (!compiled.ok) throw new Error('the valid KB fixture must compile');
const { kb } = compiled;

describe('buildCard', () => {
  it('builds an entity card with attributed facts and its disputes', () => {
    const id = Object.keys(kb.entities).find((key) => (kb.entities[key]?.disputes.length ?? 0) > 0)!;
    const card = buildCard(kb, { kind: 'entity', id });
    expect(card?.kind).toBe('entity');
    if (card?.kind !== 'entity') return;
    expect(card.name).toBe(kb.entities[id]!.names.en);
    expect(card.disputes.length).toBeGreaterThan(0);
    for (const fact of card.facts) expect(fact.sources.length).toBeGreaterThan(0);
    expect(card.kb.revision).toBe(kb.meta.revision);
  });

  it('builds a dispute card in date order, carrying the page figure', () => {
    const id = Object.keys(kb.disputes).find((key) => kb.disputes[key]?.kind === 'numeric')!;
    const card = buildCard(kb, { kind: 'dispute', id, pageValue: 42 });
    if (card?.kind !== 'dispute') throw new Error('expected a dispute card');
    expect(card.pageValue).toBe(42);
    expect(card.numeric).toBe(true);
    const dated = card.answers.map((answer) => answer.asOf).filter((asOf): asOf is string => asOf !== undefined);
    expect(dated).toEqual([...dated].sort());
    for (const answer of card.answers) expect(answer.sources.length).toBeGreaterThan(0);
  });

  it('answers null for an unknown id', () => {
    expect(buildCard(kb, { kind: 'entity', id: 'no-such-subject' })).toBeNull();
    expect(buildCard(kb, { kind: 'dispute', id: 'no-such-dispute' })).toBeNull();
  });
});

describe('formatValue', () => {
  it('words bounds, ranges, dates and quotes', () => {
    expect(formatValue({ number: 133, bound: 'at-least' })).toBe('at least 133');
    expect(formatValue({ number: 1971 })).toBe('1,971');
    expect(formatValue({ range: [89, 92] })).toBe('89–92');
    expect(formatValue({ date: '2024-03-22' })).toBe('22 Mar 2024');
    expect(formatValue({ entity: 'x', name: 'Nikolai Patrushev' })).toBe('Nikolai Patrushev');
    expect(formatValue({ quote: 'Of course Ukraine', lang: 'en' })).toBe('“Of course Ukraine”');
  });
});
