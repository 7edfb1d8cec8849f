/** Part 4: how much the content script weighs, gzipped as a server would send it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILT_EXTENSION } from '../browser';

export interface SizeResult {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function measureSize(extension = BUILT_EXTENSION): SizeResult {
  const file = path.join(extension, 'content-scripts', 'content.js');
  const bytes = readFileSync(file);
  return { file: path.relative(process.cwd(), file), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}
