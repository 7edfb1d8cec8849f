/**
 * Part 1, in the page: the floor (one TreeWalker pass), segmentation alone,
 * Gloss's pure work (with `finish` timed apart, and a warm second pass), Gloss
 * sliced as the content script runs it (longest task), and mark.js, on
 * generated and real pages.
 * Every run is a fresh page load followed by one method; methods and pages
 * are interleaved, and the median of the runs is quoted.
 */
import type { BrowserContext } from 'playwright-core';
import type { GeneratedPage } from './generate-pages';
import type { FloorResult, GlossResult, MarkjsResult, SlicedResult } from './in-page';
import { type BenchSession, type BenchWindow, type CorpusPage, callGloss, generatedUrl, loadWithBench, rotate } from './session';
import { Samples, max, median, sum } from './stats';

export interface GeneratedRow {
  page: string;
  size: string;
  mentions: boolean;
  textChars: number;
  runs: number;
  floorMs: number;
  glossMs: number;
  buildMs: number;
  /** findAnchors: the text nodes read once and the gate run over them. */
  gateMs: number;
  /** scanAround minus `finish`: the blocks around the anchors segmented and matched. */
  matchMs: number;
  finishMs: number;
  marksMs: number;
  paintMs: number;
  warmMs: number;
  marks: number;
  slicedWallMs: number;
  /** Longest slice per run: median over runs, and the worst run with its phase. */
  sliceMs: number;
  maxSliceMs: number;
  maxSlicePhase: string;
  /** Longest browser-reported task per run (0 when none): median over runs, and the worst. */
  taskMs: number;
  longestTaskMs: number;
  markjsMs: number;
  markjsRuns: number;
  markjsMarks: number;
  /** Aliases mark.js threw on (in the worst run). */
  markjsFailed: number;
  markjsNote?: string;
}

export interface CorpusRow {
  page: string;
  textChars: number;
  floorMs: number;
  glossMs: number;
  buildMs: number;
  marks: number;
  sliceMs: number;
  maxSliceMs: number;
  maxSlicePhase: string;
  taskMs: number;
  longestTaskMs: number;
}

export interface InPageResult {
  generated: GeneratedRow[];
  corpus: CorpusRow[];
  corpusRuns: number;
  notes: string[];
  raw: Record<string, unknown>;
}

type Method = 'floor' | 'gloss' | 'sliced' | 'markjs';
type Sample = FloorResult | GlossResult | SlicedResult | MarkjsResult;

class Timeout extends Error {}

/** Runs with the sliced method on each real page (the longest task is a median of these). */
export const CORPUS_SLICED_RUNS = 3;

