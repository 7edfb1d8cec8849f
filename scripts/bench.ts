/**
 * `npm run bench`: Gloss's cost on every page, measured in real headless
 * Chromium and printed as markdown (also written to bench-output/).
 *
 *   --quick            3 runs, 100 kB and 1 MB pages, 10 corpus pages
 *   --only=PART[,..]   inpage | aliases | extension | size
 *   --runs=N           interleaved runs per figure (default 5)
 *   --corpus=N         corpus pages measured in the page (default 40 of 130)
 *   --no-markjs        leave mark.js out (a quick look at Gloss alone)
 *
 * Missed targets are reported, not failed on; errors exit non-zero.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileKb, formatKbError } from '../utils/kb/compile';
import { BUILT_EXTENSION, CHROMIUM, launchBrowser } from './browser';
import { bundleInPage, markjsSource } from './bench/bundle';
import { CORPUS_DIR, copyCorpus, listCorpus } from './bench/corpus';
import { SIZES, buildVocabulary, pageSpecs, writePages, type SizeKey } from './bench/generate-pages';
import { measureAliases } from './bench/measure-aliases';
import { measureExtension } from './bench/measure-extension';
import { measureInPage } from './bench/measure-inpage';
import { measureSize } from './bench/measure-size';
import { renderReport, type ReportInput } from './bench/report';
import { type BenchOptions, type BenchSession, type Part, packedJson, warmUp } from './bench/session';
import { readKbFiles } from './kb-files';
import { startPageServer } from './page-server';

const PARTS: Part[] = ['inpage', 'aliases', 'extension', 'size'];
/** Corpus pages measured in the page by default: a spread sample, to keep the full bench near 15 minutes (--corpus=130 for all). */
const DEFAULT_CORPUS_PAGES = 40;
const OUTPUT = path.resolve('bench-output');
/** Real pages for the extension measurement (the first two that exist). */
const EXTENSION_REAL_PAGES = ['wikipedia.html', 'nytimes-1.html', 'guardian-1.html', 'lemonde-1.html'];

function parseOptions(argv: string[]): BenchOptions {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  for (const arg of argv) {
    if (!/^--(quick|no-markjs|only=.+|runs=\d+|corpus=\d+)$/.test(arg)) throw new Error(`Unknown option ${arg}. Use --quick, --no-markjs, --only=${PARTS.join('|')}, --runs=N, --corpus=N.`);
  }
  const quick = argv.includes('--quick');
  const only = value('only')?.split(',');
  const unknown = only?.filter((part) => !PARTS.includes(part as Part));
  if (unknown?.length) throw new Error(`Unknown part ${unknown.join(', ')}; parts are ${PARTS.join(', ')}.`);
  const runs = Number(value('runs') ?? (quick ? 3 : 5));
  const corpus = value('corpus');
  return {
    quick,
    runs,
    parts: (only as Part[] | undefined) ?? PARTS,
    sizes: quick ? ['100kb', '1mb'] : SIZES.map((size) => size.key as SizeKey),
    corpusLimit: corpus !== undefined ? Number(corpus) : quick ? 10 : DEFAULT_CORPUS_PAGES,
    markjs: !argv.includes('--no-markjs'),
    markjsBudgetSeconds: quick ? 20 : 60,
    markjsLimitSeconds: 120,
  };
}

