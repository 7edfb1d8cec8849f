import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_EXTENSION } from '../../scripts/browser';

describe('built extension size', () => {
  it('keeps the content script, which every page loads, under 40 kB gzipped', () => {
    const script = readFileSync(path.join(BUILT_EXTENSION, 'content-scripts/content.js'));
    const gzipped = gzipSync(script, { level: 9 }).length;
    console.log(`content script: ${(script.length / 1024).toFixed(1)} kB, ${(gzipped / 1024).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThan(40 * 1024);
  });
});
