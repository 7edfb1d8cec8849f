/**
 * The page gate: finds, with regular expressions run over a page's text
 * (native code, so even a page's first and only run is fast), the words that
 * may be anchors (gate-format.ts), and checks each against the anchor list
 * by its two word hashes. Then it works out which aliases are possible (all
 * their anchors found). The scanner proper reads only pages where an alias
 * that counts on its own is possible, and there only the blocks that hold
 * the anchors of possible aliases.
 *
 * The text is a page's text nodes joined by "\n" (no blocks yet): a word cut
 * by a node boundary ("<b>C</b>rocus") is read both whole and cut.
 * (Russian endings as russian-endings.ts, whose tables this does not need.)
 */
import { partitionPoint } from '../partition-point.ts';
import * as chars from '../text/char-table.ts';
import { foldKeepCase } from '../text/index.ts';
import {
  ANCHOR_ANY_CASE,
  ANCHOR_ANY_INITIAL,
  ANCHOR_INFLECTS,
  GATE_FORMAT,
  HASH_B_MULT,
  HASH_B_SEED,
  type GatePattern,
  type PackedGate,
} from './gate-format.ts';
import { HASH_MASK, HASH_MULT, HASH_SEED, fingerprint } from './word-hash.ts';

const { HIGH_SURROGATE, SKIP, SPECIAL, UNIT_MASK, UNIT_TABLE, WORD, computeUnit, foldCodePoint, specialIsWord, specialUnits, specialWidth, unitInfo } = chars;
const KINDS = WORD | SKIP | SPECIAL | HIGH_SURROGATE;
const MULT_A = HASH_MULT;
const MULT_B = HASH_B_MULT;
const NEWLINE = 0x0a;

/**
 * What a page holds: no anchors of a whole alias; those of weak aliases only,
 * or of aliases whose words to confirm are not there (the page stays shut);
 * a possible alias that counts on its own (the page is open).
 */
export const GATE_NONE = 0;
export const GATE_WEAK = 1;
export const GATE_OPEN = 2;

/** Whether the unit belongs inside a word (a letter or digit, or a unit folding removes). */
function inWord(c: number): boolean {
  return (unitInfo(c) & (WORD | SKIP)) !== 0;
}

/** Whether unit `c` is a capital letter (has a lower case, and is its own upper case). */
export function isCapital(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const s = String.fromCharCode(c);
  return s.toLowerCase() !== s && s.toUpperCase() === s;
}

/**
 * Units that fold to others, in a text in lower case: letters with
 * diacritics (Latin-1, Latin Extended-A), ё, й, combining diacritical marks,
 * and the soft hyphen (which folding drops).
 */
const FOLDING_UNITS = /[\u0300-\u036f\u00ad\u00c0-\u017f\u0439\u0451]/;
const FOLDING_UNITS_ALL = new RegExp(FOLDING_UNITS.source, 'g');

/** Units of the page's text looked through for words to confirm per step, and the units before a step a word cut by its start may need. */
const CONFIRM_STEP = 1 << 18;
const CONFIRM_OVERLAP = 256;

/**
 * A unit as folding makes it, by the unit table (the general rules for the
 * few that fold to several): `foldString` on one unit, without bringing its
 * long-text path (`foldWithMap`) into the extension's bundle.
 */
function foldedUnit(unit: string): string {
  const e = unitInfo(unit.charCodeAt(0));
  if ((e & SKIP) !== 0) return '';
  return (e & SPECIAL) !== 0 ? foldCodePoint(unit) : String.fromCharCode(e & UNIT_MASK);
}

interface Resolution {
  needs: readonly number[];
  byAnchor: readonly (readonly number[])[];
  confirm: Map<number, number[]>;
  forms: Map<number, string[]>;
  alsoFinds: Int32Array;
}

/**
 * Units within which the anchors of an alias must all be found for it to
 * open a page: the words of a mention stand together, with at most spaces,
 * node boundaries and what the segmenter leaves out (hidden text, short
 * code) between them; a long page holding each word far from the others
 * ("State", "National", "Security", "Committee") stays shut.
 */
const NEAR = 512;