function loadMatcher() {
  const { root, files } = readKbFiles();
  const result = compileKb(files, { root });
  if (!result.ok) throw new Error(`The knowledge base has errors:\n${result.errors.map(formatKbError).join('\n')}`);
  return result.matcher;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const log = (message: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const wants = (part: Part) => options.parts.includes(part);
  const needsBrowser = wants('inpage') || wants('aliases') || wants('extension');

  if ((wants('inpage') || wants('aliases')) && !existsSync('utils/detect/index.ts')) {
    throw new Error('utils/detect/index.ts does not exist yet: the detector is needed to measure Gloss.');
  }
  if ((wants('extension') || wants('size')) && !existsSync(path.join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error('No build in .output/chrome-mv3: run "npm run build" (npm run bench does).');
  }

  const input: ReportInput = {
    meta: {
      Date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      Mode: options.quick ? 'quick' : 'full',
      Parts: options.parts.join(', '),
      'Runs per figure': options.runs,
      Machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0]!.toFixed(1)} at start`,
      Node: process.version,
    },
  };
  const raw: Record<string, unknown> = {};

  const temp = mkdtempSync(path.join(os.tmpdir(), 'gloss-bench-'));
  try {
    if (needsBrowser) {
      input.meta.Chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const matcher = loadMatcher();
      const aliasTexts = [...new Set(matcher.aliases.map((alias) => alias.text))];
      input.meta.KB = `${matcher.entities.length} entities, ${matcher.aliases.length} aliases (${aliasTexts.length} distinct texts for mark.js)`;

      const vocabulary = buildVocabulary(existsSync(CORPUS_DIR) ? CORPUS_DIR : undefined, matcher.aliases.map((alias) => alias.text));
      const genDir = path.join(temp, 'gen');
      const corpusDir = path.join(temp, 'corpus');
      mkdirSync(genDir);
      mkdirSync(corpusDir);
      const sizes: SizeKey[] = wants('inpage') ? options.sizes : ['1mb'];
      const generated = writePages(genDir, pageSpecs(sizes), vocabulary);
      log(`generated ${generated.map((page) => `${page.name} (${page.written} chars, ${page.mentionSentences} mention sentences)`).join(', ')}`);
      const corpusNames = listCorpus(CORPUS_DIR, options.corpusLimit);
      if (corpusNames.length === 0) console.log(`Notice: no corpus at ${CORPUS_DIR}; real pages are skipped.`);
      const extensionPages = EXTENSION_REAL_PAGES.filter((name) => existsSync(path.join(CORPUS_DIR, name))).slice(0, 2);
      copyCorpus(CORPUS_DIR, corpusDir, [...new Set([...corpusNames, ...extensionPages])]);

      const server = await startPageServer({ '/gen/': genDir, '/corpus/': corpusDir });
      const session: BenchSession = {
        options,
        origin: server.origin,
        generated,
        corpus: wants('inpage') ? corpusNames.map((name) => ({ name, url: `${server.origin}/corpus/${name}` })) : [],
        matcher,
        kbJson: packedJson(matcher),
        aliasTexts,
        bundle: wants('inpage') || wants('aliases') ? await bundleInPage() : '',
        markjs: markjsSource(),
        log,
      };
      try {
        if (wants('inpage') || wants('aliases')) {
          const browser = await launchBrowser({ proxy: server.origin });
          try {
            await warmUp(session, browser.context);
            if (wants('inpage')) {
              input.inpage = await measureInPage(session, browser.context);
              raw.inpage = input.inpage;
            }
            if (wants('aliases')) {
              input.aliases = await measureAliases(session, browser.context, vocabulary);
              raw.aliases = input.aliases;
            }
          } finally {
            await browser.close();
          }
        }
        if (wants('extension')) {
          const realPages = extensionPages.map((name) => ({ name: name.replace(/\.html$/, ''), url: `${server.origin}/corpus/${name}` }));
          input.extension = await measureExtension(session, path.join(temp, 'floor-extension'), realPages);
          raw.extension = input.extension;
        }
      } finally {
        await server.close();
      }
    }
    if (wants('size')) {
      input.size = measureSize();
      raw.size = input.size;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }

  input.meta['Bench time'] = `${((Date.now() - started) / 60000).toFixed(1)} min, load average ${os.loadavg()[0]!.toFixed(1)} at the end`;
  const markdown = renderReport(input);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, 'results.md'), markdown);
  writeFileSync(path.join(OUTPUT, 'results.json'), JSON.stringify({ meta: input.meta, ...raw }, null, 2));
  console.log(markdown);
  console.log(`Written to ${path.relative(process.cwd(), OUTPUT)}/results.md and results.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
