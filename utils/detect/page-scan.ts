/**
 * One page: `addBlock` runs the exact scan of a block (the cheap part every
 * page pays); `finish` applies page-wide context as a generator.
 *
 * finish, in order:
 *  0. the rest of any block too long to scan in one `addBlock` (see below);
 *  1. exact candidates → one candidate per entity and span;
 *  2. excludeContexts rule candidates out;
 *  3. the strong set: entities with a strong (non-weak, non-misspelling) mention;
 *  4. weak candidates stay only if their entity or a related one is strong,
 *     or a related event is in view (a place related to it is strong: the
 *     venue names the attack);
 *  5. pages with a strong mention only, and only in the blocks near a mention
 *     (CONTEXT_BLOCKS blocks either side; in a block longer than HUGE_BLOCK,
 *     NEAR_UNITS units either side of its mentions and its ends): one light
 *     pass over that text (page-pass.ts) runs the misspelling search on the
 *     few runs of words whose words carry a signature q-gram, and marks the
 *     blocks that hold both a number and a possible figure word; then, for
 *     disputes whose subject is named (strongly, or by a weak alias that
 *     stays) or a place related to it (the venue) strongly, or a landmark
 *     related to it by a weak alias that stays ("el Crocus"), figures are
 *     searched in those blocks only. On a
 *     short page given whole (`wholePage`, WHOLE_PAGE_UNITS), the blocks far
 *     from every mention that hold a digit are read too, for figures only.
 *     A block with a number and no figure word that is a table cell under
 *     or beside a short header ("Killed" above "133"), or that comes right
 *     after a short label block (a definition-list cell: "Deaths" | "145"),
 *     is read as "label: value".
 *     The misspellings searched are those of the page's subjects only: the
 *     long aliases of the entities in the strong set and of the entities
 *     related to one of them (either way, as for weak aliases). Their
 *     matcher is made for the page from each entity's targets as listed at
 *     build time (DetectorParts.makeFuzzy): the targets of its subjects and
 *     no other, however many entities the rest of the knowledge base holds.
 *     A misspelling of any other entity is not reported.
 *
 * Bounded steps: `addBlock` scans at most SCAN_SLICE code units; the rest of
 * a longer block is scanned in the first steps of `finish`, SCAN_SLICE units
 * per step (the scan keeps its state between steps, block-scan.ts). Every
 * other phase yields when a step has run STEP_MS (checked every few
 * candidates, every PASS_CHUNK units of the light pass, every block or window
 * of figure search), so the first, slow run of this code on a page is sliced
 * as finely as the fast ones; and at the latest after CANDIDATES_PER_STEP
 * candidates or BLOCKS_PER_STEP blocks. In a block longer than HUGE_BLOCK, figures are
 * searched in windows of ±FIGURE_WINDOW units around those of its numbers
 * that have a possible figure word within half that (the sentence of a
 * number is then cut at the window's edge, which only matters for sentences
 * of thousands of units).
 */
import { partitionPoint } from '../partition-point.ts';
import { type FoldedText, foldWithMap, foldedIndexAt } from '../text/index.ts';
import type { AliasRecord } from './alias-index.ts';
import { ScanState, scanBlock } from './block-scan.ts';
import type { DetectorParts } from './detector.ts';
import type { ExcludeContexts } from './exclude-contexts.ts';
import { type FigureAnchor, type FigureContext, type FigureDispute, type FigureHit, figureKeys, findFigures } from './figures.ts';
import type { FuzzyHit } from './fuzzy.ts';
import { type RawMatch, inHandle } from './match-at.ts';
import { BlockPass } from './page-pass.ts';
import { CONTEXT_BLOCKS, type Figure, type Mention, type PageResult, type PageScan } from './types.ts';

/** Code units of exact scan per `addBlock` or per step. */
const SCAN_SLICE = 20_000;
/** A step of `finish` yields once it has run this long (ms), or has done this many candidates or blocks. */
const STEP_MS = 4;
const CANDIDATES_PER_STEP = 200;
const BLOCKS_PER_STEP = 64;
/** How a block is read in the light pass: near a mention (misspellings and figures), or far from one (figures only). */
const NEAR = 1;
const FAR = 2;
/** A digit, ASCII or full-width (a figure needs one unless it is spelled out). */
const DIGIT = /[0-9\uff10-\uff19]/;

