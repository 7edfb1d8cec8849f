/**
 * Builds what a card shows from the compiled knowledge base. Pure, so the
 * background, `npm run kb -- show` and the tests share it.
 */
import type { CompiledKb, ResolvedSource, ResolvedStatement, ResolvedValue } from '../kb/compiled';
import { formatKbDate } from '../format-date';
import type { CardModel, CardRequest, CardSource, CardStatement } from './card-model';

/** How many key facts an entity card lists. */
const MAX_FACTS = 6;
const OPINION_KINDS = new Set(['opinion', 'analysis']);

export function buildCard(kb: CompiledKb, request: CardRequest): CardModel | null {
  const info = { revision: kb.meta.revision, date: kb.meta.date };
  if (request.kind === 'entity') {
    const entity = kb.entities[request.id];
    if (!entity) return null;
    return {
      kind: 'entity',
      id: entity.id,
      name: entity.names.en,
      type: entity.type,
      description: entity.description.en,
      facts: entity.statements
        .filter((statement) => statement.rank !== 'deprecated')
        .slice(0, MAX_FACTS)
        .map((statement) => cardStatement(kb, statement)),
      disputes: entity.disputes.flatMap((id) => {
        const dispute = kb.disputes[id];
        if (!dispute) return [];
        const answers = dispute.statements.filter((statement) => statement.rank !== 'deprecated').length;
        return [{ id, question: dispute.question.en, answers }];
      }),
      kb: info,
    };
  }
  const dispute = kb.disputes[request.id];
  if (!dispute) return null;
  return {
    kind: 'dispute',
    id: dispute.id,
    subject: kb.entities[dispute.subject]?.names.en ?? dispute.subject,
    question: dispute.question.en,
    why: dispute.why.en,
    numeric: dispute.kind === 'numeric',
    ...(request.pageValue !== undefined ? { pageValue: request.pageValue } : {}),
    answers: dispute.statements.map((statement) => cardStatement(kb, statement)),
    kb: info,
  };
}

function cardStatement(kb: CompiledKb, statement: ResolvedStatement): CardStatement {
  const { qualifiers } = statement;
  const value = statement.value;
  return {
    id: statement.id,
    property: kb.properties[statement.property]?.label.en ?? statement.property,
    value: formatValue(value),
    ...('number' in value ? { number: value.number } : {}),
    ...('quote' in value && value.translation ? { translation: value.translation.en } : {}),
    ...(qualifiers.asOf ? { asOf: qualifiers.asOf } : {}),
    ...(qualifiers.saidBy ? { saidBy: qualifiers.saidBy.name } : {}),
    ...(qualifiers.scope ? { scope: qualifiers.scope } : {}),
    ...(qualifiers.note ? { note: qualifiers.note.en } : {}),
    rank: statement.rank,
    ...(statement.reason ? { reason: statement.reason.en } : {}),
    sources: statement.sources.map(cardSource),
  };
}

const BOUND_WORDS = { exact: '', 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'at-most': 'at most ' };

export function formatValue(value: ResolvedValue): string {
  if ('number' in value) return `${BOUND_WORDS[value.bound ?? 'exact']}${value.number.toLocaleString('en')}`;
  if ('range' in value) return `${value.range[0].toLocaleString('en')}–${value.range[1].toLocaleString('en')}`;
  if ('date' in value) return formatKbDate(value.date);
  if ('entity' in value) return value.name;
  if ('text' in value) return value.text.en;
  return `“${value.quote}”`;
}

function cardSource(source: ResolvedSource): CardSource {
  return {
    title: source.title,
    publisher: source.publisher,
    ...(source.url ? { url: source.url } : {}),
    published: source.published,
    kind: source.kind,
    opinion: OPINION_KINDS.has(source.kind),
  };
}
