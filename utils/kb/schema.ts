/**
 * The shape of the human-edited knowledge-base files in `data/`.
 *
 * The model follows Wikidata's statements: every value is a statement with
 * qualifiers (as-of date, scope, who said it), one or more sources and a rank.
 * Disputes group the statements that answer one question differently.
 *
 * This file is the single source of truth: the validator, the build step and
 * the JSON Schema for editors are all derived from it.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'ru', 'it', 'fr', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "nikolai-patrushev"');

/** A calendar date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); a time may follow a full date. */
const date = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/,
    'dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an optional offset such as +03:00',
  );

/** Text in one or more languages; English is required so every card has something to show. */
const localized = z
  .object({ en: z.string().min(1) })
  .catchall(z.string().min(1))
  .describe('Text per language code; "en" is required.');

export const SOURCE_KINDS = [
  'agency-report',
  'news-report',
  'opinion',
  'analysis',
  'official-statement',
  'encyclopedia',
  'social-media',
  'court-document',
  'broadcast',
] as const;

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url().optional().describe('Where the source can be read; omit only when no address was recorded.'),
    published: date,
    language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "en" or "ru"'),
    kind: z.enum(SOURCE_KINDS),
    author: z.string().min(1).optional(),
    seed: z
      .string()
      .optional()
      .describe('File name of the seed article this source is, when it is one of the five seeds.'),
    via: z.string().min(1).optional().describe('Whom this source itself quotes or relays (e.g. "TASS", "Interfax").'),
    note: z.string().min(1).optional(),
  })
  .strict();

const aliasObject = z
  .object({
    text: z.string().min(1),
    caseSensitive: z.boolean().optional().describe('Match only with this exact capitalisation (acronyms such as "IS").'),
    weak: z
      .boolean()
      .optional()
      .describe('Counts only when a strong mention of this or a related subject is in the same block or page.'),
    misspelling: z.boolean().optional().describe('A known misspelling seen in real text; shown as a possible mention.'),
    note: z.string().min(1).optional(),
  })
  .strict();

export const aliasSchema = z.union([z.string().min(1), aliasObject]);

export const quantity = z
  .object({
    number: z.number(),
    bound: z
      .enum(['exact', 'at-least', 'more-than', 'about', 'at-most'])
      .optional()
      .describe('How the figure was stated: "at least 133" is at-least.'),
  })
  .strict();

export const valueSchema = z.union([
  quantity,
  z.object({ range: z.tuple([z.number(), z.number()]) }).strict(),
  z.object({ date }).strict(),
  z.object({ entity: id }).strict(),
  z.object({ text: localized }).strict(),
  z
    .object({
      quote: z.string().min(1).describe('The words as said, in the original language.'),
      lang: z.string().regex(/^[a-z]{2}$/),
      translation: localized.optional(),
    })
    .strict(),
]);

export const RANKS = ['preferred', 'normal', 'deprecated'] as const;

export const statementSchema = z
  .object({
    id,
    property: id.describe('One of the ids in data/properties.yaml.'),
    value: valueSchema,
    qualifiers: z
      .object({
        asOf: date.optional().describe('When the value was true or announced.'),
        scope: z.string().min(1).optional().describe('What is counted, e.g. dead, injured, missing, hospitalised.'),
        saidBy: z
          .union([z.object({ entity: id }).strict(), z.object({ name: z.string().min(1) }).strict()])
          .optional()
          .describe('Who announced or said it: an entity id, or a name when the speaker has no entity.'),
        start: date.optional(),
        end: date.optional(),
        note: localized.optional(),
      })
      .strict()
      .optional(),
    sources: z.array(id).min(1, 'every statement needs at least one source id'),
    rank: z.enum(RANKS).default('normal'),
    reason: localized
      .optional()
      .describe('Why a deprecated value is deprecated (superseded, miscounted, unofficial ...).'),
  })
  .strict();

export const ENTITY_TYPES = [
  'event',
  'organization',
  'person',
  'place',
  'publication',
  'channel',
  'government-body',
] as const;

export const entitySchema = z
  .object({
    id,
    type: z.enum(ENTITY_TYPES),
    names: localized.describe('The display name per language.'),
    description: localized.describe('One or two neutral sentences, in our own words.'),
    aliases: z
      .partialRecord(z.string().regex(/^[a-z]{2}$/), z.array(aliasSchema))
      .describe('Other ways the subject is written, per language. Display names are aliases already.'),
    weak: z
      .boolean()
      .optional()
      .describe(
        'Every name and alias of this subject counts only with supporting context (a strong mention of a related subject): for subjects that are not about the story by themselves, such as news agencies, countries or officials mentioned in passing.',
      ),
    excludeContexts: z
      .array(z.string().min(1))
      .optional()
      .describe('Phrases around an alias that mean another subject, e.g. "temple of Isis".'),
    related: z.array(id).optional(),
    statements: z.array(statementSchema).optional(),
  })
  .strict();

export const disputeSchema = z
  .object({
    id,
    subject: id,
    question: localized,
    why: localized.describe('Why the answers differ, neutral and short.'),
    kind: z.enum(['numeric', 'text']),
    scope: z.string().min(1).optional().describe('For numeric disputes: what is counted (dead, injured ...).'),
    figureWords: z
      .partialRecord(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(1)))
      .optional()
      .describe('For numeric disputes: words near a number that make it an answer ("killed", "погибли").'),
    countsOne: z
      .boolean()
      .optional()
      .describe('For numeric disputes that one may answer ("one person is still missing"): "one" in words is a figure too. Otherwise spelled numbers count from two.'),
    statements: z.array(statementSchema).min(1),
  })
  .strict();

export const propertySchema = z
  .object({
    id,
    label: localized,
    description: z.string().min(1).optional(),
  })
  .strict();

export const propertiesFileSchema = z.object({ properties: z.array(propertySchema).min(1) }).strict();

export const metaSchema = z
  .object({
    revision: z.number().int().positive().describe('Raise by one with every published change.'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().min(1),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type Value = z.infer<typeof valueSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Property = z.infer<typeof propertySchema>;
export type Meta = z.infer<typeof metaSchema>;