/** Code units of the light pass between two looks at the clock. */
const PASS_CHUNK = 4_096;
/** Blocks longer than this are read in windows: around their mentions, and their ends. */
const HUGE_BLOCK = 50_000;
const NEAR_UNITS = 5_000;
/** In a huge block, figures are searched in windows this wide either side of a number (at most FIGURE_RUN units at once). */
const FIGURE_WINDOW = 1_000;
const FIGURE_RUN = 20_000;

const clock: () => number = typeof performance === 'object' ? () => performance.now() : () => Date.now();

type Strength = 'strong' | 'misspelling' | 'weak';

const NONE: Candidate[] = [];

interface Candidate {
  entity: string;
  /** The entity's index in the packed ids. */
  entityIndex: number;
  block: number;
  start: number;
  end: number;
  strength: Strength;
  fuzzy: boolean;
  dropped: boolean;
}

function addCandidates(block: number, m: RawMatch, out: Candidate[]): void {
  const byEntity = new Map<string, AliasRecord[]>();
  for (const r of m.records) {
    const list = byEntity.get(r.entity);
    if (list) list.push(r);
    else byEntity.set(r.entity, [r]);
  }
  for (const [entity, recs] of byEntity) {
    const strength: Strength = recs.some((r) => !r.weak && !r.misspelling)
      ? 'strong'
      : recs.some((r) => !r.weak)
        ? 'misspelling'
        : 'weak';
    const fuzzy = strength !== 'strong' && recs.every((r) => r.misspelling || r.weak) && recs.some((r) => r.misspelling);
    const entityIndex = (recs[0] as AliasRecord).entityIndex;
    out.push({ entity, entityIndex, block, start: m.start, end: m.end, strength, fuzzy, dropped: false });
  }
}

/** A block whose exact scan goes on in `finish`. */
interface Unscanned {
  block: number;
  state: ScanState;
}

export class DetectorPageScan implements PageScan {
  private readonly blocks: string[] = [];
  private readonly candidates: Candidate[] = [];
  private readonly matches: RawMatch[] = [];
  private readonly unscanned: Unscanned[] = [];
  /** The headers of the blocks that are table cells under or beside some. */
  private readonly headers = new Map<number, readonly string[]>();
  private finished = false;

  /** `wholePage`: the caller gives every block of a short page (PageScanOptions), searched whole for figures. */
  constructor(
    private readonly parts: DetectorParts,
    private readonly wholePage = false,
  ) {}

  addBlock(text: string, mayMatch = true, headers?: readonly string[]): void {
    if (this.finished) throw new Error('PageScan.addBlock called after finish()');
    const block = this.blocks.length;
    this.blocks.push(text);
    if (headers) this.headers.set(block, headers);
    if (!mayMatch) return;
    if (text.length <= SCAN_SLICE) {
      scanBlock(text, this.parts.index, this.matches);
    } else {
      const state = new ScanState();
      scanBlock(text, this.parts.index, this.matches, state, SCAN_SLICE);
      this.unscanned.push({ block, state });
    }
    this.takeMatches(block);
  }

  private takeMatches(block: number): void {
    const matches = this.matches;
    if (matches.length === 0) return;
    for (const m of matches) addCandidates(block, m, this.candidates);
    matches.length = 0;
  }

  /** When the current step of `finish` started. */
  private stepStart = 0;

  /** The current step has run its time. */
  private due(): boolean {
    return clock() - this.stepStart > STEP_MS;
  }

  private *pause(): Generator<void, void, void> {
    yield;
    this.stepStart = clock();
  }