/** Where anchors found by `Gate.word` go: the word's start and end, and the anchor's index. */
type Sink = (start: number, end: number, anchor: number) => void;

/**
 * A pattern as a page runs it: its expression made on first use (a page
 * without the pattern's script never parses it), and the test of its script
 * (see `GatePattern`).
 */
class Pattern {
  private made: RegExp | null = null;
  readonly capitals: boolean;
  readonly script: RegExp | null;

  constructor(private readonly packed: GatePattern) {
    this.capitals = packed.capitals;
    this.script = packed.script === null ? null : new RegExp(packed.script);
  }

  get regex(): RegExp {
    return (this.made ??= new RegExp(this.packed.source, 'g'));
  }
}

export class Gate {
  private readonly patterns: Pattern[];
  private readonly later: Pattern[];
  private readonly a: readonly number[];
  private readonly b: readonly number[];
  private readonly flags: readonly number[];
  /** The anchors' first fingerprints: one look-up rules out nearly every page word. */
  private readonly fingerprints: Set<number>;
  private readonly packed: PackedGate;
  /** Made on first use (only pages that hold an anchor need them): */
  private neededBy: Resolution | null = null;
  private readonly hashBuffer = new Int32Array(8);
  /** Where the word last read by `word` ends, and where it was first cut by a node boundary (-1: nowhere). */
  private end = 0;
  private cut = -1;

  constructor(packed: PackedGate) {
    if (packed.format !== GATE_FORMAT) throw new Error(`Unknown gate format ${String(packed.format)}`);
    // Nothing here loops over the anchors in JavaScript: a page's first run of such a loop is slow.
    this.packed = packed;
    this.patterns = packed.patterns.map((pattern) => new Pattern(pattern));
    this.later = packed.later.map((pattern) => new Pattern(pattern));
    this.a = packed.a;
    this.b = packed.b;
    this.flags = packed.flags;
    this.fingerprints = new Set(packed.a);
  }

  /**
   * What pages that hold anchors need (made on first use): `needs` (per
   * need, count * 2 + stands alone, then the anchors' indexes), per need by
   * where it starts the words it also needs on the page (`confirm`, indexes
   * into `confirmWords`), per case-sensitive anchor its forms, per anchor the
   * anchor that finding it finds too (an inflecting anchor's stem → the
   * anchor; else -1: `alsoFinds`).
   */
  get resolution(): Resolution {
    if (!this.neededBy) {
      const { packed } = this;
      const forms = new Map<number, string[]>();
      for (const [anchor, form] of packed.caseForms) {
        const list = forms.get(anchor);
        if (list) list.push(form);
        else forms.set(anchor, [form]);
      }
      const alsoFinds = new Int32Array(this.a.length).fill(-1);
      for (const [stem, word] of packed.stems) alsoFinds[stem] = word;
      this.neededBy = { needs: packed.needs, byAnchor: packed.byAnchor, confirm: new Map(packed.confirm), forms, alsoFinds };
    }
    return this.neededBy;
  }

  /** A word to confirm, by index: its folded form, and its form as written when that differs. */
  confirmWord(index: number): string[] {
    return (this.packed.confirmWords[index] as string).split('\t');
  }

  get anchorCount(): number {
    return this.a.length;
  }

  /** A scan of `text` for anchors, to be run in steps (`GateScan.run`). */
  start(text: string): GateScan {
    return new GateScan(this, this.patterns, this.later, text);
  }

  /**
   * Where the scan goes on after the word last read by `word`: its end, or,
   * when a node boundary cut it, just after the first cut (a word may start
   * there).
   */
  get wordNext(): number {
    return this.cut >= 0 ? this.cut + 1 : this.end;
  }

