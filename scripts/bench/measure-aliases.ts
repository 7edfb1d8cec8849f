/**
 * Part 2: does Gloss's scan stay flat as the alias list grows? The 1 MB
 * pages are scanned with the KB cut down to 150 and 1,000 aliases (below
 * the KB's own count; the aliases the pages name are kept), with the KB, and
 * with synthetic aliases added up to 10,000 / 100,000. The smallest list is
 * the base, as the target runs "from 150 to 100,000 aliases". Detector
 * construction is timed apart, and the time inside `finish` (page-wide
 * resolution) apart from the pass over the text.
 */
import type { BrowserContext } from 'playwright-core';
import type { GlossResult } from './in-page';
import { type BenchSession, callGloss, generatedUrl, loadWithBench, packedJson, rotate } from './session';
import { Samples, median } from './stats';
import { MENTIONS } from './generate-pages';
import { cutMatcher, growMatcher, namedIn } from './synthetic-aliases';

/** Alias counts, each with the share of synthetic aliases that begin with an ordinary word (counts below the KB's cut it). */
export const ALIAS_LEVELS = [
  { total: 150, ordinaryShare: 0.03 },
  { total: 1_000, ordinaryShare: 0.03 },
  { total: 10_000, ordinaryShare: 0.03 },
  { total: 100_000, ordinaryShare: 0.03 },
  { total: 100_000, ordinaryShare: 0 },
];

export interface AliasRow {
  page: string;
  aliases: number;
  /** e.g. "100,000 (names only)". */
  label: string;
  runs: number;
  scanMs: number;
  /** All but `finish`: the DOM walk, the gate, and the blocks around anchors segmented and matched. */
  passMs: number;
  /** Inside `finish`: page-wide resolution (misspellings and figures on pages with a mention). */
  finishMs: number;
  buildMs: number;
  marks: number;
}

export interface AliasResult {
  rows: AliasRow[];
  notes: string[];
  raw: Record<string, unknown>;
}

export async function measureAliases(session: BenchSession, context: BrowserContext, vocabulary: readonly string[]): Promise<AliasResult> {
  const pages = session.generated.filter((generated) => generated.name.startsWith('1mb'));
  if (pages.length === 0) throw new Error('The alias measurement needs the 1 MB pages.');
  const base = session.matcher.aliases.length;
  const named = namedIn(MENTIONS.join(' ').replace(/<[^>]+>/g, ''));
  const cuts = ALIAS_LEVELS.filter((level) => level.total < base).map(({ total }) => ({
    aliases: total,
    label: `${total.toLocaleString('en')} (the KB cut)`,
    json: packedJson(cutMatcher(session.matcher, total, named)),
  }));
  const levels = [...cuts, { aliases: base, label: `${base.toLocaleString('en')} (the KB)`, json: session.kbJson }];
  const notes: string[] = [];
  if (cuts.length > 0) {
    notes.push(
      `${cuts.map((cut) => cut.label).join(', ')}: the KB's ${session.matcher.aliases.filter(named).length} aliases that the mention sentences of the ` +
        "generated pages name, then the KB's other aliases in its order; all entities and disputes stay. The smallest list is the base.",
    );
  }
  for (const { total, ordinaryShare } of ALIAS_LEVELS.filter((level) => level.total > base)) {
    const grown = growMatcher(session.matcher, total, vocabulary, ordinaryShare);
    const label = `${total.toLocaleString('en')}${ordinaryShare === 0 ? ' (names only)' : ''}`;
    levels.push({ aliases: total, label, json: packedJson(grown.matcher) });
    notes.push(
      ordinaryShare === 0
        ? `${label}: no synthetic alias begins with an ordinary word, to separate the alias count from hits of ordinary first words.`
        : `${label}: ${grown.ordinaryFirstWords} distinct ordinary words begin a synthetic alias (${ordinaryShare * 100}% of them do).`,
    );
  }
  const samples = new Samples<GlossResult>();
  const page = await context.newPage();
  for (let run = 0; run < session.options.runs; run++) {
    for (const generated of pages) {
      for (const level of rotate(levels, run)) {
        await loadWithBench(session, page, generatedUrl(session, generated));
        const sample = await callGloss(page, 'gloss', level.json);
        samples.add(`${generated.name}/${level.label}`, sample);
        session.log(`aliases, run ${run + 1}/${session.options.runs}: ${generated.name} ${level.label} aliases: scan ${sample.ms.toFixed(1)} ms, build ${sample.buildMs.toFixed(1)} ms`);
      }
    }
  }
  await page.close();
  const rows = pages.flatMap((generated) =>
    levels.map((level) => {
      const list = samples.get(`${generated.name}/${level.label}`);
      return {
        page: generated.name,
        aliases: level.aliases,
        label: level.label,
        runs: list.length,
        scanMs: median(list.map((sample) => sample.ms)),
        passMs: median(list.map((sample) => sample.gateMs + sample.scanMs - sample.finishMs)),
        finishMs: median(list.map((sample) => sample.finishMs)),
        buildMs: median(list.map((sample) => sample.buildMs)),
        marks: list[0]?.marks ?? Number.NaN,
      };
    }),
  );
  return { rows, notes, raw: samples.toJSON() };
}