  *finish(): Generator<void, PageResult, void> {
    if (this.finished) throw new Error('PageScan.finish called twice');
    this.finished = true;
    this.stepStart = clock();
    const { index } = this.parts;

    for (const u of this.unscanned) {
      const text = this.blocks[u.block] as string;
      while (u.state.pos < text.length) {
        yield* this.pause();
        scanBlock(text, index, this.matches, u.state, Math.min(text.length, u.state.pos + SCAN_SLICE));
        this.takeMatches(u.block);
      }
    }

    const cands = this.candidates;
    if (cands.length === 0) return { mentions: [], figures: [] };
    const { excludes, neighbours } = this.parts;

    let n = 0;
    for (const c of cands) {
      if (excludes.has(c.entity)) {
        c.dropped = excludes.excludes(c.entity, this.blocks[c.block] ?? '', c.start, c.end);
        if (++n % 8 === 0 && (this.due() || n % CANDIDATES_PER_STEP === 0)) yield* this.pause();
      }
    }

    const strong = new Set<string>();
    const strongIndexes = new Set<number>();
    for (const c of cands) {
      if (c.strength !== 'strong' || c.dropped) continue;
      strong.add(c.entity);
      strongIndexes.add(c.entityIndex);
    }
    // An event is in view when a place related to it is named strongly (the venue names the attack), so that a live
    // blog naming only "Crocus City Hall" keeps its "IS", "Investigative Committee" and "Moscow Oblast".
    const inView = new Set<string>();
    for (const p of strong) {
      if (!this.parts.places.has(p)) continue;
      for (const e of neighbours.get(p) ?? []) if (this.parts.events.has(e)) inView.add(e);
    }
    const supported = (entity: string): boolean => {
      if (strong.has(entity)) return true;
      for (const r of neighbours.get(entity) ?? []) if (strong.has(r) || inView.has(r)) return true;
      return false;
    };
    // The entities the page names: strongly, or by a weak alias that stays.
    const named = new Set(strong);
    for (const c of cands) {
      if (c.strength !== 'weak' || c.dropped) continue;
      if (supported(c.entity)) named.add(c.entity);
      else c.dropped = true;
    }
    yield* this.pause();

    const extra: Mention[] = [];
    const figures: Figure[] = [];
    if (strong.size > 0) yield* this.pagePhase(strong, strongIndexes, named, extra, figures);

    const mentions: Mention[] = [];
    for (const c of cands) {
      if (c.dropped) continue;
      const text = this.blocks[c.block] ?? '';
      mentions.push({ entity: c.entity, block: c.block, start: c.start, end: c.end, text: text.slice(c.start, c.end), fuzzy: c.fuzzy });
    }
    mentions.push(...extra);
    mentions.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
    figures.sort((a, b) => a.block - b.block || a.start - b.start);
    return { mentions, figures };
  }

