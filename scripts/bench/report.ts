/**
 * Turns the measurements into markdown tables with a target column each.
 * The bench reports; a missed target is printed, never an exit code.
 */
import type { AliasResult, AliasRow } from './measure-aliases';
import type { ExtensionResult } from './measure-extension';
import { CORPUS_SLICED_RUNS, type InPageResult, corpusTotals } from './measure-inpage';
import type { SizeResult } from './measure-size';
import { max, median, ratio } from './stats';

export const TARGETS = {
  plainVsFloor: 1.5,
  mentionsVsFloor: 2.5,
  markjsVsGloss: 100,
  aliasGrowth: 1.2,
  longTaskMs: 50,
  gzipKb: 40,
};

export interface ReportInput {
  meta: Record<string, string | number>;
  inpage?: InPageResult;
  aliases?: AliasResult;
  extension?: ExtensionResult;
  size?: SizeResult;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString('en');
}

export function times(value: number, digits = 2): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)}x` : '–';
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'pass' : '**FAIL**');
const atMost = (value: number, limit: number) => (Number.isFinite(value) ? value <= limit : undefined);
const atLeast = (value: number, limit: number) => (Number.isFinite(value) ? value >= limit : undefined);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const kb = (chars: number) => (chars >= 1e6 ? `${(chars / 1e6).toFixed(2)} M` : `${(chars / 1e3).toFixed(0)} k`);

function inPageSection(result: InPageResult): string {
  const out: string[] = ['## 1. In the page', ''];
  out.push(
    'Generated pages; each figure is the median of interleaved runs, every run a fresh page load followed by one method. ' +
      '"Gloss" is all the work the extension does for a page, run here in the page without pauses and without messages (the extension runs the engine, the gate and ' +
      'the scan, in its background, so the page\'s own thread pays only for reading its text, segmenting and painting: see part 3): `findAnchors` (the text nodes read ' +
      'once, the gate run over them), and where the gate opens `scanAround` + `toMarks` + `paintHighlights`; building the gate and, where it opens, the detector (from ' +
      'the packed forms the build makes, as the extension does) is shown apart. ' +
      'Floor: one TreeWalker pass reading every text node.',
    '',
  );
  out.push(
    table(
      ['Page', 'Text chars', 'Floor ms', 'Gloss ms', 'Gloss / floor', 'Target', 'Build ms', 'Marks', 'mark.js ms (runs)', 'mark.js / Gloss', 'Target ≥ 100x'],
      result.generated.map((row) => {
        const limit = row.mentions ? TARGETS.mentionsVsFloor : TARGETS.plainVsFloor;
        const vsFloor = ratio(row.glossMs, row.floorMs);
        const vsMarkjs = ratio(row.markjsMs, row.glossMs);
        return [
          row.page,
          kb(row.textChars),
          ms(row.floorMs),
          ms(row.glossMs),
          times(vsFloor),
          `≤ ${limit}x: ${verdict(atMost(vsFloor, limit))}`,
          ms(row.buildMs),
          String(row.marks),
          row.markjsRuns > 0 ? `${ms(row.markjsMs)} (${row.markjsRuns})` : (row.markjsNote ?? 'not run'),
          times(vsMarkjs, 0),
          verdict(atLeast(vsMarkjs, TARGETS.markjsVsGloss)),
        ];
      }),
    ),
    '',
  );
  out.push(
    'Where Gloss\'s time goes (medians): "gate" is `findAnchors` (reading the text nodes, the gate), "match" is `scanAround` minus `finish` (the blocks around ' +
      'the anchors segmented and matched), "finish" the time inside `finish` (page-wide resolution). "Warm" is the whole of "Gloss" done a second time on the same page: the gap to the cold figure is ' +
      'first-run cost (code not yet compiled or optimised, caches cold), which the extension\'s background pays once per start rather than per page.',
    '',
  );
  out.push(
    table(
      ['Page', 'Floor ms', 'Gate ms', 'Match ms', 'Finish ms', 'toMarks ms', 'Paint ms', 'Gloss ms', 'Warm ms', 'Build ms'],
      result.generated.map((row) => [
        row.page,
        ms(row.floorMs),
        ms(row.gateMs),
        ms(row.matchMs),
        ms(row.finishMs),
        ms(row.marksMs),
        ms(row.paintMs),
        ms(row.glossMs),
        ms(row.warmMs),
        ms(row.buildMs),
      ]),
    ),
    '',
  );
  out.push(
    'Longest task, Gloss run sliced as the extension slices it, in the page and in its background alike (`createSlicer()`; here all in the page; the gate, then, where it opens, the detector built and the scan around the anchors): per run, the longest of the browser\'s ' +
      '`longtask` entries (rendering of the highlights included) and our own longest slice; the median over runs is judged (the machine is shared, ' +
      'so a single run can be stretched by other processes) and the worst run is shown with the phase it fell in ' +
      '(first: the first slice; gate: reading the text nodes and the gate; blocks: detector build, segmenting and matching around the anchors; finish: page-wide resolution; last: end of the scan + `toMarks` + paint).',
    '',
  );
  out.push(
    table(
      ['Page', 'Longest task ms, median / worst', 'Longest slice ms, median / worst (phase)', 'Wall time ms', `Target ≤ ${TARGETS.longTaskMs} ms`],
      result.generated.map((row) => [
        row.page,
        `${row.taskMs > 0 ? ms(row.taskMs) : 'none'} / ${row.longestTaskMs > 0 ? ms(row.longestTaskMs) : 'none'}`,
        `${ms(row.sliceMs)} / ${ms(row.maxSliceMs)} (${row.maxSlicePhase})`,
        ms(row.slicedWallMs),
        verdict(atMost(Math.max(row.taskMs, row.sliceMs), TARGETS.longTaskMs)),
      ]),
    ),
    '',
  );
  const threw = result.generated.filter((row) => row.markjsFailed > 0);
  if (threw.length > 0) {
    out.push(
      `mark.js threw on some aliases (counted, the rest marked): ${threw.map((row) => `${row.page} ${row.markjsFailed}`).join(', ')}.`,
      '',
    );
  }
  out.push(corpusSection(result), '');
  for (const note of result.notes) out.push(`- ${note}`);
  return out.join('\n');
}

function corpusSection(result: InPageResult): string {
  const rows = result.corpus;
  if (rows.length === 0) return '### Real pages\n\nSkipped: no corpus folder.';
  const totals = corpusTotals(rows);
  // Per-page ratios only where the floor is long enough to time (the page clock ticks in 0.1 ms).
  const timed = rows.filter((row) => row.floorMs >= 1);
  const ratios = timed.map((row) => ({ row, value: ratio(row.glossMs, row.floorMs) })).sort((a, b) => b.value - a.value);
  const withMarks = rows.filter((row) => row.marks > 0).length;
  const longest = max(rows.map((row) => row.longestTaskMs));
  const slice = max(rows.map((row) => row.maxSliceMs));
  const worstSlice = rows.find((row) => row.maxSliceMs === slice);
  const over = rows.filter((row) => Math.max(row.taskMs, row.sliceMs) > TARGETS.longTaskMs);
  const totalRatio = ratio(totals.glossMs, totals.floorMs);
  const out = [
    '### Real pages',
    '',
    `${rows.length} pages of the readability corpus (external resources switched off), ${result.corpusRuns} interleaved runs each; ` +
      `per-page ratios over the ${timed.length} pages whose floor takes at least 1 ms. The sliced run (longest task) was done in ${Math.min(CORPUS_SLICED_RUNS, result.corpusRuns)} of the runs.`,
    '',
    table(
      ['Measure', 'Value', 'Target'],
      [
        ['Text, all pages', `${kb(totals.textChars)} chars`, ''],
        ['Floor, sum of medians', `${ms(totals.floorMs)} ms`, ''],
        ['Gloss, sum of medians', `${ms(totals.glossMs)} ms`, ''],
        ['Gloss / floor, all pages together', times(totalRatio), `≤ ${TARGETS.plainVsFloor}x: ${verdict(atMost(totalRatio, TARGETS.plainVsFloor))}`],
        ['Gloss / floor, median page', times(median(ratios.map((entry) => entry.value))), ''],
        ['Gloss / floor, worst page', ratios[0] ? `${times(ratios[0].value)} (${ratios[0].row.page})` : '–', ''],
        ['Build (gate; detector where the gate opens), median page', `${ms(median(rows.map((row) => row.buildMs)))} ms`, ''],
        ['Pages where Gloss found something', String(withMarks), ''],
        ['Longest task, worst run of any page', longest > 0 ? `${ms(longest)} ms` : 'none', ''],
        ['Longest slice, worst run of any page', worstSlice ? `${ms(slice)} ms (${worstSlice.page}, ${worstSlice.maxSlicePhase})` : '–', ''],
        [
          `Pages whose longest task or slice is over ${TARGETS.longTaskMs} ms (median of runs)`,
          over.length === 0 ? '0' : `${over.length}: ${over.map((row) => row.page).join(', ')}`,
          `none: ${verdict(over.length === 0)}`,
        ],
      ],
    ),
    '',
    'The ten pages where Gloss takes longest:',
    '',
    table(
      ['Page', 'Text chars', 'Floor ms', 'Gloss ms', 'Gloss / floor', 'Marks', 'Longest slice ms, median / worst (phase)'],
      [...rows]
        .sort((a, b) => b.glossMs - a.glossMs)
        .slice(0, 10)
        .map((row) => [
          row.page,
          kb(row.textChars),
          ms(row.floorMs),
          ms(row.glossMs),
          times(ratio(row.glossMs, row.floorMs)),
          String(row.marks),
          `${ms(row.sliceMs)} / ${ms(row.maxSliceMs)} (${row.maxSlicePhase})`,
        ]),
    ),
  ];
  return out.join('\n');
}

function aliasSection(result: AliasResult): string {
  const base = new Map<string, AliasRow>();
  const kb = new Map<string, AliasRow>();
  for (const row of result.rows) {
    if (!base.has(row.page)) base.set(row.page, row);
    if (row.label.endsWith('(the KB)')) kb.set(row.page, row);
  }
  const out = [
    '## 2. Alias count',
    '',
    'Gloss on the 1 MB pages with the KB cut down (below its own alias count) and grown by synthetic entities; each figure is judged against ' +
      'the smallest list (the base). "Scan" is the per-page work as "Gloss" above; "pass" is all of it but ' +
      '`finish`: the walk over the page, the gate, and the matching around anchors; "finish" the page-wide resolution; building the gate and the detector is timed apart.',
    '',
    table(
      ['Page', 'Aliases', 'Scan ms', 'Scan vs base', `Target ≤ ${TARGETS.aliasGrowth}x`, 'Scan vs the KB', 'Pass ms', 'Pass vs base', 'Finish ms', 'Build ms', 'Marks', 'Runs'],
      result.rows.map((row) => {
        const first = base.get(row.page);
        const growth = ratio(row.scanMs, first?.scanMs ?? Number.NaN);
        return [
          row.page,
          row.label,
          ms(row.scanMs),
          times(growth),
          first === row ? 'base' : verdict(atMost(growth, TARGETS.aliasGrowth)),
          times(ratio(row.scanMs, kb.get(row.page)?.scanMs ?? Number.NaN)),
          ms(row.passMs),
          times(ratio(row.passMs, first?.passMs ?? Number.NaN)),
          ms(row.finishMs),
          ms(row.buildMs),
          String(row.marks),
          String(row.runs),
        ];
      }),
    ),
    '',
    ...result.notes.map((note) => `- ${note}`),
  ];
  return out.join('\n');
}

function extensionSection(result: ExtensionResult): string {
  const trio = (values: Record<'none' | 'floor' | 'gloss', number>, configs: readonly ('none' | 'floor' | 'gloss')[] = ['none', 'floor', 'gloss']) =>
    configs.map((config) => (values[config] > 0 ? ms(values[config]) : '–')).join(' / ');
  const out = [
    '## 3. As an extension',
    '',
    'Three browsers side by side, taking turns on each page load: no extension, a minimal extension whose content script walks every text node once ' +
      `at \`document_idle\` (the floor), and the built Gloss. Read after load, network idle and ${result.settleMs / 1000} s more (on pages with mentions, ` +
      'once Gloss\'s highlights are registered). "Script time" is the CPU time of the samples (0.1 ms interval) whose stack holds a frame of the extension\'s scripts, ' +
      'plus the compiling of those scripts as they are loaded (V8\'s `v8.compile` trace events; the profiler files it under "(program)"), shown apart too. ' +
      'The engine itself runs in the extension\'s background, whose time is not the page\'s (part 1 measures it); "first mark after DCL" is how long a reader ' +
      'waits for the marks (median of the runs; the page looks every 4 ms).',
    '',
    table(
      [
        'Page',
        'Floor ext. script ms',
        'Gloss script ms',
        'Gloss / floor',
        'Target',
        'Of which compiling the scripts ms (floor / Gloss)',
        'Longest task after DCL ms, median (none / floor / Gloss)',
        'Worst run (none / floor / Gloss)',
        'Marks',
        'First mark after DCL ms',
      ],
      result.rows.map((row) => {
        const vsFloor = ratio(row.extensionMs.gloss, row.extensionMs.floor);
        const limit = row.mentions ? TARGETS.mentionsVsFloor : TARGETS.plainVsFloor;
        return [
          row.page,
          ms(row.extensionMs.floor),
          ms(row.extensionMs.gloss),
          times(vsFloor),
          `≤ ${limit}x: ${verdict(atMost(vsFloor, limit))}`,
          `${ms(row.compileMs.floor)} / ${ms(row.compileMs.gloss)}`,
          trio(row.taskMs),
          trio(row.longestTaskMs),
          String(row.marks),
          Number.isNaN(row.firstMarkMs) ? '–' : ms(row.firstMarkMs),
        ];
      }),
    ),
    '',
    'Cross-checks from `Performance.getMetrics`: `TaskDuration` (all main-thread work of the page load, minus the no-extension median) and `ScriptDuration` ' +
      '(which counts a script\'s first synchronous run only, not what an async function does after an `await`: for Gloss that is start-up plus the first slice). ' +
      'GC: samples in the garbage collector, whoever caused them.',
    '',
    table(
      ['Page', 'Task time added ms (floor / Gloss)', 'ScriptDuration ms (none / floor / Gloss)', 'GC ms (none / floor / Gloss)', 'Runs'],
      result.rows.map((row) => [
        row.page,
        `${ms(row.taskDurationMs.floor - row.taskDurationMs.none)} / ${ms(row.taskDurationMs.gloss - row.taskDurationMs.none)}`,
        trio(row.scriptMs),
        trio(row.gcMs),
        String(row.runs),
      ]),
    ),
    '',
    ...result.notes.map((note) => `- ${note}`),
  ];
  return out.join('\n');
}

function sizeSection(result: SizeResult): string {
  return [
    '## 4. Size',
    '',
    table(
      ['File', 'Bytes', 'gzip -9 bytes', `Target < ${TARGETS.gzipKb} kB (${(TARGETS.gzipKb * 1024).toLocaleString('en')} bytes)`],
      [[result.file, result.bytes.toLocaleString('en'), `${result.gzipBytes.toLocaleString('en')} (${(result.gzipBytes / 1024).toFixed(1)} kB)`, verdict(result.gzipBytes < TARGETS.gzipKb * 1024)]],
    ),
  ].join('\n');
}

export function renderReport(input: ReportInput): string {
  const out = ['# Gloss benchmark', ''];
  out.push(table(['Setting', 'Value'], Object.entries(input.meta).map(([key, value]) => [key, String(value)])), '');
  if (input.inpage) out.push(inPageSection(input.inpage), '');
  if (input.aliases) out.push(aliasSection(input.aliases), '');
  if (input.extension) out.push(extensionSection(input.extension), '');
  if (input.size) out.push(sizeSection(input.size), '');
  return out.join('\n');
}
