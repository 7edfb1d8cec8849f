/** Node-only: reads the knowledge-base YAML files for the pure compiler. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KbFile } from '../utils/kb/compile.ts';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const toPosix = (p: string) => p.split(sep).join('/');

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
}

export interface KbFolder {
  /** The data folder relative to `base`, forward slashes (the compiler's `root`). */
  root: string;
  files: KbFile[];
}

/**
 * Reads every .yaml/.yml file under `dataDir` (default `data/` of the project).
 * Paths are relative to `base` (default the project root) with forward slashes.
 */
export function readKbFiles(dataDir = join(PROJECT_ROOT, 'data'), base = PROJECT_ROOT): KbFolder {
  const dir = resolve(dataDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`The data folder ${dir} does not exist. Pass an existing folder with --data DIR.`);
  }
  const found: string[] = [];
  walk(dir, found);
  const files = found.sort().map((full) => ({ path: toPosix(relative(base, full)), text: readFileSync(full, 'utf8') }));
  return { root: toPosix(relative(base, dir)) || '.', files };
}
