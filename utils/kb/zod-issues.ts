/** Turns zod issues into located, readable KB errors. */
import type { z } from 'zod';
import type { KbError } from './errors.ts';
import type { ParsedFile, PathPart } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

const SCHEMA_HINT = 'See the field reference in docs/knowledge-base.md (or let the editor schema in data/schema/ complete it)';

/** The accepted shapes for the unions in schema.ts, by the key that holds them. */
const UNION_FORMS: Record<string, string> = {
  value:
    'a value is one of {number: 133, bound: at-least}, {range: [133, 145]}, {date: 2024-03-22}, {entity: some-id}, {text: {en: ...}} or {quote: ..., lang: ru, translation: {en: ...}}',
  saidBy: 'saidBy is either {entity: some-id} or {name: "Who said it"}',
  alias: 'an alias is a string or {text: ..., caseSensitive: true, weak: true, misspelling: true, note: ...}',
};

function getIn(data: unknown, path: readonly PathPart[]): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object' || !(part in (cur as object))) return { found: false, value: undefined };
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return { found: true, value: cur };
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function unionKey(path: readonly PathPart[]): string {
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 3] === 'aliases') return 'alias';
  return typeof last === 'string' ? last : '';
}

/**
 * Picks the union branch the author most likely meant: among the branches whose
 * basic type matched (an object for an object), the only one, or else the only
 * one with a single issue.
 */
function bestBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | undefined {
  const typed = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (typed.length === 1) return typed[0];
  const single = typed.filter((branch) => branch.length === 1);
  return single.length === 1 ? single[0] : undefined;
}

function describe(issue: Issue, data: unknown, path: readonly PathPart[]): { message: string; hint: string; key?: boolean } {
  const here = getIn(data, path);
  switch (issue.code) {
    case 'invalid_type':
      if (!here.found || here.value === undefined) {
        const field = path[path.length - 1];
        return { message: `missing required field "${String(field)}"`, hint: `Add a "${String(field)}:" line to this object. ${SCHEMA_HINT}` };
      }
      if (here.value === null)
        return { message: `empty value, expected ${issue.expected}`, hint: 'Fill in a value or remove the key' };
      return { message: `expected ${issue.expected}, found ${show(here.value)}`, hint: SCHEMA_HINT };
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        hint: `Check the spelling or remove it. ${SCHEMA_HINT}`,
        key: true,
      };
    case 'invalid_format':
      return { message: `${show(here.value)} is not valid: ${issue.message}`, hint: 'Write it in the form described' };
    case 'invalid_value':
      if (here.value === null || here.value === undefined)
        return { message: `empty value; expected one of ${issue.values.map((v) => String(v)).join(', ')}`, hint: 'Fill in one of the listed values' };
      return {
        message: `${show(here.value)} is not allowed; expected one of ${issue.values.map((v) => String(v)).join(', ')}`,
        hint: 'Use one of the listed values',
      };
    case 'too_small':
      if (issue.origin === 'string') return { message: 'must not be empty', hint: 'Write some text or remove the key' };
      return { message: issue.message, hint: SCHEMA_HINT };
    case 'invalid_key':
      return {
        message: `${show(path[path.length - 1])} is not a valid key here; keys are two-letter language codes such as en or ru`,
        hint: 'Rename the key to a language code',
        key: true,
      };
    case 'invalid_union': {
      const form = UNION_FORMS[unionKey(path)];
      return {
        message: `${show(here.value)} does not match any accepted form${form ? `: ${form}` : ''}`,
        hint: SCHEMA_HINT,
      };
    }
    default:
      return { message: issue.message, hint: SCHEMA_HINT };
  }
}

function flatten(issue: Issue, base: readonly PathPart[]): { issue: Issue; path: PathPart[] }[] {
  const path = [...base, ...(issue.path as PathPart[])];
  if (issue.code === 'invalid_union') {
    const branch = bestBranch(issue);
    if (branch) return branch.flatMap((inner) => flatten(inner, path));
  }
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
    return issue.keys.map((key) => ({ issue: { ...issue, keys: [key] }, path: [...path, key] }));
  }
  return [{ issue, path }];
}

export function zodIssuesToErrors(parsed: ParsedFile, issues: readonly Issue[]): KbError[] {
  const errors: KbError[] = [];
  for (const top of issues) {
    for (const { issue, path } of flatten(top, [])) {
      const dataPath = issue.code === 'unrecognized_keys' ? path.slice(0, -1) : path;
      const { message, hint, key } = describe(issue, parsed.data, dataPath);
      errors.push(parsed.error('schema', path, message, hint, { key }));
    }
  }
  return errors;
}
