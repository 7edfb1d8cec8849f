/**
 * Scores the detection engine against independent gold annotations: the five
 * seed articles (read from ../shared/seeds beside the project, skipped with a
 * notice when that folder is absent) and the fixture pages in tests/gold/pages.
 * Prints a per-page table, the totals and every false positive / negative.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readKbFiles } from '../../scripts/kb-files';
import { parsePage, scanPage } from '../../scripts/kb-scan';
import type { CompiledKb } from '../../utils/kb/compiled';
import { compileKb, formatKbError } from '../../utils/kb/compile';
import type { MatcherData } from '../../utils/kb/matcher-data';
import {
  counts,
  formatReport,
  precision,
  recall,
  resolveGold,
  scorePage,
  sumCounts,
  type GoldFile,
  type PageScore,
} from './score';

const GOLD_DIR = path.join(PROJECT_ROOT, 'tests', 'gold');
const PAGES_DIR = path.join(GOLD_DIR, 'pages');
const ARTICLES_DIR = path.join(GOLD_DIR, 'articles');
const SEED_GOLD_DIR = path.join(GOLD_DIR, 'seeds');
/** The seed articles live beside the project; GLOSS_SEEDS_DIR points elsewhere (e.g. to check the skip). */
const SEEDS_DIR = process.env.GLOSS_SEEDS_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'seeds');

const THRESHOLDS = {
  mentions: { precision: 0.95, recall: 0.9 },
  figures: { precision: 0.9, recall: 0.8 },
};

interface Case {
  /** Name shown in the report. */
  name: string;
  /** The page scanned (.txt). */
  file: string;
  goldFile: string;
  gold: GoldFile;
}

function readGold(file: string): GoldFile {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<GoldFile>;
  if (!Array.isArray(raw.mentions) || !Array.isArray(raw.figures)) {
    throw new Error(`${file}: a gold file needs "mentions" and "figures" arrays`);
  }
  return { ...raw, mentions: raw.mentions, figures: raw.figures };
}

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

function fixtureCases(): Case[] {
  const texts = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.txt'));
  const missing = texts.filter((t) => !existsSync(path.join(PAGES_DIR, t.replace(/\.txt$/, '.json'))));
  if (missing.length) throw new Error(`fixture pages without a gold file: ${missing.join(', ')}`);
  return jsonFiles(PAGES_DIR).map((json) => {
    const goldFile = path.join(PAGES_DIR, json);
    const name = json.replace(/\.json$/, '.txt');
    return { name, file: path.join(PAGES_DIR, name), goldFile, gold: readGold(goldFile) };
  });
}

const haveSeeds = existsSync(SEEDS_DIR);
if (!haveSeeds) {
  console.warn(
    `[gold] The seed folder ${SEEDS_DIR} is absent: the ${jsonFiles(SEED_GOLD_DIR).length} seed gold files are skipped; only the fixture pages are scored.`,
  );
}

function seedCases(): Case[] {
  if (!haveSeeds) return [];
  return jsonFiles(SEED_GOLD_DIR).map((json) => {
    const goldFile = path.join(SEED_GOLD_DIR, json);
    const gold = readGold(goldFile);
    const name = gold.seed ?? json.replace(/\.json$/, '.txt');
    return { name, file: path.join(SEEDS_DIR, name), goldFile, gold };
  });
}

/** Articles written in the style of the press, annotated before they were scanned: scored in the totals only. */
function articleCases(): Case[] {
  return jsonFiles(ARTICLES_DIR).map((json) => {
    const goldFile = path.join(ARTICLES_DIR, json);
    const gold = readGold(goldFile);
    if (!gold.page) throw new Error(`${goldFile}: an article's gold file needs "page"`);
    return { name: gold.page, file: path.join(ARTICLES_DIR, gold.page), goldFile, gold };
  });
}

const fixtures = fixtureCases();
const seeds = seedCases();
const articles = articleCases();
const cases = [...seeds, ...fixtures, ...articles];
const negatives = fixtures.filter((c) => c.gold.mentions.length === 0 && c.gold.figures.length === 0);

function compileShippedKb(): { kb: CompiledKb; matcher: MatcherData } {
  const { root, files } = readKbFiles();
  const result = compileKb(files, { root });
  if (!result.ok) {
    throw new Error(`The shipped knowledge base does not compile:\n${result.errors.map(formatKbError).join('\n')}`);
  }
  return { kb: result.kb, matcher: result.matcher };
}