export async function measureInPage(session: BenchSession, context: BrowserContext): Promise<InPageResult> {
  const { options } = session;
  const samples = new Samples<Sample>();
  const notes: string[] = [];
  let page = await context.newPage();

  const measure = async (url: string, method: Method, timeoutSeconds?: number): Promise<Sample> => {
    await loadWithBench(session, page, url, method === 'markjs');
    const work = (): Promise<Sample> => {
      switch (method) {
        case 'floor':
          return page.evaluate(() => (window as unknown as BenchWindow).glossBench.floor());
        case 'gloss':
          return callGloss(page, 'gloss', session.kbJson, true);
        case 'sliced':
          return callGloss(page, 'glossSliced', session.kbJson);
        case 'markjs':
          return page.evaluate((aliases) => (window as unknown as BenchWindow).glossBench.markjs(aliases), session.aliasTexts);
      }
    };
    if (timeoutSeconds === undefined) return work();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), timeoutSeconds * 1000);
    });
    try {
      return await Promise.race([work(), limit]);
    } catch (error) {
      if (error instanceof Timeout) {
        // The page is stuck in mark.js: throw it away.
        await page.close({ runBeforeUnload: false }).catch(() => undefined);
        page = await context.newPage();
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  // Generated pages: all methods; mark.js within a time budget per page.
  const markjsSeconds = new Map<string, number>();
  const markjsNotes = new Map<string, string>();
  const large = session.generated.filter((generated) => generated.name.startsWith('5mb'));
  const wantsMarkjs = (generated: GeneratedPage, run: number): boolean => {
    if (!options.markjs || generated.name.startsWith('5mb')) return false;
    const spent = markjsSeconds.get(generated.name) ?? 0;
    const done = samples.get(`${generated.name}/markjs`).length;
    const last = done === 0 ? 0 : spent / done;
    return run === 0 || spent + last <= options.markjsBudgetSeconds;
  };
  for (let run = 0; run < options.runs; run++) {
    for (const generated of session.generated) {
      const methods: Method[] = ['floor', 'gloss', 'sliced'];
      if (wantsMarkjs(generated, run)) methods.push('markjs');
      for (const method of rotate(methods, run)) {
        const sample = await measure(generatedUrl(session, generated), method);
        samples.add(`${generated.name}/${method}`, sample);
        if (method === 'markjs') markjsSeconds.set(generated.name, (markjsSeconds.get(generated.name) ?? 0) + (sample as MarkjsResult).ms / 1000);
        session.log(`in page, run ${run + 1}/${options.runs}: ${generated.name} ${method} ${describe(sample)}`);
      }
    }
  }

  // mark.js at 5 MB: once, on the page with mentions only (the stricter ratio, as Gloss does
  // more there), and only if the 1 MB figure says it can finish in time.
  for (const generated of large) {
    if (!options.markjs) {
      markjsNotes.set(generated.name, 'not run (--no-markjs)');
      continue;
    }
    if (!generated.mentions) {
      markjsNotes.set(generated.name, 'not run (at 5 MB mark.js runs once, on the page with mentions only, to keep the bench short)');
      continue;
    }
    const oneMb = median(samples.get(`${generated.name.replace('5mb', '1mb')}/markjs`).map((sample) => (sample as MarkjsResult).ms));
    const predicted = (oneMb * 5) / 1000;
    if (Number.isFinite(predicted) && predicted > options.markjsLimitSeconds) {
      markjsNotes.set(generated.name, `skipped: ${predicted.toFixed(0)} s expected from 1 MB (limit ${options.markjsLimitSeconds} s)`);
      continue;
    }
    try {
      const sample = await measure(generatedUrl(session, generated), 'markjs', options.markjsLimitSeconds);
      samples.add(`${generated.name}/markjs`, sample);
      session.log(`in page: ${generated.name} markjs ${describe(sample)}`);
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      markjsNotes.set(generated.name, `abandoned: one run took over ${options.markjsLimitSeconds} s`);
      session.log(`in page: ${generated.name} markjs abandoned after ${options.markjsLimitSeconds} s`);
    }
  }
  for (const [name, note] of markjsNotes) notes.push(`mark.js on ${name}: ${note}.`);

  // Real pages: the floor and Gloss every run, the sliced run in the first few.
  for (let run = 0; run < options.runs; run++) {
    for (const corpusPage of session.corpus) {
      const methods: Method[] = run < CORPUS_SLICED_RUNS ? ['floor', 'gloss', 'sliced'] : ['floor', 'gloss'];
      for (const method of rotate(methods, run)) {
        samples.add(`corpus:${corpusPage.name}/${method}`, await measure(corpusPage.url, method));
      }
    }
    session.log(`in page, run ${run + 1}/${options.runs}: ${session.corpus.length} corpus pages`);
  }
  await page.close();

  return {
    generated: session.generated.map((generated) => generatedRow(generated, samples, markjsNotes.get(generated.name))),
    corpus: session.corpus.map((corpusPage) => corpusRow(corpusPage, samples)),
    corpusRuns: options.runs,
    notes,
    raw: samples.toJSON(),
  };
}

function describe(sample: Sample): string {
  if ('maxSlicePhase' in sample) return `longest slice ${sample.maxSliceMs.toFixed(1)} ms (${sample.maxSlicePhase}), ${sample.longTasks.length} long tasks`;
  if ('failed' in sample && sample.failed > 0) return `${sample.ms.toFixed(1)} ms (${sample.failed} aliases threw)`;
  return `${sample.ms.toFixed(1)} ms`;
}

function generatedRow(generated: GeneratedPage, samples: Samples<Sample>, markjsNote: string | undefined): GeneratedRow {
  const of = <T extends Sample>(method: Method) => samples.get(`${generated.name}/${method}`) as T[];
  const floor = of<FloorResult>('floor');
  const gloss = of<GlossResult>('gloss');
  const sliced = of<SlicedResult>('sliced');
  const markjs = of<MarkjsResult>('markjs');
  const finishMs = median(gloss.map((s) => s.finishMs));
  return {
    page: generated.name,
    size: generated.name.split('-')[0]!,
    mentions: generated.mentions,
    textChars: floor[0]?.chars ?? generated.written,
    runs: floor.length,
    floorMs: median(floor.map((s) => s.ms)),
    glossMs: median(gloss.map((s) => s.ms)),
    buildMs: median(gloss.map((s) => s.buildMs)),
    gateMs: median(gloss.map((s) => s.gateMs)),
    matchMs: median(gloss.map((s) => s.scanMs - s.finishMs)),
    finishMs,
    marksMs: median(gloss.map((s) => s.marksMs)),
    paintMs: median(gloss.map((s) => s.paintMs)),
    warmMs: median(gloss.map((s) => s.warmMs)),
    marks: gloss[0]?.marks ?? Number.NaN,
    slicedWallMs: median(sliced.map((s) => s.wallMs)),
    ...sliceFigures(sliced),
    markjsMs: median(markjs.map((s) => s.ms)),
    markjsRuns: markjs.length,
    markjsMarks: markjs[0]?.marks ?? Number.NaN,
    markjsFailed: max(markjs.map((s) => s.failed)),
    ...(markjsNote ? { markjsNote } : {}),
  };
}

function sliceFigures(sliced: SlicedResult[]) {
  const worst = [...sliced].sort((a, b) => b.maxSliceMs - a.maxSliceMs)[0];
  const longestTask = (sample: SlicedResult) => Math.max(0, ...sample.longTasks);
  return {
    sliceMs: median(sliced.map((s) => s.maxSliceMs)),
    maxSliceMs: worst?.maxSliceMs ?? Number.NaN,
    maxSlicePhase: worst?.maxSlicePhase ?? '',
    taskMs: median(sliced.map(longestTask)),
    longestTaskMs: max(sliced.map(longestTask)),
  };
}

function corpusRow(corpusPage: CorpusPage, samples: Samples<Sample>): CorpusRow {
  const of = <T extends Sample>(method: Method) => samples.get(`corpus:${corpusPage.name}/${method}`) as T[];
  const floor = of<FloorResult>('floor');
  const gloss = of<GlossResult>('gloss');
  const sliced = of<SlicedResult>('sliced');
  return {
    page: corpusPage.name,
    textChars: floor[0]?.chars ?? 0,
    floorMs: median(floor.map((s) => s.ms)),
    glossMs: median(gloss.map((s) => s.ms)),
    buildMs: median(gloss.map((s) => s.buildMs)),
    marks: gloss[0]?.marks ?? Number.NaN,
    ...sliceFigures(sliced),
  };
}

export const corpusTotals = (rows: readonly CorpusRow[]) => ({
  floorMs: sum(rows.map((row) => row.floorMs)),
  glossMs: sum(rows.map((row) => row.glossMs)),
  buildMs: sum(rows.map((row) => row.buildMs)),
  textChars: sum(rows.map((row) => row.textChars)),
});

