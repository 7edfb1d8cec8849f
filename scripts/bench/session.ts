/**
 * What every measurement shares: options, the pages, the compiled matcher,
 * the in-page bundle, and helpers to load a page and call `glossBench`.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { packGate } from '../../utils/detect/gate-pack';
import { packMatcher } from '../../utils/detect/packed';
import type { MatcherData } from '../../utils/kb/matcher-data';
import type { GeneratedPage, SizeKey } from './generate-pages';
import type { GlossBench, PackedKb } from './in-page';

export type Part = 'inpage' | 'aliases' | 'extension' | 'size';

export interface BenchOptions {
  quick: boolean;
  /** Interleaved runs per figure (the median is quoted). */
  runs: number;
  parts: Part[];
  sizes: SizeKey[];
  /** How many corpus pages to measure in the page (all when undefined). */
  corpusLimit: number | undefined;
  /** Whether mark.js is measured at all (--no-markjs: not, for a quick look at Gloss alone). */
  markjs: boolean;
  /** Seconds of mark.js per page after which no further mark.js run is started. */
  markjsBudgetSeconds: number;
  /** A single mark.js run longer than this is abandoned. */
  markjsLimitSeconds: number;
}

export interface CorpusPage {
  name: string;
  url: string;
}

export interface BenchSession {
  options: BenchOptions;
  origin: string;
  generated: GeneratedPage[];
  corpus: CorpusPage[];
  matcher: MatcherData;
  /** The gate and the detector as the extension gets them (packed as the build makes them), as JSON. */
  kbJson: string;
  /** The distinct alias texts, for mark.js. */
  aliasTexts: string[];
  bundle: string;
  markjs: string;
  log(message: string): void;
}

export const generatedUrl = (session: BenchSession, page: GeneratedPage) => `${session.origin}/gen/${page.name}.html`;

/** A fresh load of `url` with the bundle (and, if asked, mark.js) evaluated in it. */
export async function loadWithBench(session: BenchSession, page: Page, url: string, withMarkjs = false): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.evaluate(session.bundle);
  if (withMarkjs) await page.evaluate(session.markjs);
}

type BenchWindow = { glossBench: GlossBench };
export type { BenchWindow };

/** The packed gate and detector the build makes from `matcher` (what the background loads), as JSON. */
export function packedJson(matcher: MatcherData): string {
  const packed: PackedKb = { gate: packGate(matcher), detector: packMatcher(matcher, { signatures: true }) };
  return JSON.stringify(packed);
}

/** Runs `glossBench.<method>` in the page with the packed gate and detector, sent as JSON (parsed before the clock starts). */
export async function callGloss<M extends 'gloss' | 'glossSliced'>(
  page: Page,
  method: M,
  kbJson: string,
  warm = false,
): Promise<Awaited<ReturnType<GlossBench[M]>>> {
  const result: unknown = await page.evaluate(([name, json, again]) => {
    const run = (window as unknown as BenchWindow).glossBench[name] as (packed: PackedKb, warm: boolean) => Promise<unknown>;
    return run(JSON.parse(json) as PackedKb, again);
  }, [method, kbJson, warm] as const);
  return result as Awaited<ReturnType<GlossBench[M]>>;
}

/** Method order for run `run`: rotated so no method always goes first. */
export function rotate<T>(items: readonly T[], run: number): T[] {
  const shift = run % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** One unmeasured load and scan, so the browser's first-load costs fall outside the figures. */
export async function warmUp(session: BenchSession, context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const first = session.generated[0];
  if (first) {
    await loadWithBench(session, page, generatedUrl(session, first));
    await callGloss(page, 'gloss', session.kbJson);
    await page.evaluate(() => (window as unknown as BenchWindow).glossBench.floor());
  }
  await page.close();
}