  /** Misspellings and figures, on a page with a strong mention (`named`: the entities the page names, weak aliases that stay included). */
  private *pagePhase(
    strong: Set<string>,
    strongIndexes: Set<number>,
    named: Set<string>,
    extra: Mention[],
    figures: Figure[],
  ): Generator<void, void, void> {
    const { excludes, neighbours, places, landmarks } = this.parts;
    // Gate: the subject named (strongly, or by a weak alias that a strong mention supports: "the Iranian city of
    // Kerman" on a page naming ISIS-K), or a place related to it named strongly, or a landmark among them named so
    // ("el Crocus" beside "el Estado Islámico"; not a country, which any page may name).
    const speaks = (d: { subject: string }): boolean =>
      named.has(d.subject) ||
      [...(neighbours.get(d.subject) ?? [])].some((n) => places.has(n) && (strong.has(n) || (named.has(n) && landmarks.has(n))));
    const disputes = this.parts.disputes.filter(speaks);
    // The page's misspelling matcher: the targets of its subjects (the strongly mentioned entities and those
    // related to them) only, made in bounded steps too.
    const making = this.parts.makeFuzzy(this.parts.subjects(strongIndexes));
    let made = making.next();
    while (!made.done) {
      if (this.due()) yield* this.pause();
      made = making.next();
    }
    const fuzzy = made.value;
    const useFuzzy = !fuzzy.isEmpty;
    if (!useFuzzy && disputes.length === 0) return;

    const byBlock = new Map<number, Candidate[]>();
    for (const c of this.candidates) {
      const list = byBlock.get(c.block);
      if (list) list.push(c);
      else byBlock.set(c.block, [c]);
    }
    const extraByBlock = new Map<number, Mention[]>();

    // The light pass, near the mentions: misspellings, and which blocks may hold figures. On a whole short page,
    // the other blocks that hold a digit are read for figures only.
    const count = this.blocks.length;
    const near = new Uint8Array(count);
    for (const c of this.candidates) {
      if (c.dropped) continue;
      for (let b = Math.max(0, c.block - CONTEXT_BLOCKS); b <= Math.min(count - 1, c.block + CONTEXT_BLOCKS); b++) near[b] = NEAR;
    }
    const keys = disputes.length > 0 ? figureKeys(disputes) : null;
    if (this.wholePage && keys) {
      for (let b = 0; b < count; b++) if (near[b] === 0 && DIGIT.test(this.blocks[b] as string)) near[b] = FAR;
    }
    const nearPass = new BlockPass(useFuzzy ? fuzzy : null, keys);
    let farPass: BlockPass | null = null;
    if (this.due()) yield* this.pause();
    const figureBlocks: { block: number; numbers: number[] | null }[] = [];
    /** Blocks with a number but no figure word. */
    const numberBlocks: number[] = [];
    /** Blocks with a number but no figure word, and the label they stand under or after ("<th>Deaths</th><td>145</td>"). */
    const labelled: Label[] = [];
    let read = 0;
    for (let b = 0; b < count; b++) {
      if (near[b] === 0) continue;
      const pass = near[b] === NEAR ? nearPass : (farPass ??= new BlockPass(null, keys));
      const text = this.blocks[b] as string;
      const blockCands = byBlock.get(b) ?? NONE;
      const blocked = blockedBy(blockCands);
      const huge = text.length > HUGE_BLOCK;
      const ranges = huge ? hugeRanges(text, blockCands) : [[0, text.length] as [number, number]];
      let figureLike = false;
      const numbers: number[] = [];
      const figureWords: number[] = [];
      for (const [from, to] of ranges) {
        const part = huge ? text.slice(from, to) : text;
        pass.begin(part, huge ? (os, oe) => blocked(os + from, oe + from) : blocked, huge && disputes.length > 0);
        while (!pass.run(PASS_CHUNK)) if (this.due()) yield* this.pause();
        for (const h of pass.hits) {
          this.addFuzzy(b, text, { start: h.start + from, end: h.end + from, entity: h.entity }, blockCands, extra, extraByBlock, excludes);
        }
        if (pass.hasNumber && pass.hasFigureWord) {
          figureLike = true;
          for (const p of pass.numbers) numbers.push(p + from);
          for (const p of pass.figureWords) figureWords.push(p + from);
        }
      }
      // (In a huge block, only the numbers with a possible figure word near them.)
      if (figureLike) figureBlocks.push({ block: b, numbers: huge ? numbersNear(numbers, figureWords) : null });
      else if (keys && pass.hasNumber) {
        numberBlocks.push(b);
        const label = this.labelOf(b, near);
        if (label) labelled.push(label);
      }
      if (this.due() || ++read % BLOCKS_PER_STEP === 0) yield* this.pause();
    }
    if (figureBlocks.length === 0 && labelled.length === 0) return;

    // Figures, in the blocks that may hold one.
    const subjects = new Set(this.parts.disputes.map((d) => d.subject));
    const isEvent = (e: string) => this.parts.events.has(e);
    const isPlace = (e: string) => this.parts.places.has(e);
    /** The mentions of block `b`, exact and possible. */
    const anchorsIn = (b: number) => [...(byBlock.get(b) ?? []).filter((c) => !c.dropped), ...(extraByBlock.get(b) ?? [])];
    // What a block that names no event or dispute's subject is about: the nearest block before it (else after it) that
    // names one, and the first block of the page that names one (the headline, usually: a page about the Dubrovka
    // siege that names the Crocus venue more often than the siege is still about the siege). A place with a name that
    // counts alone (the venue, not a country or a city: they are named about anything) stands for the one dispute's
    // subject it is related to.
    const eventful = (e: string) => isEvent(e) || subjects.has(e);
    const eventOf = (e: string): string | null => {
      if (eventful(e)) return e;
      const own = landmarks.has(e) ? [...(neighbours.get(e) ?? [])].filter((n) => subjects.has(n)) : [];
      return own.length === 1 ? (own[0] as string) : null;
    };
    const leading: { block: number; entities: string[] }[] = [];
    for (const b of [...new Set([...byBlock.keys(), ...extraByBlock.keys()])].sort((x, y) => x - y)) {
      const entities = anchorsIn(b).flatMap((m) => eventOf(m.entity) ?? []);
      if (entities.length > 0) leading.push({ block: b, entities: [...new Set(entities)] });
    }
    const leadOf = (b: number): readonly string[] => {
      const at = partitionPoint(leading.length, (i) => (leading[i] as { block: number }).block < b);
      return [...((leading[at - 1] ?? leading[at])?.entities ?? []), ...(leading[0]?.entities ?? [])];
    };
    const ctx = { isEvent, isPlace, neighbours: (e: string) => neighbours.get(e), subjects, leadOf };
    let searched = 0;
    /** Per block, the values of its numbers without a figure word that could repeat a figure given elsewhere. */
    const bareIn = new Map<number, Set<number>>();
    for (const { block: b, numbers } of figureBlocks) {
      const text = this.blocks[b] as string;
      const sources = anchorsIn(b);
      const windows: [number, number][] = numbers ? figureWindows(text, numbers) : [[0, text.length]];
      const bare = new Set<number>();
      bareIn.set(b, bare);
      for (const [from, to] of windows) {
        const fw = foldWithMap(from === 0 && to === text.length ? text : text.slice(from, to));
        this.figuresIn(b, text, from, to, fw, sources, disputes, ctx, figures, undefined, bare);
        if (this.due() || ++searched % BLOCKS_PER_STEP === 0) yield* this.pause();
      }
    }
    // A label and its value in cells of their own (an infobox, a definition list): read as "label: value", the
    // label standing before the block's start.
    for (const { block: b, words, years } of labelled) {
      const label = `${words}: `;
      const text = this.blocks[b] as string;
      // The names in the label are the number's context ("Beslan school siege" in its row), and a row set in a year
      // before the dispute's is about something else.
      const matches: RawMatch[] = [];
      scanBlock(label, this.parts.index, matches);
      const sources = matches.flatMap((m) => [...new Set(m.records.map((r) => r.entity))].map((entity) => ({ entity, start: m.start - label.length, end: m.end - label.length })));
      // (The list is kept as it is when the row drops none, so that the figure search's phrase index for it is reused.)
      const kept = disputes.filter((d) => d.year === undefined || years.every((y) => y >= (d.year as number)));
      const own = kept.length === disputes.length ? disputes : kept;
      this.figuresIn(b, text, -label.length, text.length, foldWithMap(label + text), sources, own, ctx, figures);
      if (this.due() || ++searched % BLOCKS_PER_STEP === 0) yield* this.pause();
    }

    // Numbers without a figure word that repeat a figure the page gave with one: "Fact check: 133, 139 or 149?" over
    // a text that says who gave each. Read again are the blocks that hold such a number (those with a figure word, as
    // their first reading found; the others, when they hold the value in digits), but for table cells, which their
    // headers say what they count (a row of another attack: "2003 | Rockfestival | 15").
    const known = repeatable(figures, disputes);
    if (known.size === 0) return;
    const repeats = new RegExp(`(?<![0-9])(?:${[...known.keys()].join('|')})(?![0-9])`);
    const found = new Set(figures.map((f) => `${f.block}:${f.start}`));
    const again = [...bareIn].filter(([, values]) => [...values].some((v) => known.has(v))).map(([b]) => b);
    for (const b of [...again, ...numberBlocks]) {
      const text = this.blocks[b] as string;
      if (text.length > HUGE_BLOCK || this.headers.has(b) || !repeats.test(text)) continue;
      const more: Figure[] = [];
      this.figuresIn(b, text, 0, text.length, foldWithMap(text), anchorsIn(b), disputes, ctx, more, known);
      for (const f of more) if (!found.has(`${f.block}:${f.start}`)) figures.push(f);
      if (this.due() || ++searched % BLOCKS_PER_STEP === 0) yield* this.pause();
    }
  }

