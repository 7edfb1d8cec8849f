/**
 * Part 3, as an extension: the script time a page load costs with the built
 * Gloss extension, with a minimal extension that only walks the text once
 * (the floor), and with no extension. Three browsers stay open side by side
 * and take turns on every page.
 *
 * The main figure comes from a CPU profile of the page's renderer (DevTools
 * Profiler, 0.1 ms sampling): the time of the samples whose stack holds a
 * frame of an extension script, plus the compiling of the extension's scripts
 * as they are loaded, which the profiler files under "(program)", no script's
 * frame being on the stack yet (V8's `v8.compile` trace events, whose spans the
 * "(program)" samples fill). DevTools' `ScriptDuration` is recorded too,
 * but it counts only the first synchronous run of a script: the work an async
 * function does after an `await` (all of Gloss's slices after the first) is
 * missing from it. `TaskDuration` (all main-thread work) is shown as a
 * cross-check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { BUILT_EXTENSION, launchBrowser, type ExtensionBrowser } from '../browser';
import { type BenchSession, generatedUrl, rotate } from './session';
import { Samples, median } from './stats';

export type Config = 'none' | 'floor' | 'gloss';
export const CONFIGS: Config[] = ['none', 'floor', 'gloss'];

export interface LoadSample {
  /** CPU-profile samples with an extension frame on the stack, plus `compileMs`. */
  extensionMs: number;
  /** Compiling the extension's scripts as they were loaded (`v8.compile` trace events). */
  compileMs: number;
  /** CPU-profile samples in the garbage collector (anyone's). */
  gcMs: number;
  scriptMs: number;
  taskDurationMs: number;
  styleLayoutMs: number;
  /** Long tasks that started after DOMContentLoaded (the content scripts run then). */
  longTasksAfterDcl: number[];
  /** From DOMContentLoaded to the first highlight registered (NaN when none was). */
  firstMarkMs: number;
  marks: number;
}

export interface ExtensionRow {
  page: string;
  mentions: boolean;
  runs: number;
  extensionMs: Record<Config, number>;
  compileMs: Record<Config, number>;
  gcMs: Record<Config, number>;
  scriptMs: Record<Config, number>;
  taskDurationMs: Record<Config, number>;
  /** Longest task after DOMContentLoaded per run: the median, and the worst run. */
  taskMs: Record<Config, number>;
  longestTaskMs: Record<Config, number>;
  /** Gloss: from DOMContentLoaded to its first highlight (the engine works in the background meanwhile; NaN on pages without marks). */
  firstMarkMs: number;
  marks: number;
}

export interface ExtensionResult {
  rows: ExtensionRow[];
  settleMs: number;
  notes: string[];
  raw: Record<string, unknown>;
}

/** A content script that reads every text node once, and nothing else. */
const FLOOR_CONTENT = `(() => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  globalThis.benchFloorChars = chars;
})();
`;

export function writeFloorExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Bench floor',
    version: '1.0.0',
    // A worker as Gloss has one (and the launcher waits for one).
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'content.js'), FLOOR_CONTENT);
  writeFileSync(path.join(dir, 'background.js'), '// nothing\n');
  return dir;
}

/** Recorded in every page of every configuration alike: long tasks, and when the first highlight was registered (looked at every 4 ms for 15 s). */
const RECORD_LONG_TASKS = () => {
  const tasks: [number, number][] = [];
  (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
  const started = performance.now();
  const look = setInterval(() => {
    const found = CSS.highlights.size > 0;
    if (found) (window as unknown as { benchFirstMark: number }).benchFirstMark = performance.now();
    if (found || performance.now() - started > 15_000) clearInterval(look);
  }, 4);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
  } catch {
    // No long-task timing in this browser.
  }
};

interface Target {
  name: string;
  url: string;
  mentions: boolean;
}

