import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, readKbFiles } from '../../scripts/kb-files';
import { compileKb, type CompileResult } from '../../utils/kb/compile';

export const FIXTURES = join(PROJECT_ROOT, 'tests/kb/fixtures');
export const VALID = join(FIXTURES, 'valid');
export const INVALID = join(FIXTURES, 'invalid');

/** Compiles a fixture folder the way the CLI does (paths relative to the project root). */
export function compileFolder(dir: string): { root: string; result: CompileResult } {
  const { root, files } = readKbFiles(dir, PROJECT_ROOT);
  return { root, result: compileKb(files, { root }) };
}

/** The matcher data of the shipped knowledge base (data/), as the build compiles it. */
export function shippedMatcher() {
  const { root, files } = readKbFiles();
  const result = compileKb(files, { root });
  if (!result.ok) throw new Error('The shipped knowledge base does not compile: run npm run kb -- check');
  return result.matcher;
}

export function compileValid() {
  const { result } = compileFolder(VALID);
  if (!result.ok) throw new Error(`valid fixture does not compile:\n${JSON.stringify(result.errors, null, 2)}`);
  return result;
}

export interface InvalidCase {
  name: string;
  dir: string;
  /** File relative to the case folder. */
  file: string;
  /** Expected line, or undefined when the error concerns a missing file. */
  line: number | undefined;
  text: string;
}

export function invalidCases(): InvalidCase[] {
  return readdirSync(INVALID, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(INVALID, e.name);
      const [at = '', text = ''] = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n');
      const m = /^(.*?)(?::(\d+))?$/.exec(at.trim());
      return { name: e.name, dir, file: m?.[1] ?? '', line: m?.[2] ? Number(m[2]) : undefined, text: text.trim() };
    });
}
