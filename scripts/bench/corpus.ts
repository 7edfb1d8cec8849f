/**
 * The real pages of the readability corpus, copied with their external
 * resources switched off: the test network refuses every host but
 * 127.0.0.1 anyway, and the refused requests made each load take seconds.
 * Only URL attributes of loading tags are renamed (`src` → `data-bench-src`);
 * text, elements and inline scripts stay as they are. Bytes are kept as is.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_DIR = '/work/shared/corpus/readability';

/** Corpus page names, all or `limit` spread evenly over the sorted list. */
export function listCorpus(dir: string, limit?: number): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  if (limit === undefined || limit >= names.length) return names;
  const step = names.length / limit;
  return Array.from({ length: limit }, (_, i) => names[Math.floor(i * step)]!);
}

const LOADING_URL = /\b(src|href|srcset|data|poster)(\s*=\s*["']?)((?:https?:)?\/\/)/gi;

export function offline(html: string): string {
  return html.replace(/<([a-z][a-z0-9-]*)\b[^>]*>/gi, (tag, name: string) =>
    name.toLowerCase() === 'a' ? tag : tag.replace(LOADING_URL, 'data-bench-$1$2$3'),
  );
}

export function copyCorpus(from: string, to: string, names: readonly string[]): void {
  for (const name of names) {
    const html = readFileSync(path.join(from, name), 'latin1');
    writeFileSync(path.join(to, name), offline(html), 'latin1');
  }
}
