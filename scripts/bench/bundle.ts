/**
 * Bundles the in-page entry (and so the code under measure) into one IIFE
 * for `page.evaluate`, minified like the extension's content script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function bundleInPage(plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    entryPoints: [path.join(HERE, 'in-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
    // The highlight rules ship as the content script's manifest CSS; the bundle only needs the code.
    loader: { '.css': 'empty' },
    plugins,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for scripts/bench/in-page.ts');
  return output.text;
}

/** mark.js as a classic script: evaluated in a page it defines `window.Mark`. */
export function markjsSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}
