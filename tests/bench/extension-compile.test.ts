import { describe, expect, it } from 'vitest';
import { extensionCompileMs } from '../../scripts/bench/measure-extension';

const compile = (url: string, dur: number, ph = 'X', worldName: string | null = 'Gloss') => ({
  name: 'v8.compile',
  ph,
  dur,
  args: { data: { url }, ...(worldName ? { worldName } : {}) },
});

describe('extensionCompileMs (the bench counts compiling the extension\u2019s scripts, which the CPU profile files under "(program)")', () => {
  it('sums the top-level compile spans of extension scripts, in milliseconds', () => {
    const events = [
      compile('chrome-extension://abc/content-scripts/content.js', 5417),
      compile('chrome-extension://abc/page-scanner.js', 15_446),
    ];
    expect(extensionCompileMs(events)).toBeCloseTo(20.863, 6);
  });

  it("leaves out the page's own scripts, the extension's service worker, other events and unfinished spans", () => {
    const events = [
      compile('http://127.0.0.1:8000/app.js', 9000, 'X', null),
      compile('chrome-extension://abc/background.js', 12_000, 'X', null),
      compile('chrome-extension://abc/content-scripts/content.js', 2000, 'B'),
      { name: 'V8.CompileCode', ph: 'X', dur: 3000, args: { data: { url: 'chrome-extension://abc/page-scanner.js' } } },
      { name: 'v8.compile', ph: 'X', dur: 1000 },
      compile('chrome-extension://abc/content-scripts/content.js', 1500),
    ];
    expect(extensionCompileMs(events)).toBe(1.5);
  });
});
