/** Errors reported by the knowledge-base compiler, with a location a maintainer can jump to. */

export const KB_ERROR_CODES = [
  'yaml-syntax',
  'schema',
  'file-name-mismatch',
  'duplicate-id',
  'unknown-source',
  'unknown-entity',
  'unknown-property',
  'dispute-too-few-statements',
  'numeric-dispute-value',
  'numeric-dispute-figure-words',
  'deprecated-without-reason',
  'alias-collision',
  'risky-alias',
  'unknown-file',
  'missing-file',
] as const;

export type KbErrorCode = (typeof KB_ERROR_CODES)[number];

export interface KbError {
  code: KbErrorCode;
  /** Path of the file as given to the compiler, e.g. `data/entities/isis-k.yaml`. */
  file: string;
  /** 1-based line; 0 when the error concerns a whole file that does not exist. */
  line: number;
  /** 1-based column; 0 together with line 0. */
  column: number;
  /** Where inside the file, e.g. `statements[3].sources[0]`; empty for the whole file. */
  path: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Renders a path such as ['statements', 3, 'sources', 0] as `statements[3].sources[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function sentence(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}

/**
 * One line per error:
 * `data/entities/isis-k.yaml:14:7 statements[2].sources[0]: unknown source "reuters-x". Add data/sources/reuters-x.yaml or fix the id.`
 */
export function formatKbError(e: KbError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : `${e.file}:`;
  const path = e.path ? ` ${e.path}:` : '';
  const hint = e.hint ? ` ${sentence(e.hint)}` : '';
  return `${where}${path} ${sentence(e.message)}${hint}`;
}

/** Errors sorted by file, then position, so output is stable and grouped. */
export function sortKbErrors(errors: readonly KbError[]): KbError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