  /**
   * Reads the word that starts at `start` (folded and hashed as the scanner
   * does), through node boundaries ("\n" followed by a word unit), where it
   * is also checked as cut; gives each anchor it is to `sink`; `wordNext` then
   * says where to go on.
   */
  word(text: string, start: number, sink: Sink): void {
    // Only hash A on this pass: nearly every word is ruled out by one bit of the filter.
    const n = text.length;
    const table = UNIT_TABLE;
    let ha = HASH_SEED;
    let len = 0;
    let last = 0;
    let i = start;
    this.cut = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      let e = table[c] as number;
      if (e === 0) e = computeUnit(c);
      const kind = e & KINDS;
      if (kind === WORD) {
        last = e & UNIT_MASK;
        ha = ((ha ^ last) * MULT_A) & HASH_MASK;
        len++;
        i++;
        continue;
      }
      if (kind === SKIP) {
        i++;
        continue;
      }
      if (kind === 0) {
        if (c !== NEWLINE || len === 0 || i + 1 >= n || !inWord(text.charCodeAt(i + 1))) break;
        // A node boundary inside a word: the word may end here (and another start), or go on.
        this.check(text, start, i, ha, len, last, sink);
        if (this.cut < 0) this.cut = i;
        i++;
        continue;
      }
      if (!specialIsWord(text, i, e)) break;
      const units = specialUnits(text, i, c, e);
      for (let k = 0; k < units.length; k++) {
        last = units.charCodeAt(k);
        ha = ((ha ^ last) * MULT_A) & HASH_MASK;
        len++;
      }
      i += specialWidth(text, i, e);
    }
    this.end = i;
    if (len > 0) this.check(text, start, i, ha, len, last, sink);
  }

  /** Gives the anchors that the word text[start, end) is to `sink` (`ha`: its hash A; `len` folded units, the last `last`). */
  private check(text: string, start: number, end: number, ha: number, len: number, last: number, sink: Sink): void {
    // A Cyrillic word may be an anchor plus a case ending: its shorter forms are looked up too.
    const inflected = len >= 2 && last >= 0x400 && last <= 0x52f;
    if (!inflected && !this.mayHold(ha)) return;
    const h = this.hashesOf(text, start, end);
    for (let k = this.lookup(h[0] as number, h[1] as number); k >= 0 && this.same(k, h[0] as number, h[1] as number); k++) {
      if (this.accepts(k, text, start, end, false)) sink(start, end, k);
    }
    for (let cut = 1; inflected && cut <= 3 && len - cut >= 1; cut++) {
      const [ha1, hb1] = [h[2 * cut] as number, h[2 * cut + 1] as number];
      for (let k = this.lookup(ha1, hb1); k >= 0 && this.same(k, ha1, hb1); k++) {
        if (((this.flags[k] as number) & ANCHOR_INFLECTS) !== 0 && this.accepts(k, text, start, end, true)) sink(start, end, k);
      }
    }
  }

  /** Whether anchor `k` has these raw hashes (anchors with the same hashes are next to each other). */
  private same(k: number, ha: number, hb: number): boolean {
    return k < this.a.length && this.a[k] === fingerprint(ha) && this.b[k] === fingerprint(hb);
  }

  /** Whether some anchor may have hash A `ha` (one bit of the filter). */
  private mayHold(ha: number): boolean {
    return this.fingerprints.has(fingerprint(ha));
  }

  /**
   * Both hashes of the word text[start, end) (node boundaries left out), and
   * of it one, two and three folded units shorter: [a, b, a1, b1, a2, b2, a3, b3].
   */
  private hashesOf(text: string, start: number, end: number): Int32Array {
    const h = this.hashBuffer;
    let ha = HASH_SEED;
    let hb = HASH_B_SEED;
    const step = (u: number): void => {
      h[6] = h[4] as number;
      h[7] = h[5] as number;
      h[4] = h[2] as number;
      h[5] = h[3] as number;
      h[2] = ha;
      h[3] = hb;
      ha = ((ha ^ u) * MULT_A) & HASH_MASK;
      hb = ((hb ^ u) * MULT_B) & HASH_MASK;
    };
    h.fill(0);
    for (let i = start; i < end; ) {
      const c = text.charCodeAt(i);
      const e = unitInfo(c);
      const kind = e & KINDS;
      if (kind === WORD) step(e & UNIT_MASK);
      else if (kind !== SKIP && kind !== 0) {
        const units = specialUnits(text, i, c, e);
        for (let k = 0; k < units.length; k++) step(units.charCodeAt(k));
        i += specialWidth(text, i, e);
        continue;
      }
      i++;
    }
    h[0] = ha;
    h[1] = hb;
    return h;
  }

  /** The index of the first anchor with these raw hashes, or -1. */
  private lookup(ha: number, hb: number): number {
    const fa = fingerprint(ha);
    if (!this.fingerprints.has(fa)) return -1;
    const { a, b } = this;
    const fb = fingerprint(hb);
    for (let k = partitionPoint(a.length, (i) => (a[i] as number) < fa); k < a.length && a[k] === fa; k++) if (b[k] === fb) return k;
    return -1;
  }

  /** Whether a page word whose hashes found anchor `k` is that anchor, given its capital and its case. */
  private accepts(k: number, text: string, start: number, end: number, inflected: boolean): boolean {
    const flags = this.flags[k] as number;
    if ((flags & ANCHOR_ANY_INITIAL) === 0) {
      let first = start;
      while (first < end && (unitInfo(text.charCodeAt(first)) & SKIP) !== 0) first++;
      if (!isCapital(text.charCodeAt(first))) return false;
    }
    if ((flags & ANCHOR_ANY_CASE) !== 0) return true;
    // Only case-sensitive aliases have this anchor: the page word, case kept, must be one of their forms (or one plus a case ending).
    const forms = this.resolution.forms.get(k) ?? [];
    const kept = foldKeepCase(text.slice(start, end).replace(/\n/g, ''));
    return forms.some((form) => kept === form || (inflected && kept.length - form.length <= 3 && kept.startsWith(form)));
  }
}

