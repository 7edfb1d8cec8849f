import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project's shared material (seeds, research, corpus), beside the checkout. */
export const SHARED = process.env.GLOSS_SHARED ?? path.resolve(import.meta.dirname, '..', '..', 'shared');

/** A folder of the shared material, or undefined with a visible notice when it is absent. */
export function sharedFolder(name: string): string | undefined {
  const folder = path.join(SHARED, name);
  if (existsSync(folder)) return folder;
  console.warn(`NOTICE: ${folder} is absent; the tests that read it are skipped.`);
  return undefined;
}
