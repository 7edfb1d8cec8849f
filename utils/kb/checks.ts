/** Step 2 of compiling: checks that span files (ids, references, disputes, aliases). */
import { checkAliasCollisions, checkRiskyAliases, entityAliases } from './aliases.ts';
import type { KbError } from './errors.ts';
import type { Loaded, LoadedKb } from './load.ts';
import type { Statement } from './schema.ts';
import type { ParsedFile, PathPart } from './yaml-source.ts';

interface Owner {
  parsed: ParsedFile;
  path: PathPart[];
}

/** Reports the second and later uses of an id. */
function duplicates(kind: string, items: readonly { id: string; owner: Owner }[]): KbError[] {
  const first = new Map<string, Owner>();
  const errors: KbError[] = [];
  for (const { id, owner } of items) {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, owner);
      continue;
    }
    const { line } = earlier.parsed.locate(earlier.path);
    errors.push(
      owner.parsed.error(
        'duplicate-id',
        owner.path,
        `duplicate ${kind} id "${id}": already used in ${earlier.parsed.file}:${line}`,
        `Give one of them a different id (ids are unique across the knowledge base)`,
      ),
    );
  }
  return errors;
}

function allStatements(kb: LoadedKb): { st: Statement; parsed: ParsedFile; path: PathPart[] }[] {
  const out: { st: Statement; parsed: ParsedFile; path: PathPart[] }[] = [];
  for (const { parsed, value } of [...kb.entities, ...kb.disputes] as Loaded<{ statements?: Statement[] }>[]) {
    (value.statements ?? []).forEach((st, i) => out.push({ st, parsed, path: ['statements', i] }));
  }
  return out;
}

function checkIds(kb: LoadedKb): KbError[] {
  const own = (l: Loaded<{ id: string }>) => ({ id: l.value.id, owner: { parsed: l.parsed, path: ['id'] } });
  return [
    ...duplicates('source', kb.sources.map(own)),
    ...duplicates('entity or dispute', [...kb.entities, ...kb.disputes].map(own)),
    ...duplicates(
      'statement',
      allStatements(kb).map(({ st, parsed, path }) => ({ id: st.id, owner: { parsed, path: [...path, 'id'] } })),
    ),
    ...duplicates(
      'property',
      (kb.properties?.value.properties ?? []).map((p, i) => ({
        id: p.id,
        owner: { parsed: (kb.properties as Loaded<unknown>).parsed, path: ['properties', i, 'id'] },
      })),
    ),
  ];
}

const listSome = (ids: readonly string[]) => (ids.length > 15 ? `${ids.slice(0, 15).join(', ')} ...` : ids.join(', '));

function checkReferences(kb: LoadedKb): KbError[] {
  const errors: KbError[] = [];
  const sources = new Set([...kb.sources.map((s) => s.value.id), ...kb.brokenIds]);
  const entities = new Set([...kb.entities.map((e) => e.value.id), ...kb.brokenIds]);
  const properties = kb.properties?.value.properties.map((p) => p.id) ?? [];
  const root = kb.root;
  const unknownEntity = (parsed: ParsedFile, path: PathPart[], id: string, role: string) => {
    if (!entities.has(id))
      errors.push(parsed.error('unknown-entity', path, `unknown entity "${id}" in ${role}`, `Add ${root}/entities/${id}.yaml or fix the id`));
  };

  for (const { st, parsed, path } of allStatements(kb)) {
    if (!kb.propertiesBroken && !properties.includes(st.property)) {
      errors.push(
        parsed.error('unknown-property', [...path, 'property'], `unknown property "${st.property}"`, `Use one of ${listSome(properties)}, or add it to ${root}/properties.yaml`),
      );
    }
    st.sources.forEach((id, j) => {
      if (!sources.has(id))
        errors.push(parsed.error('unknown-source', [...path, 'sources', j], `unknown source "${id}"`, `Add ${root}/sources/${id}.yaml or fix the id`));
    });
    const saidBy = st.qualifiers?.saidBy;
    if (saidBy && 'entity' in saidBy) unknownEntity(parsed, [...path, 'qualifiers', 'saidBy', 'entity'], saidBy.entity, 'saidBy');
    if ('entity' in st.value) unknownEntity(parsed, [...path, 'value', 'entity'], st.value.entity, 'the value');
    if (st.rank === 'deprecated' && !st.reason) {
      errors.push(
        parsed.error('deprecated-without-reason', [...path, 'rank'], 'deprecated statement without a reason', 'Add reason: {en: "..."} saying why the value is no longer used (superseded, miscounted, unofficial ...)'),
      );
    }
  }
  for (const { parsed, value } of kb.entities) {
    (value.related ?? []).forEach((id, i) => unknownEntity(parsed, ['related', i], id, 'related'));
  }
  for (const { parsed, value } of kb.disputes) unknownEntity(parsed, ['subject'], value.subject, 'subject');
  return errors;
}

function checkDisputes(kb: LoadedKb): KbError[] {
  const errors: KbError[] = [];
  for (const { parsed, value: d } of kb.disputes) {
    const live = d.statements.filter((s) => s.rank !== 'deprecated').length;
    if (live < 2) {
      errors.push(
        parsed.error('dispute-too-few-statements', ['statements'], `dispute has ${live} non-deprecated statement${live === 1 ? '' : 's'}; it needs at least two differing answers`, 'Add another sourced answer, or move the single value into the subject entity\'s statements', { key: true }),
      );
    }
    if (d.kind !== 'numeric') continue;
    d.statements.forEach((s, i) => {
      if (!('number' in s.value) && !('range' in s.value)) {
        errors.push(
          parsed.error('numeric-dispute-value', ['statements', i, 'value'], 'a numeric dispute needs a number or a range as each value', 'Write value: {number: 133} (optionally with bound: at-least) or value: {range: [133, 145]}, or make the dispute kind: text'),
        );
      }
    });
    const words = Object.values(d.figureWords ?? {}).flatMap((w) => w ?? []);
    if (words.length === 0) {
      errors.push(
        parsed.error('numeric-dispute-figure-words', d.figureWords ? ['figureWords'] : ['kind'], 'numeric dispute without figureWords', 'Add figureWords per language, e.g. figureWords: {en: [killed, dead], ru: [погибли]}, so the page scanner knows which numbers answer this question'),
      );
    }
  }
  return errors;
}

function checkAliases(kb: LoadedKb): KbError[] {
  const errors: KbError[] = [];
  const claims = [];
  for (const { parsed, value } of kb.entities) {
    const aliases = entityAliases(value);
    errors.push(...checkRiskyAliases(parsed, aliases));
    claims.push(...aliases.map((entry) => ({ entry, parsed })));
  }
  return [...errors, ...checkAliasCollisions(claims)];
}

export function checkKb(kb: LoadedKb): KbError[] {
  return [...checkIds(kb), ...checkReferences(kb), ...checkDisputes(kb), ...checkAliases(kb)];
}