/**
 * A gate scan of one text, in steps: each `run` looks at a bounded number of
 * the patterns' matches, so a huge page is read in slices like the rest.
 */
export class GateScan {
  /** Start, end and anchor index of each anchor word found (a word may be found by both patterns). */
  private readonly found: number[] = [];
  private readonly has: Uint8Array;
  /** The pattern being run, and where it stands. */
  private current = 0;
  private position = 0;
  private checkedTo = 0;
  private outcome: { level: number; hits: number[] } | null = null;
  /** `completeNeeds`, and how long `found` was when it was worked out. */
  private complete: { found: number; needs: number[] } | null = null;
  /** Words to confirm looked for so far: whether found. */
  private readonly confirmations = new Map<number, boolean>();
  /** Once the patterns are done: the words to confirm still to look for in `run`'s steps, and where the next step starts. */
  private confirming: number[] | null = null;
  private confirmedTo = 0;
  /** Where each anchor was found (made when first needed). */
  private places: Map<number, number[]> | null = null;
  /** Per script test of the patterns, whether the page passes it. */
  private readonly scripts = new Map<string, boolean>();
  private readonly sink: Sink;

  constructor(
    private readonly gate: Gate,
    private patterns: readonly Pattern[],
    private later: readonly Pattern[],
    private readonly text: string,
  ) {
    this.has = new Uint8Array(gate.anchorCount);
    this.sink = (start, end, anchor) => {
      this.found.push(start, end, anchor);
      this.has[anchor] = 1;
      const word = gate.resolution.alsoFinds[anchor] as number;
      if (word >= 0) this.has[word] = 1;
    };
  }

  /**
   * Goes on for at most `matches` matches of the patterns, or one step of the
   * search for words to confirm (and, on an open page, the later patterns);
   * true once the text is done.
   */
  run(matches = Number.POSITIVE_INFINITY): boolean {
    let left = matches;
    for (;;) {
      while (this.current < this.patterns.length) {
        const pattern = this.patterns[this.current] as Pattern;
        // (A pattern whose script the page lacks cannot match: it is neither made nor run.)
        if (this.position > 0 || this.holdsScript(pattern)) {
          left = this.runPattern(pattern, left);
          if (left < 0) return false;
        }
        this.current++;
        this.position = 0;
        this.checkedTo = 0;
      }
      if (!this.confirmed()) return false;
      // The patterns of weak anchors are worth running only where the page is open.
      if (this.later.length === 0 || this.resolve().level !== GATE_OPEN) return true;
      this.patterns = [...this.patterns, ...this.later];
      this.later = [];
      this.outcome = null;
    }
  }