  /**
   * What a block with a number and no figure word is the value of: the headers of its table cell that are labels
   * (the row's and the column's: "Investigative Committee Killed"), with the years its row names; or else a label
   * block right before it (an infobox or definition-list cell, when the caller gave that block for certain: on a
   * page not given whole, one near a mention).
   */
  private labelOf(b: number, near: Uint8Array): Label | undefined {
    const headers = this.headers.get(b);
    const labels = headers?.filter(isLabel);
    if (headers && labels && labels.length > 0) {
      const years: number[] = [];
      for (const h of headers) for (const m of h.matchAll(YEAR)) years.push(Number(m[0]));
      return { block: b, words: labels.join(' '), years };
    }
    const before = this.blocks[b - 1];
    return (this.wholePage || near[b - 1] === NEAR) && isLabel(before) ? { block: b, words: before, years: [] } : undefined;
  }

  private figuresIn(
    block: number,
    text: string,
    from: number,
    to: number,
    fw: FoldedText,
    sources: readonly { entity: string; start: number; end: number }[],
    disputes: readonly (FigureDispute & { subject: string })[],
    ctx: Omit<FigureContext, 'anchors' | 'lead'> & { leadOf(block: number): readonly string[] },
    figures: Figure[],
    known?: ReadonlyMap<number, FigureDispute & { subject: string }>,
    bare?: Set<number>,
  ): void {
    const anchors: FigureAnchor[] = [];
    for (const m of sources) {
      if (m.start < from || m.end > to) continue;
      anchors.push({ entity: m.entity, start: foldedIndexAt(fw, m.start - from), end: foldedIndexAt(fw, m.end - from) });
    }
    const hits: FigureHit[] = [];
    findFigures(fw, disputes, { ...ctx, anchors, lead: ctx.leadOf(block) }, hits, known, bare);
    for (const h of hits) {
      const start = from + (fw.starts[h.start] ?? 0);
      const end = from + (fw.ends[h.end - 1] ?? 0);
      // (A number in a label read before the block, at a negative `from`, is not the block's.)
      if (start >= 0) figures.push({ dispute: h.dispute, block, start, end, text: text.slice(start, end), value: h.value });
    }
  }