describe('gold standard: detection quality', () => {
  let kb: CompiledKb;
  const scores: PageScore[] = [];
  /** Gold snippets that do not resolve in the page text, per page. */
  const unresolved: string[] = [];

  beforeAll(async () => {
    const compiled = compileShippedKb();
    kb = compiled.kb;
    for (const c of cases) {
      const report = await scanPage(parsePage(c.file), compiled.matcher);
      const gold = resolveGold(report.text, c.gold);
      unresolved.push(...gold.errors.map((e) => `${c.name}: ${e}`));
      scores.push(scorePage(c.name, report.text, gold, report));
    }
    console.log(
      `\nGold-standard scores (${seeds.length} seeds, ${fixtures.length} fixture pages, ${articles.length} articles)\n${formatReport(scores)}\n`,
    );
  }, 120_000);

  it('finds the fixture pages, the articles and their gold', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    expect(negatives.length).toBeGreaterThanOrEqual(7);
    expect(articles.length).toBeGreaterThanOrEqual(170);
    for (const a of articles) expect(existsSync(a.file), `${a.goldFile} names ${a.file}, which is missing`).toBe(true);
  });

  it.skipIf(!haveSeeds)('finds the five seed articles named by the seed gold', () => {
    expect(seeds.length).toBe(5);
    for (const s of seeds) expect(existsSync(s.file), `${s.goldFile} names ${s.file}, which is missing`).toBe(true);
  });

  it('gold annotations resolve in the page text and name KB subjects and numeric disputes', () => {
    const problems = [...unresolved];
    for (const c of cases) {
      for (const m of c.gold.mentions) {
        if (!kb.entities[m.entity]) problems.push(`${c.name}: "${m.text}" names ${m.entity}, which is not a KB entity`);
      }
      for (const f of c.gold.figures) {
        const dispute = kb.disputes[f.dispute];
        if (!dispute) problems.push(`${c.name}: figure "${f.text}" names ${f.dispute}, which is not a KB dispute`);
        else if (dispute.kind !== 'numeric') problems.push(`${c.name}: figure "${f.text}" names ${f.dispute}, which is not numeric`);
      }
    }
    expect(problems).toEqual([]);
  });

  // The fixture pages were written for the rules they show, so each must come out exactly as annotated
  // (the negative pages: nothing at all); the thresholds below are for the whole set, seeds included.
  it.each(fixtures.map((c) => c.name))('fixture page %s gets exactly its gold (no false positive, none missed)', (name) => {
    const score = scores.find((s) => s.page === name);
    expect(score, `${name} was not scanned`).toBeDefined();
    const show = (x: { text: string; start: number } & ({ entity: string } | { dispute: string; value: number })) =>
      `${'entity' in x ? x.entity : `${x.dispute}=${x.value}`} "${x.text}"@${x.start}`;
    const wrong = [...(score?.mentions.fp ?? []), ...(score?.figures.fp ?? [])].map((x) => `found ${show(x)}`);
    const missed = [...(score?.mentions.fn ?? []), ...(score?.figures.fn ?? [])].map((x) => `missed ${show(x)}`);
    expect([...wrong, ...missed]).toEqual([]);
  });

  it(`mentions reach precision ${THRESHOLDS.mentions.precision} and recall ${THRESHOLDS.mentions.recall}`, () => {
    const total = sumCounts(scores.map((s) => counts(s.mentions)));
    expect(total.tp + total.fn, 'no gold mentions were scored').toBeGreaterThan(0);
    expect(precision(total), 'mention precision (see the printed report)').toBeGreaterThanOrEqual(
      THRESHOLDS.mentions.precision,
    );
    expect(recall(total), 'mention recall (see the printed report)').toBeGreaterThanOrEqual(THRESHOLDS.mentions.recall);
  });

  it(`figures reach precision ${THRESHOLDS.figures.precision} and recall ${THRESHOLDS.figures.recall}`, () => {
    const total = sumCounts(scores.map((s) => counts(s.figures)));
    expect(total.tp + total.fn, 'no gold figures were scored').toBeGreaterThan(0);
    expect(precision(total), 'figure precision (see the printed report)').toBeGreaterThanOrEqual(
      THRESHOLDS.figures.precision,
    );
    expect(recall(total), 'figure recall (see the printed report)').toBeGreaterThanOrEqual(THRESHOLDS.figures.recall);
  });
});