  /**
   * Once the patterns are done: looks for the words to confirm that decide
   * whether the page opens (`search`), one step of the text per call; true
   * when none is left to look for.
   */
  private confirmed(): boolean {
    if (this.outcome || this.found.length === 0) return true;
    this.confirming ??= this.wordsDeciding(this.completeNeeds()).filter((word) => !this.confirmations.has(word));
    if (this.confirming.length > 0 && this.confirmedTo < this.text.length) {
      this.confirming = this.search(this.confirming, this.confirmedTo);
      this.confirmedTo += CONFIRM_STEP;
      return false;
    }
    for (const word of this.confirming) this.confirmations.set(word, false);
    this.confirming = [];
    return true;
  }

  /** Whether the page holds a unit `pattern`'s matches may start with (each script tested once). */
  private holdsScript({ script }: Pattern): boolean {
    if (script === null) return true;
    let found = this.scripts.get(script.source);
    if (found === undefined) this.scripts.set(script.source, (found = script.test(this.text)));
    return found;
  }

  /** Runs `pattern` from where it stands for at most `matches` matches: the matches left when it is done, or -1 when it is not. */
  private runPattern({ regex, capitals }: Pattern, matches: number): number {
    const { gate, text, sink } = this;
    regex.lastIndex = this.position;
    for (let seen = 0; ; seen++) {
      if (seen >= matches) {
        this.position = regex.lastIndex;
        return -1;
      }
      // A match lies inside a word: read that word from its start, once. A capital's match ends inside the word it
      // starts, and a test makes no match object; the match of spelled-out units may go across node boundaries,
      // so it is asked where it starts.
      let start: number;
      if (capitals) {
        if (!regex.test(text)) return matches - seen;
        start = regex.lastIndex - 1;
      } else {
        const match = regex.exec(text);
        if (!match) return matches - seen;
        start = match.index;
      }
      while (start > 0 && inWord(text.charCodeAt(start - 1))) start--;
      if (start >= this.checkedTo) {
        gate.word(text, start, sink);
        this.checkedTo = gate.wordNext;
      }
      if (regex.lastIndex < this.checkedTo) regex.lastIndex = this.checkedTo;
    }
  }

  /** GATE_NONE, GATE_WEAK or GATE_OPEN, once `run` is done. */
  get level(): number {
    return this.resolve().level;
  }

  /** Start and end of each word that is an anchor of a possible alias on an open page (none on a shut one), once `run` is done. */
  get hits(): readonly number[] {
    return this.resolve().hits;
  }

  /** Whether the page holds word `index` to confirm, as `run` looked for it (`confirmed`). */
  private holds(index: number): boolean {
    return this.confirmations.get(index) === true;
  }

  /**
   * Looks for words to confirm in the page's text from `from` on, one step
   * long (with the units before it that a word cut by the step's start
   * needs), in any case: as folded or as written in the text in lower case
   * without node boundaries (which may cut a word), or in that text with
   * accented letters, marks, ё, й and soft hyphens folded (by the unit
   * table, in one native pass that stops only at them: a pattern per word,
   * case-insensitive over accented letters, cost milliseconds). Notes the
   * words found; the others are still to look for.
   */
  private search(words: readonly number[], from: number): number[] {
    const lower = this.text
      .slice(Math.max(0, from - CONFIRM_OVERLAP), from + CONFIRM_STEP)
      .toLowerCase()
      .replace(/\n/g, '');
    // The step's text with its folding units folded, once, when a word is not found as it stands (null: it has none).
    let bare: string | null | undefined;
    return words.filter((index) => {
      const forms = this.gate.confirmWord(index);
      let found = forms.some((form) => lower.includes(form));
      if (!found) {
        if (bare === undefined) bare = FOLDING_UNITS.test(lower) ? lower.replace(FOLDING_UNITS_ALL, foldedUnit) : null;
        if (bare !== null) found = bare.includes(forms[0] as string);
      }
      if (found) this.confirmations.set(index, true);
      return !found;
    });
  }

