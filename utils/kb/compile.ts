/**
 * Compiles the knowledge-base files into the structures the extension ships.
 * Pure: takes file texts, returns either the compiled KB or every error found,
 * each with file, line, column, path and what to do.
 */
import { buildKb } from './build.ts';
import { checkKb } from './checks.ts';
import type { CompiledKb } from './compiled.ts';
import { sortKbErrors, type KbError } from './errors.ts';
import { normaliseRoot } from './layout.ts';
import { loadKb, type KbFile } from './load.ts';
import type { MatcherData } from './matcher-data.ts';

export type { KbFile } from './load.ts';
export type { KbError } from './errors.ts';
export { formatKbError } from './errors.ts';

export type CompileResult =
  | { ok: true; kb: CompiledKb; matcher: MatcherData }
  | {
      ok: false;
      errors: KbError[];
      /** With `partial: true`: what could be built from the files without errors (for inspection only, never to ship). */
      partial?: { kb: CompiledKb; matcher: MatcherData };
    };

export interface CompileOptions {
  /** The data folder the paths start with; default `data`. */
  root?: string;
  /** Also build what can be built when there are errors (used by `kb show` and `kb stats`). */
  partial?: boolean;
}

export function compileKb(files: readonly KbFile[], options: CompileOptions = {}): CompileResult {
  const root = normaliseRoot(options.root ?? 'data');
  const { kb: loaded, errors } = loadKb(files, root);
  errors.push(...checkKb(loaded));
  if (errors.length > 0) {
    const failed = { ok: false as const, errors: sortKbErrors(errors) };
    return options.partial ? { ...failed, partial: buildKb(loaded) } : failed;
  }
  return { ok: true, ...buildKb(loaded) };
}