  private addFuzzy(
    block: number,
    text: string,
    h: FuzzyHit,
    blockCands: Candidate[],
    extra: Mention[],
    extraByBlock: Map<number, Mention[]>,
    excludes: ExcludeContexts,
  ): void {
    const { start, end } = h;
    if (inHandle(text, start, end) || excludes.excludes(h.entity, text, start, end)) return;
    const inside = blockCands.filter((c) => c.start >= start && c.end <= end);
    // An exact mention of the same entity is better than a possible one ("Патрушева" in "Николая Патрушева"),
    // unless it is a weak alias, which the whole name says better ("Crocus" in "Crocus Citty Hall").
    if (inside.some((c) => c.entity === h.entity && !c.dropped && c.strength !== 'weak')) return;
    // Otherwise the longer possible mention replaces exact matches inside it ("ISIS" in "ISIS-Korasan").
    for (const c of inside) c.dropped = true;
    const m: Mention = { entity: h.entity, block, start, end, text: text.slice(start, end), fuzzy: true };
    extra.push(m);
    const list = extraByBlock.get(block);
    if (list) list.push(m);
    else extraByBlock.set(block, [m]);
  }
}

/**
 * The values of `figures` that one dispute alone has (up to 999: a repeat is
 * looked for as its digits), with that dispute.
 */
function repeatable(figures: readonly Figure[], disputes: readonly (FigureDispute & { subject: string })[]): Map<number, FigureDispute & { subject: string }> {
  const byValue = new Map<number, string | null>();
  for (const { value, dispute } of figures) {
    if (value > 999) continue;
    const seen = byValue.get(value);
    byValue.set(value, seen === undefined || seen === dispute ? dispute : null);
  }
  const known = new Map<number, FigureDispute & { subject: string }>();
  for (const [value, id] of byValue) {
    const dispute = id === null ? undefined : disputes.find((d) => d.id === id);
    if (dispute) known.set(value, dispute);
  }
  return known;
}