  /**
   * Whether the anchors of need `at` are found within NEAR units of one
   * another somewhere on the page (always, for a need of one anchor).
   */
  private together(at: number): boolean {
    const { needs, alsoFinds } = this.gate.resolution;
    const count = (needs[at] as number) >>> 1;
    if (count < 2) return true;
    if (!this.places) {
      // Where each anchor was found (and the anchor its stem stands for), in the order found.
      const places = (this.places = new Map<number, number[]>());
      const { found } = this;
      for (let i = 0; i < found.length; i += 3) {
        for (const anchor of [found[i + 2] as number, alsoFinds[found[i + 2] as number] as number]) {
          if (anchor < 0) continue;
          const list = places.get(anchor);
          if (list) list.push(found[i] as number);
          else places.set(anchor, [found[i] as number]);
        }
      }
    }
    const places = this.places;
    const near = (anchor: number, p: number) => (places.get(anchor) ?? []).some((q) => Math.abs(q - p) <= NEAR);
    return (places.get(needs[at + 1] as number) ?? []).some((p) => {
      for (let k = at + 2; k <= at + count; k++) if (!near(needs[k] as number, p)) return false;
      return true;
    });
  }

  /** The needs whose anchors are all found (each once), worked out again only when more anchors were found. */
  private completeNeeds(): number[] {
    const { has, found } = this;
    if (this.complete?.found === found.length) return this.complete.needs;
    const { needs, byAnchor, alsoFinds } = this.gate.resolution;
    const complete: number[] = [];
    // Each need is listed under one anchor: looking at each anchor found once (however often the page holds it, and
    // as the anchor a stem stands for) looks at each need once.
    const looked = new Set<number>();
    for (let i = 2; i < found.length; i += 3) {
      const anchor = found[i] as number;
      for (const owner of [anchor, alsoFinds[anchor] as number]) {
        if (owner < 0 || looked.has(owner)) continue;
        looked.add(owner);
        for (const at of byAnchor[owner] as number[]) {
          const end = at + 1 + ((needs[at] as number) >>> 1);
          let all = true;
          for (let k = at + 1; k < end && all; k++) all = has[needs[k] as number] === 1;
          if (all) complete.push(at);
        }
      }
    }
    this.complete = { found: found.length, needs: complete };
    return complete;
  }

  /** Whether complete need `at` is of an alias that counts on its own, its anchors standing together (its words do, in a mention). */
  private opens(at: number): boolean {
    return ((this.gate.resolution.needs[at] as number) & 1) !== 0 && this.together(at);
  }

  /** The words to confirm that decide whether the page opens (none when a need opens it without any). */
  private wordsDeciding(complete: readonly number[]): number[] {
    const { confirm } = this.gate.resolution;
    if (complete.some((at) => !confirm.has(at) && this.opens(at))) return [];
    const words = new Set<number>();
    for (const at of complete) if (confirm.has(at) && this.opens(at)) for (const word of confirm.get(at) as number[]) words.add(word);
    return [...words];
  }

  private resolve(): { level: number; hits: number[] } {
    if (this.outcome) return this.outcome;
    const { has, found } = this;
    // Most pages: no anchor at all.
    if (found.length === 0) return (this.outcome = { level: GATE_NONE, hits: [] });
    const { needs, confirm, alsoFinds } = this.gate.resolution;
    const complete = this.completeNeeds();
    // Words are confirmed only to keep a page shut: once an alias that counts on its own is possible, every complete
    // need counts (reading a few more blocks costs less than looking for the words); on a shut page, hits are no use.
    const open = complete.some((at) => this.opens(at) && (confirm.get(at) ?? []).every((word) => this.holds(word)));
    if (!open) return (this.outcome = { level: complete.length > 0 ? GATE_WEAK : GATE_NONE, hits: [] });
    const wanted = new Uint8Array(has.length);
    for (const at of complete) for (let k = at + 1, end = at + 1 + ((needs[at] as number) >>> 1); k < end; k++) wanted[needs[k] as number] = 1;
    const hits: number[] = [];
    for (let i = 0; i < found.length; i += 3) {
      const anchor = found[i + 2] as number;
      const word = alsoFinds[anchor] as number;
      if (wanted[anchor] === 1 || (word >= 0 && wanted[word] === 1)) hits.push(found[i] as number, found[i + 1] as number);
    }
    return (this.outcome = { level: GATE_OPEN, hits });
  }
}
