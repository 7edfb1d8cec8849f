/** JSON Schemas for editors, derived from the zod contract in schema.ts. */
import { z } from 'zod';
import { disputeSchema, entitySchema, metaSchema, propertiesFileSchema, sourceSchema } from './schema.ts';

export interface SchemaFile {
  /** File name inside data/schema/. */
  name: string;
  /** Glob (relative to the project) of the YAML files it describes. */
  glob: string;
  json: string;
}

/** Editor help for fields that schema.ts leaves undescribed (a description in schema.ts wins). */
const FIELD_DOCS: Record<string, string> = {
  id: 'Lower-case words joined by hyphens; must equal the file name (without .yaml) for sources, entities and disputes.',
  title: 'The headline or title as published.',
  publisher: 'Who published it (outlet, agency, body).',
  published: 'Publication date: YYYY-MM-DD, optionally with a time and offset.',
  language: 'Two-letter language code of the source text.',
  author: 'The author, when credited.',
  note: 'A short remark for maintainers or readers.',
  type: 'What sort of subject this is.',
  subject: 'The entity id this dispute is about.',
  question: 'The question the competing statements answer, per language.',
  label: 'How the property is labelled on cards, per language.',
  properties: 'Every property a statement may use.',
  property: 'One of the ids in data/properties.yaml.',
  value: 'The value: {number}, {range}, {date}, {entity}, {text} or {quote, lang}.',
  qualifiers: 'Context for the value: as-of date, scope, who said it, validity period.',
  sources: 'Ids of the sources (files in data/sources/) that report this value.',
  rank: 'preferred (the best current value), normal, or deprecated (needs a reason).',
  statements: 'Sourced statements, each with a unique id across the knowledge base.',
  related: 'Ids of related entities; a strong mention of one lets weak aliases of the others count.',
  revision: 'Raise by one with every published change.',
  date: 'A date: YYYY, YYYY-MM or YYYY-MM-DD.',
  number: 'The figure as a plain number.',
  range: 'Lowest and highest figure, e.g. [133, 145].',
  entity: 'An entity id (a file in data/entities/).',
  name: 'A display name, for a speaker who has no entity.',
  text: 'The text.',
};

const KINDS = [
  { name: 'kb.schema.json', glob: 'data/kb.yaml', schema: metaSchema, title: 'Gloss KB: kb.yaml', about: 'Revision, date and title of the knowledge base.', kind: '' },
  { name: 'properties.schema.json', glob: 'data/properties.yaml', schema: propertiesFileSchema, title: 'Gloss KB: properties.yaml', about: 'The properties statements may use.', kind: '' },
  { name: 'source.schema.json', glob: 'data/sources/*.yaml', schema: sourceSchema, title: 'Gloss KB: source', about: 'One source (article, statement, post); the file name is its id.', kind: 'What sort of source this is.' },
  { name: 'entity.schema.json', glob: 'data/entities/*.yaml', schema: entitySchema, title: 'Gloss KB: entity', about: 'One subject with names, aliases and sourced statements; the file name is its id.', kind: '' },
  { name: 'dispute.schema.json', glob: 'data/disputes/*.yaml', schema: disputeSchema, title: 'Gloss KB: dispute', about: 'One question that sources answer differently; the file name is its id.', kind: 'numeric (competing figures; needs figureWords) or text.' },
] as const;

type Json = { [key: string]: unknown };

function describeFields(node: unknown, docs: Record<string, string>): void {
  if (Array.isArray(node)) return node.forEach((n) => describeFields(n, docs));
  if (node === null || typeof node !== 'object') return;
  const obj = node as Json;
  const props = obj.properties as Record<string, Json> | undefined;
  if (props && typeof props === 'object') {
    for (const [key, sub] of Object.entries(props)) {
      const doc = docs[key];
      if (doc && sub && typeof sub === 'object' && sub.description === undefined) sub.description = doc;
    }
  }
  for (const value of Object.values(obj)) describeFields(value, docs);
}

/** The schema files `npm run kb -- schema` writes, with their exact contents. */
export function kbJsonSchemas(): SchemaFile[] {
  return KINDS.map(({ name, glob, schema, title, about, kind }) => {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Json;
    describeFields(json, kind ? { ...FIELD_DOCS, kind } : FIELD_DOCS);
    const doc = { ...json, title, description: `${about} Generated from utils/kb/schema.ts by "npm run kb -- schema"; do not edit.` };
    return { name, glob, json: `${JSON.stringify(doc, null, 2)}\n` };
  });
}