export async function measureExtension(
  session: BenchSession,
  floorDir: string,
  realPages: { name: string; url: string }[],
  glossExtension = BUILT_EXTENSION,
): Promise<ExtensionResult> {
  const settleMs = 2000;
  const targets: Target[] = [
    ...session.generated.filter((page) => page.name.startsWith('1mb')).map((page) => ({ name: page.name, url: generatedUrl(session, page), mentions: page.mentions })),
    ...realPages.map((page) => ({ ...page, mentions: false })),
  ];
  const browsers: Record<Config, ExtensionBrowser> = {
    none: await launchBrowser({ proxy: session.origin }),
    floor: await launchBrowser({ proxy: session.origin, extension: writeFloorExtension(floorDir) }),
    gloss: await launchBrowser({ proxy: session.origin, extension: glossExtension }),
  };
  const samples = new Samples<LoadSample>();
  try {
    for (const config of CONFIGS) await browsers[config].context.addInitScript(RECORD_LONG_TASKS);
    // One unmeasured load each, so first-load costs (extension start-up, caches) fall outside.
    for (const config of CONFIGS) await loadOnce(browsers[config].context, targets[0]!.url, false, 0);
    for (let run = 0; run < session.options.runs; run++) {
      for (const target of targets) {
        for (const config of rotate(CONFIGS, run)) {
          const expectMarks = config === 'gloss' && target.mentions;
          const sample = await loadOnce(browsers[config].context, target.url, expectMarks, settleMs);
          samples.add(`${target.name}/${config}`, sample);
          session.log(
            `extension, run ${run + 1}/${session.options.runs}: ${target.name} ${config}: extension ${sample.extensionMs.toFixed(1)} ms, ` +
              `ScriptDuration ${sample.scriptMs.toFixed(1)} ms, TaskDuration ${sample.taskDurationMs.toFixed(0)} ms` +
              (config === 'gloss' ? `, ${sample.marks} marks` : ''),
          );
        }
      }
    }
  } finally {
    for (const config of CONFIGS) await browsers[config].close();
  }
  const pick = (list: LoadSample[], field: (sample: LoadSample) => number) => median(list.map(field));
  const rows = targets.map((target) => {
    const of = (config: Config) => samples.get(`${target.name}/${config}`);
    const perConfig = (field: (sample: LoadSample) => number) =>
      Object.fromEntries(CONFIGS.map((config) => [config, pick(of(config), field)])) as Record<Config, number>;
    return {
      page: target.name,
      mentions: target.mentions,
      runs: of('gloss').length,
      extensionMs: perConfig((sample) => sample.extensionMs),
      compileMs: perConfig((sample) => sample.compileMs),
      gcMs: perConfig((sample) => sample.gcMs),
      scriptMs: perConfig((sample) => sample.scriptMs),
      taskDurationMs: perConfig((sample) => sample.taskDurationMs),
      taskMs: perConfig((sample) => Math.max(0, ...sample.longTasksAfterDcl)),
      longestTaskMs: Object.fromEntries(
        CONFIGS.map((config) => [config, Math.max(0, ...of(config).flatMap((sample) => sample.longTasksAfterDcl))]),
      ) as Record<Config, number>,
      firstMarkMs: median(of('gloss').map((sample) => sample.firstMarkMs)),
      marks: of('gloss')[0]?.marks ?? 0,
    };
  });
  return { rows, settleMs, notes: [], raw: samples.toJSON() };
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

const countMarks = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((total, highlight) => total + highlight.size, 0));

async function loadOnce(context: BrowserContext, url: string, expectMarks: boolean, settleMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Tracing.start', { categories: 'v8', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(settleMs);
    // On pages with mentions, Gloss is done when its highlights are registered.
    let marks = await countMarks(page);
    for (let tries = 0; expectMarks && marks === 0; tries++) {
      if (tries >= 40) throw new Error(`Gloss registered no highlights on ${url} within ${settleMs / 1000 + 20} s`);
      await page.waitForTimeout(500);
      marks = await countMarks(page);
    }
    const { profile } = await cdp.send('Profiler.stop');
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await traced;
    const values = await metrics(cdp);
    const { tasks, dcl, firstMark } = await page.evaluate(() => ({
      tasks: (window as unknown as { benchLongTasks?: [number, number][] }).benchLongTasks ?? [],
      firstMark: (window as unknown as { benchFirstMark?: number }).benchFirstMark ?? Number.NaN,
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0,
    }));
    await cdp.detach();
    const { extensionMs, gcMs } = attribute(profile);
    const compileMs = extensionCompileMs(events);
    return {
      extensionMs: extensionMs + compileMs,
      compileMs,
      gcMs,
      scriptMs: (values.ScriptDuration ?? Number.NaN) * 1000,
      taskDurationMs: (values.TaskDuration ?? Number.NaN) * 1000,
      styleLayoutMs: ((values.RecalcStyleDuration ?? 0) + (values.LayoutDuration ?? 0)) * 1000,
      longTasksAfterDcl: tasks.filter(([start]) => start >= dcl).map(([, duration]) => duration),
      firstMarkMs: firstMark - dcl,
      marks,
    };
  } finally {
    await page.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  dur?: number;
  args?: { data?: { url?: string }; worldName?: string };
}

/**
 * Milliseconds spent compiling the extension's scripts as a page loaded them
 * (top-level `v8.compile` spans in an isolated world, which is where content
 * scripts and injected scripts run; the trace also holds other processes,
 * such as the extension's service worker, which are not the page's cost).
 */
export function extensionCompileMs(events: readonly TraceEvent[]): number {
  let us = 0;
  for (const event of events) {
    const { args } = event;
    if (event.name === 'v8.compile' && event.ph === 'X' && args?.worldName && args.data?.url?.startsWith('chrome-extension://')) us += event.dur ?? 0;
  }
  return us / 1000;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of samples under an extension frame, and in the garbage collector. */
export function attribute(profile: CpuProfile): { extensionMs: number; gcMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const known = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    const chain: number[] = [];
    let found = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const cached = known.get(at);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      chain.push(at);
      if (byId.get(at)?.callFrame.url.startsWith('chrome-extension://')) {
        found = true;
        break;
      }
    }
    for (const at of chain) known.set(at, found);
    return found;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let extensionMs = 0;
  let gcMs = 0;
  // A sample stands for the time until the next one.
  for (let i = 0; i + 1 < samples.length; i++) {
    const id = samples[i]!;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === '(garbage collector)') gcMs += ms;
    else if (inExtension(id)) extensionMs += ms;
  }
  return { extensionMs, gcMs };
}
