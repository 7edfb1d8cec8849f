/** Step 3 of compiling: resolve references into the compiled KB and the matcher slice. */
import { entityAliases } from './aliases.ts';
import type { CompiledDispute, CompiledEntity, CompiledKb, ResolvedSource, ResolvedStatement, ResolvedValue } from './compiled.ts';
import { compareDates } from './dates.ts';
import { contentHash } from './hash.ts';
import type { LoadedKb } from './load.ts';
import type { MatcherData, MatcherDispute } from './matcher-data.ts';
import { withCaseForms } from './case-forms.ts';
import { commonWordLanguages } from './common-words.ts';
import type { Entity, Property, Source, Statement } from './schema.ts';

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function resolveSource(s: Source): ResolvedSource {
  const out: ResolvedSource = { id: s.id, title: s.title, publisher: s.publisher, published: s.published, kind: s.kind, language: s.language };
  if (s.url !== undefined) out.url = s.url;
  if (s.via !== undefined) out.via = s.via;
  return out;
}

function makeResolver(sources: Map<string, Source>, entities: Map<string, Entity>) {
  const nameOf = (id: string) => entities.get(id)?.names.en ?? id;
  return (st: Statement): ResolvedStatement => {
    const { saidBy, ...rest } = st.qualifiers ?? {};
    const value: ResolvedValue = 'entity' in st.value ? { entity: st.value.entity, name: nameOf(st.value.entity) } : st.value;
    const out: ResolvedStatement = {
      id: st.id,
      property: st.property,
      value,
      qualifiers: { ...rest },
      // Unknown ids only occur in a partial build of a KB with errors; they are left out there.
      sources: st.sources.flatMap((id) => {
        const source = sources.get(id);
        return source ? [resolveSource(source)] : [];
      }),
      rank: st.rank,
    };
    if (saidBy) out.qualifiers.saidBy = 'entity' in saidBy ? { name: nameOf(saidBy.entity), entity: saidBy.entity } : { name: saidBy.name };
    if (st.reason) out.reason = st.reason;
    return out;
  };
}

/** The year of an event's first date statement (undefined for other subjects). */
function eventYear(entity: Entity | undefined): number | undefined {
  if (entity?.type !== 'event') return undefined;
  for (const st of entity.statements ?? []) {
    if (st.property === 'date' && 'date' in st.value) return Number(st.value.date.slice(0, 4));
  }
  return undefined;
}

export function buildKb(loaded: LoadedKb): { kb: CompiledKb; matcher: MatcherData } {
  const meta = loaded.meta?.value ?? { revision: 0, date: '', title: '' };
  const sourceList = byId(loaded.sources.map((s) => s.value));
  const entityList = byId(loaded.entities.map((e) => e.value));
  const disputeList = byId(loaded.disputes.map((d) => d.value));
  const properties: Record<string, Property> = {};
  for (const p of byId(loaded.properties?.value.properties ?? [])) properties[p.id] = p;
  const sources: Record<string, Source> = {};
  for (const s of sourceList) sources[s.id] = s;
  const entityById = new Map(entityList.map((e) => [e.id, e]));
  const resolve = makeResolver(new Map(sourceList.map((s) => [s.id, s])), entityById);

  const entities: Record<string, CompiledEntity> = {};
  for (const e of entityList) {
    entities[e.id] = {
      id: e.id,
      type: e.type,
      names: e.names,
      description: e.description,
      related: e.related ?? [],
      statements: (e.statements ?? []).map(resolve),
      disputes: disputeList.filter((d) => d.subject === e.id).map((d) => d.id),
    };
  }
  const disputes: Record<string, CompiledDispute> = {};
  for (const d of disputeList) {
    const statements = d.statements.map(resolve);
    if (d.kind === 'numeric') statements.sort((a, b) => compareDates(a.qualifiers.asOf, b.qualifiers.asOf));
    disputes[d.id] = { id: d.id, subject: d.subject, question: d.question, why: d.why, kind: d.kind, statements };
    if (d.scope !== undefined) disputes[d.id]!.scope = d.scope;
  }

  const matcher: MatcherData = {
    revision: meta.revision,
    date: meta.date,
    entities: entityList.map((e) => ({ id: e.id, type: e.type, name: e.names.en, related: e.related ?? [], excludeContexts: e.excludeContexts ?? [] })),
    aliases: withCaseForms(
      entityList.flatMap((e) =>
        entityAliases(e).map(({ text, entity, lang, caseSensitive, weak, misspelling }) => ({
          text,
          entity,
          lang,
          caseSensitive,
          weak,
          misspelling,
          ...(caseSensitive && commonWordLanguages(text).length > 0 ? { wordLike: true } : {}),
        })),
      ),
      (id) => entityById.get(id)?.type === 'person',
      (id) => entityById.get(id)?.type === 'place',
    ),
    disputes: disputeList
      .filter((d) => d.kind === 'numeric')
      .map((d) => {
        const figureWords: Record<string, string[]> = {};
        for (const [lang, words] of Object.entries(d.figureWords ?? {})) if (words) figureWords[lang] = words;
        const out: MatcherDispute = { id: d.id, subject: d.subject, figureWords };
        if (d.scope !== undefined) out.scope = d.scope;
        if (d.countsOne === true) out.countsOne = true;
        const year = eventYear(entityById.get(d.subject));
        if (year !== undefined) out.year = year;
        return out;
      }),
  };

  const body = { meta: { revision: meta.revision, date: meta.date, title: meta.title }, entities, disputes, sources, properties };
  const hash = contentHash({ kb: body, matcher });
  return { kb: { ...body, meta: { ...body.meta, hash } }, matcher };
}