/** A block with a number and no figure word read as "words: value"; `years`: those its table row names. */
interface Label {
  block: number;
  words: string;
  years: number[];
}

/** A year in a table row ("2004", "23 March 2024"). */
const YEAR = /(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])/g;

/** Units of text a label cell may have ("Deaths", "Число погибших", "Blessés"). */
const LABEL_UNITS = 40;

/** Whether a block is a short label without a digit: the cell before a value. */
function isLabel(text: string | undefined): text is string {
  return text !== undefined && text.length <= LABEL_UNITS && text.trim().length > 0 && !DIGIT.test(text);
}

/**
 * Windows of a huge block around its numbers: ±FIGURE_WINDOW units, merged
 * where they overlap, cut at spaces so no word is split.
 */
function figureWindows(text: string, numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  const isSpace = (i: number): boolean => text.charCodeAt(i) <= 0x20;
  for (const p of numbers) {
    let from = Math.max(0, p - FIGURE_WINDOW);
    while (from > 0 && !isSpace(from - 1)) from--;
    let to = Math.min(text.length, p + FIGURE_WINDOW);
    while (to < text.length && !isSpace(to)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) {
      // Overlapping windows merge, up to a step's worth; past that the next one starts where the last ends.
      if (to - last[0] <= FIGURE_RUN) {
        last[1] = Math.max(last[1], to);
        continue;
      }
      from = last[1];
    }
    if (to > from) out.push([from, to]);
  }
  return out;
}

/**
 * The parts of a huge block the light pass reads: NEAR_UNITS either side of
 * each of its mentions, and its first and last NEAR_UNITS (a mention in the
 * next or previous block); merged, and cut at spaces so no word is split.
 */
function hugeRanges(text: string, cands: readonly Candidate[]): [number, number][] {
  const n = text.length;
  const wanted: [number, number][] = [
    [0, NEAR_UNITS],
    [n - NEAR_UNITS, n],
  ];
  for (const c of cands) if (!c.dropped) wanted.push([c.start - NEAR_UNITS, c.end + NEAR_UNITS]);
  wanted.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, z] of wanted) {
    let from = Math.max(0, a);
    while (from > 0 && text.charCodeAt(from - 1) > 0x20) from--;
    let to = Math.min(n, z);
    while (to < n && text.charCodeAt(to) > 0x20) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The numbers (offsets, ascending) with one of `words` (offsets, ascending) within FIGURE_WINDOW / 2 units. */
function numbersNear(numbers: readonly number[], words: readonly number[]): number[] {
  const out: number[] = [];
  let w = 0;
  for (const p of numbers) {
    while (w < words.length && (words[w] as number) < p - FIGURE_WINDOW / 2) w++;
    if (w < words.length && (words[w] as number) <= p + FIGURE_WINDOW / 2) out.push(p);
  }
  return out;
}

/**
 * Whether an exact candidate rules a possible mention at [os, oe) out: a
 * longer possible mention may contain exact ones ("Islamic State Khorasan
 * Provnce"), but may not cut through one or merely repeat it. The candidates
 * of a block come in the order of their starts; a block with many is searched
 * by halves.
 */
function blockedBy(cands: readonly Candidate[]): (os: number, oe: number) => boolean {
  const rules = (c: Candidate, os: number, oe: number): boolean =>
    c.start < oe && c.end > os && (c.strength !== 'weak' || (c.start === os && c.end === oe)) && !(c.start >= os && c.end <= oe && c.end - c.start < oe - os);
  if (cands.length <= 16) return (os, oe) => cands.some((c) => rules(c, os, oe));
  let longest = 0;
  for (const c of cands) longest = Math.max(longest, c.end - c.start);
  return (os, oe) => {
    const from = partitionPoint(cands.length, (i) => (cands[i] as Candidate).start < os - longest);
    for (let i = from; i < cands.length && (cands[i] as Candidate).start < oe; i++) if (rules(cands[i] as Candidate, os, oe)) return true;
    return false;
  };
}
