/**
 * Maintainer CLI for the knowledge base: `npm run kb -- COMMAND`.
 * Each command is a small function in COMMANDS; add new ones there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileKb, formatKbError, type CompileResult } from '../utils/kb/compile.ts';
import type { CompiledKb } from '../utils/kb/compiled.ts';
import type { MatcherData } from '../utils/kb/matcher-data.ts';
import { describeDispute, describeEntity } from '../utils/kb/describe.ts';
import { kbJsonSchemas } from '../utils/kb/json-schema.ts';
import { formatStats, kbStats } from '../utils/kb/stats.ts';
import { PROJECT_ROOT, readKbFiles } from './kb-files.ts';
import { formatScan, parsePage, scanPage } from './kb-scan.ts';

interface Options {
  data: string;
  json: boolean;
  positional: string[];
}

interface Command {
  args: string;
  summary: string;
  run(opts: Options): number | Promise<number>;
}

class UsageError extends Error {}

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function parseOptions(args: readonly string[]): Options {
  const opts: Options = { data: join(PROJECT_ROOT, 'data'), json: false, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') opts.json = true;
    else if (arg === '--data') {
      const dir = args[++i];
      if (!dir) throw new UsageError('--data needs a folder, e.g. --data tests/kb/fixtures/valid');
      opts.data = resolve(dir);
    } else if (arg.startsWith('--data=')) opts.data = resolve(arg.slice('--data='.length));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else opts.positional.push(arg);
  }
  return opts;
}

function compile(opts: Options, partial = false): CompileResult {
  const { root, files } = readKbFiles(opts.data, process.cwd());
  return compileKb(files, { root, partial });
}

/** Prints errors grouped by file (a blank line between files). */
function printErrors(result: Extract<CompileResult, { ok: false }>, print: (t: string) => void): void {
  let last = '';
  for (const e of result.errors) {
    if (last && e.file !== last) print('');
    last = e.file;
    print(formatKbError(e));
  }
  const files = new Set(result.errors.map((e) => e.file)).size;
  print('');
  print(`${plural(result.errors.length, 'error')} in ${plural(files, 'file')}. See "Errors" in docs/knowledge-base.md for what each means.`);
}

/** The compiled KB; when it has errors, warns on stderr and uses the parts that compiled. */
function compiledForViewing(opts: Options): { kb: CompiledKb; matcher: MatcherData } | undefined {
  const result = compile(opts, true);
  if (result.ok) return result;
  err(`Warning: the knowledge base has ${plural(result.errors.length, 'error')} (see npm run kb -- check); showing the parts that compiled.`);
  return result.partial;
}

const COMMANDS: Record<string, Command> = {
  check: {
    args: '[--data DIR]',
    summary: 'validate the knowledge base and report every error with file:line',
    run(opts) {
      const result = compile(opts);
      if (!result.ok) {
        printErrors(result, out);
        return 1;
      }
      const { kb } = result;
      const statements =
        Object.values(kb.entities).reduce((n, e) => n + e.statements.length, 0) +
        Object.values(kb.disputes).reduce((n, d) => n + d.statements.length, 0);
      out(
        `KB revision ${kb.meta.revision}: ${plural(Object.keys(kb.entities).length, 'entity', 'entities')}, ` +
          `${plural(Object.keys(kb.sources).length, 'source')}, ${plural(Object.keys(kb.disputes).length, 'dispute')}, ` +
          `${plural(statements, 'statement')} — OK (hash ${kb.meta.hash})`,
      );
      return 0;
    },
  },
  show: {
    args: 'ID [--json] [--data DIR]',
    summary: 'show an entity or dispute as a card sees it, sources resolved',
    run(opts) {
      const id = opts.positional[0];
      if (!id || opts.positional.length > 1) throw new UsageError('show needs exactly one entity or dispute id');
      const result = compiledForViewing(opts);
      if (!result) return 1;
      const { kb, matcher } = result;
      const entity = kb.entities[id];
      const dispute = kb.disputes[id];
      if (entity) out(opts.json ? JSON.stringify(entity, null, 2) : describeEntity(entity, kb, matcher.aliases));
      else if (dispute) out(opts.json ? JSON.stringify(dispute, null, 2) : describeDispute(dispute, kb));
      else {
        const near = [...Object.keys(kb.entities), ...Object.keys(kb.disputes)].filter(
          (other) => other.includes(id) || id.includes(other),
        );
        err(`No entity or dispute has the id "${id}".${near.length ? ` Did you mean: ${near.slice(0, 8).join(', ')}?` : ''}`);
        return 1;
      }
      return 0;
    },
  },
  stats: {
    args: '[--json] [--data DIR]',
    summary: 'count entities, aliases, statements, disputes and sources',
    run(opts) {
      const result = compiledForViewing(opts);
      if (!result) return 1;
      const stats = kbStats(result.kb, result.matcher);
      out(opts.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
      return 0;
    },
  },
  scan: {
    args: 'PAGE [--json] [--data DIR]',
    summary: 'run the extension\'s detection on a saved .html or .txt page',
    async run(opts) {
      const page = opts.positional[0];
      if (!page || opts.positional.length > 1) throw new UsageError('scan needs exactly one saved page (.html or .txt)');
      const result = compile(opts);
      if (!result.ok) {
        printErrors(result, err);
        return 1;
      }
      const report = await scanPage(parsePage(resolve(page)), result.matcher);
      out(opts.json ? JSON.stringify({ mentions: report.mentions, figures: report.figures }) : formatScan(report));
      return 0;
    },
  },
  schema: {
    args: '[--data DIR]',
    summary: 'write the JSON Schemas for editors into DATA/schema/',
    run(opts) {
      const dir = join(opts.data, 'schema');
      mkdirSync(dir, { recursive: true });
      for (const file of kbJsonSchemas()) {
        writeFileSync(join(dir, file.name), file.json);
        out(`wrote ${relative(process.cwd(), join(dir, file.name))}  (for ${file.glob})`);
      }
      return 0;
    },
  },
};

function usage(): string {
  const width = Math.max(...Object.entries(COMMANDS).map(([name, c]) => `${name} ${c.args}`.length));
  return [
    'Usage: npm run kb -- COMMAND [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${`${name} ${c.args}`.padEnd(width)}  ${c.summary}`),
    '',
    '--data DIR reads the knowledge base from DIR instead of data/. See docs/knowledge-base.md.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    if (name !== undefined && name !== 'help' && name !== '--help') err(`Unknown command "${name}".\n`);
    err(usage());
    return 2;
  }
  try {
    return await command.run(parseOptions(rest));
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n`);
      err(usage());
      return 2;
    }
    err(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
