/**
 * Makes the page gate (gate-format.ts) from the matcher data, at build time.
 *
 * Anchors. An alias needs, as anchors, words of it chosen so that a page
 * rarely holds them all by chance: its capitalised words ("Nikolai" and
 * "Patrushev"; "Crocus", "City" and "Hall"; the "K" of "ISIS-K" too), with,
 * when these are all everyday words or words that many names share
 * (name-words.ts), its other words to confirm; with no capitalised word of
 * two letters or more, its most telling word in lower case or in a script
 * without case, digits last, and the others to confirm. Any words of an
 * alias would do for finding it: the scanner matches an alias's words as
 * whole words of the page, folded, except that the last word of a Cyrillic
 * alias may take a case ending (the anchor then also stands for its stem).
 * The Cyrillic words of a Russian case form the compiler made («Исламского
 * государства») are taken as their stems plus an ending (`formStem`), so the
 * forms of one alias share their anchors and their need.
 *
 * The patterns. A page word can only be a capitalised anchor if it starts
 * with a capital letter that folds to the anchor's first letter, followed by
 * a unit that folds to its second (or by a mark, an invisible unit, a node
 * boundary or a letter with a diacritic); anchors written in lower case or
 * without case are found by their first five units, as written and as folded
 * (and with a capital, by the capitals' branches). The classes are worked out
 * over the letters of Latin-1, Latin Extended-A, Greek and basic Cyrillic.
 * What the gate cannot see: a name written in lower case when the KB writes
 * it with a capital, letters outside those blocks standing for these
 * (full-width or mathematical forms), and marks or invisible units inside the
 * first units of a lower-case anchor.
 */
import { commonWordLanguages } from '../kb/common-words.ts';
import type { MatcherData } from '../kb/matcher-data.ts';
import { isNameWord } from '../kb/name-words.ts';
import { foldKeepCase, foldString, isWordUnit } from '../text/index.ts';
import {
  ANCHOR_ANY_CASE,
  ANCHOR_ANY_INITIAL,
  ANCHOR_CASE_SENSITIVE,
  ANCHOR_INFLECTS,
  type AnchorEntry,
  GATE_FORMAT,
  type GatePattern,
  HASH_B_MULT,
  HASH_B_SEED,
  type PackedGate,
  regexEscape,
  regexUnit,
  sortAnchors,
} from './gate-format.ts';
import { Gate, isCapital } from './gate.ts';
import { trimKey } from './packed.ts';
import { formStem, isCyrillicUnit, replaceableStem } from './russian-endings.ts';
import { HASH_SEED, fingerprint, hashUnits } from './word-hash.ts';

type Initial = 'capital' | 'caseless' | 'lower' | 'digit';
/** Among words without a capital, the order in which they are preferred as an anchor. */
const PREFERENCE: Record<Initial, number> = { capital: 0, caseless: 1, lower: 2, digit: 3 };

export interface Anchor {
  /** The folded word. */
  word: string;
  /** The word as the alias writes it (diacritics kept), when the alias's words line up with the folded ones; else the folded word. */
  raw: string;
  /** The word as the alias writes it, folded with case kept (for case-sensitive aliases); '' when the words do not line up. */
  form: string;
  initial: Initial;
  /** The last word of a Cyrillic alias: it may take a case ending. */
  inflects: boolean;
  /** The alias may lose this word's last letter before a case ending (Москва → Москве: `replaceableStem`). */
  stem: boolean;
}

/** Units of the page the pattern's classes are worked out over. */
const UNIVERSE: [number, number][] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x17f],
  [0x370, 0x3ff],
  [0x400, 0x45f],
];
/** Units that vanish when folded and may stand inside a word (combining marks, soft hyphen, zero-width characters), and the node boundary. */
const INSIDE_WORD: [number, number][] = [
  [0x0a, 0x0a],
  [0xad, 0xad],
  [0x300, 0x36f],
  [0x483, 0x489],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfeff, 0xfeff],
];
/** Letters next to the universe's: Latin Extended-B and Additional, the rest of Cyrillic. */
const BEYOND_UNIVERSE: [number, number][] = [
  [0x180, 0x24f],
  [0x460, 0x52f],
  [0x1e00, 0x1eff],
];
/** Latin letters with diacritics (Latin-1 and Extended-A). */
const DIACRITIC_LETTERS: [number, number] = [0xc0, 0x17f];
/** How many units of an anchor in lower case or without case the pattern spells out. */
const LITERAL_UNITS = 5;

function initialOf(word: string): Initial {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower !== upper) return first === upper ? 'capital' : 'lower';
  return /^\p{N}/u.test(first) ? 'digit' : 'caseless';
}

/** Runs of word units of a folded string, with where they start. */
function wordsOf(s: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const inWord = i < s.length && isWordUnit(s.charCodeAt(i));
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      out.push({ word: s.slice(start, i), at: start });
      start = -1;
    }
  }
  return out;
}

/**
 * What an alias needs of a page: its anchors, and, when they are all
 * everyday words or words that many names share ("Service fédéral de
 * sécurité", "Crocus attack"), or in lower case, its other words to confirm
 * (but short everyday words; looked for only on pages that hold all its
 * anchors).
 * Nothing when its folded key has no word.
 */
export function needOf(text: string, caseForm = false): { anchors: Anchor[]; confirm: Anchor[] } {
  const key = trimKey(foldString(text));
  const words = wordsOf(key).map((w) => w.word);
  if (words.length === 0) return { anchors: [], confirm: [] };
  // The same words with case kept, and as written, tell which are capitalised (when folding kept the word count).
  const kept = wordsOf(trimKey(foldKeepCase(text))).map((w) => w.word);
  const raws = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const lined = kept.length === words.length;
  const stem = replaceableStem(key) !== null;
  const all = words.map((word, i): Anchor => {
    const initial = lined ? initialOf(kept[i] as string) : /^\p{N}+$/u.test(word) ? 'digit' : 'lower';
    // A case form's Cyrillic words are their stems, taking an ending: the forms of one alias share their anchors.
    const cut = caseForm ? formStem(word) : word;
    if (cut !== word) return { word: cut, raw: cut, form: '', initial, inflects: true, stem: false };
    return {
      word,
      raw: raws.length === words.length ? (raws[i] as string) : word,
      form: lined ? (kept[i] as string) : '',
      initial,
      inflects: i === words.length - 1 && isCyrillicUnit(word.charCodeAt(word.length - 1)),
      stem: i === words.length - 1 && stem,
    };
  });
  const everyday = (a: Anchor) => commonWordLanguages(a.word).length > 0 || isNameWord(a.word);
  // Best first: several units before one, telling words before everyday ones, by initial, longer before shorter.
  const rank = (a: Anchor): number[] => [a.word.length === 1 ? 1 : 0, everyday(a) ? 1 : 0, PREFERENCE[a.initial], -a.word.length];
  const best = (list: Anchor[]): Anchor =>
    list.reduce((x, y) => {
      const [rx, ry] = [rank(x), rank(y)];
      const d = ry.findIndex((v, k) => v !== rx[k]);
      return d >= 0 && (ry[d] as number) < (rx[d] as number) ? y : x;
    });
  // Every word of an alias is on a page that has it: the more anchors it needs, the fewer pages have them all by chance.
  const distinct = (list: Anchor[]) => {
    const seen = new Set<string>();
    return list.filter((a) => !seen.has(a.word) && seen.add(a.word));
  };
  const capitals = distinct(all.filter((a) => a.initial === 'capital' && a.word.length > 1));
  // (One-letter capitals count too, beside longer ones: the "K" of "ISIS-K".)
  const withLetters = distinct(all.filter((a) => a.initial === 'capital'));
  // Words to confirm: the other words of the alias but short everyday ones ("attack" of "Crocus attack", "1999", not "of").
  const others = (anchors: Anchor[]) =>
    distinct(
      all.filter((a) => !anchors.some((b) => b.word === a.word) && a.word.length > 2 && (a.word.length >= 5 || commonWordLanguages(a.word).length === 0)),
    );
  if (capitals.length === 0) {
    const anchor = best(all);
    return { anchors: [anchor], confirm: others([anchor]) };
  }
  if (!capitals.every(everyday)) return { anchors: withLetters, confirm: [] };
  // Only everyday capitalised words ("Service fédéral de sécurité", "IS-K"): the rest is confirmed.
  return { anchors: withLetters, confirm: others(withLetters) };
}

export function hashesOf(word: string): { a: number; b: number } {
  return { a: fingerprint(hashUnits(word, HASH_SEED)), b: fingerprint(hashUnits(word, HASH_B_SEED, 0, word.length, HASH_B_MULT)) };
}

export function packGate(data: MatcherData): PackedGate {
  // One entry per word and way of taking it (case, capital, ending): aliases that take a word differently need different entries.
  const entries = new Map<string, AnchorEntry & { word: string; forms: Set<string> }>();
  const anchors: { anchor: Anchor; standsAlone: boolean }[] = [];
  const needs = new Map<string, { keys: string[]; confirm: number[]; standsAlone: boolean }>();
  const confirmWords = new Map<string, number>();
  const confirmId = (word: string): number => {
    if (!confirmWords.has(word)) confirmWords.set(word, confirmWords.size);
    return confirmWords.get(word) as number;
  };
  const entryFor = (word: string, flags: number, form: string): string => {
    const key = `${word} ${flags} ${form}`;
    if (!entries.has(key)) entries.set(key, { ...hashesOf(word), flags, word, forms: new Set(form ? [form] : []) });
    return key;
  };
  const stems = new Map<string, string>();
  for (const alias of data.aliases) {
    const keys: string[] = [];
    const need = needOf(alias.text, alias.caseForm);
    for (const anchor of need.anchors) {
      anchors.push({ anchor, standsAlone: !alias.weak });
      const caseSensitive = alias.caseSensitive && anchor.form !== '';
      let flags = caseSensitive ? ANCHOR_CASE_SENSITIVE : ANCHOR_ANY_CASE;
      if (anchor.initial !== 'capital') flags |= ANCHOR_ANY_INITIAL;
      if (anchor.inflects) flags |= ANCHOR_INFLECTS;
      const key = entryFor(anchor.word, flags, caseSensitive ? anchor.form : '');
      // (A word and its stem are one anchor: either on the page will do.)
      const stem = anchor.stem ? anchor.word.slice(0, -1) : null;
      if (stem) stems.set(entryFor(stem, flags, caseSensitive ? anchor.form.slice(0, -1) : ''), key);
      keys.push(key);
    }
    if (keys.length === 0) continue;
    const unique = [...new Set(keys)].sort();
    const confirm = [...new Set(need.confirm.map((anchor) => confirmId(confirmForms(anchor))))].sort((x, y) => x - y);
    const id = `${unique.join('\n')}\n\n${confirm.join('\n')}`;
    const known = needs.get(id);
    if (known) known.standsAlone ||= !alias.weak;
    else needs.set(id, { keys: unique, confirm, standsAlone: !alias.weak });
  }
  const needList = [...needs.values()];
  const sorted = sortAnchors([...entries.values()]);
  const indexOf = new Map<AnchorEntry, number>(sorted.map((entry, i) => [entry, i]));
  const index = (key: string) => indexOf.get(entries.get(key) as AnchorEntry) as number;
  const caseForms: [number, string][] = [];
  for (const entry of sorted) for (const form of entry.forms) caseForms.push([indexOf.get(entry) as number, form]);
  return {
    format: GATE_FORMAT,
    ...gatePatterns(anchors),
    a: sorted.map((entry) => entry.a),
    b: sorted.map((entry) => entry.b),
    flags: sorted.map((entry) => entry.flags),
    ...needTables(
      needList.map(({ keys, standsAlone, confirm }) => ({ anchors: keys.map(index), standsAlone, confirm })),
      sorted.length,
    ),
    confirmWords: [...confirmWords.keys()],
    stems: [...stems].map(([stem, word]) => [index(stem), index(word)]),
    caseForms,
  };
}

/**
 * `needs` (flat); per anchor, where the needs it is the trigger of start in
 * `needs` (`byAnchor`; a need's trigger is the one of its anchors that the
 * fewest needs have, so a page holding a common anchor, such as the initial
 * "D" of many names, does not check every need that has it); and the needs'
 * words to confirm.
 */
function needTables(
  list: readonly { anchors: number[]; standsAlone: boolean; confirm: number[] }[],
  anchorCount: number,
): Pick<PackedGate, 'needs' | 'byAnchor' | 'confirm'> {
  const needs: number[] = [];
  const byAnchor: number[][] = Array.from({ length: anchorCount }, () => []);
  const confirm: [number, number[]][] = [];
  const sharedBy = new Int32Array(anchorCount);
  for (const { anchors } of list) for (const anchor of anchors) sharedBy[anchor] = (sharedBy[anchor] as number) + 1;
  for (const { anchors, standsAlone, confirm: words } of list) {
    const trigger = anchors.reduce((x, y) => ((sharedBy[y] as number) < (sharedBy[x] as number) ? y : x));
    (byAnchor[trigger] as number[]).push(needs.length);
    if (words.length > 0) confirm.push([needs.length, words]);
    needs.push(anchors.length * 2 + (standsAlone ? 1 : 0), ...anchors);
  }
  return { needs, byAnchor, confirm };
}

/**
 * The word to confirm, folded and as the alias writes it, in lower case (one
 * form when they are the same), tab between; a Cyrillic word without its
 * last letter, which a case ending may change.
 */
function confirmForms(anchor: Anchor): string {
  const cut = (word: string) => (anchor.inflects ? word.slice(0, -1) : word);
  const folded = cut(anchor.word);
  const raw = cut(anchor.raw.toLowerCase());
  return raw === folded ? folded : `${folded}\t${raw}`;
}

/** The folded form of each unit of the universe (and of the blocks asked for), made once. */
const foldCache = new Map<number, string>();
function foldOf(u: number): string {
  let f = foldCache.get(u);
  if (f === undefined) {
    f = foldString(String.fromCharCode(u));
    foldCache.set(u, f);
  }
  return f;
}

function unitsOf(ranges: readonly [number, number][]): number[] {
  const out: number[] = [];
  for (const [from, to] of ranges) for (let u = from; u <= to; u++) out.push(u);
  return out;
}

/** A character class of the given units, as ranges. */
function characterClass(units: Iterable<number>): string {
  const sorted = [...new Set(units)].sort((x, y) => x - y);
  const escape = (u: number) => (/[0-9A-Za-z]/.test(String.fromCharCode(u)) ? String.fromCharCode(u) : regexEscape(u));
  let out = '';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    const from = sorted[i] as number;
    const to = sorted[j] as number;
    out += from === to ? escape(from) : to === from + 1 ? escape(from) + escape(to) : `${escape(from)}-${escape(to)}`;
    i = j + 1;
  }
  return `[${out}]`;
}

/**
 * The scripts a pattern's matches start in (patterns are made per group of
 * scripts: see `GatePattern`): ASCII and Latin-1; the rest of Latin; Greek
 * and Cyrillic; all others.
 */
const scriptOf = (u: number): number => (u < 0x100 ? 0 : u < 0x370 ? 1 : u < 0x530 ? 2 : 3);

/**
 * Patterns by the scripts their matches start in: those of the first (ASCII
 * and Latin-1) are run on every page, the others only where the page holds
 * one of the units the matches of that script's patterns (`firsts`, of all
 * kinds, weak aliases' too) start with: one test per script and page.
 */
function byScript(groups: Map<number, string>, capitals: boolean, firsts: Map<number, Set<number>>): GatePattern[] {
  return [...groups]
    .sort((x, y) => x[0] - y[0])
    .map(([script, source]) => ({ source, capitals, script: script === 0 ? null : characterClass(firsts.get(script) ?? []) }));
}

/** Groups `items` by a key. */
function groupBy<T>(items: Iterable<T>, key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * The patterns: capitalised anchors, and the first units of the other
 * anchors of aliases that count on their own, run on every page (those that
 * start in the page's scripts); those of weak aliases only, run only where
 * the page turns out to be read closely (they cannot open it, and it saves
 * their cost on most pages).
 */
export function gatePatterns(anchors: readonly { anchor: Anchor; standsAlone: boolean }[]): { patterns: GatePattern[]; later: GatePattern[] } {
  const universe = unitsOf(UNIVERSE);
  const capitals = universe.filter(isCapital);
  /** Units of the universe (and of `extra`) whose fold starts with one of `firsts`. */
  const foldingTo = (firsts: ReadonlySet<number>, from: readonly number[]): number[] =>
    from.filter((u) => {
      const f = foldOf(u);
      return f.length > 0 && firsts.has(f.charCodeAt(0));
    });
  // Capitalised anchors by first letter: the second letters that follow it, the third letters that follow those (all
  // second letters together), whether an anchor ends after two letters (or may take an ending there), after one.
  // (Third letters are not kept per second letter: with a branch per two-letter prefix, the engine no longer skips
  // ahead and the pattern runs a hundred times slower.)
  const byFirst = new Map<number, { seconds: Set<number>; thirds: Set<number>; endsAtTwo: boolean; alone: boolean }>();
  const capital = (anchor: Anchor): void => {
    const { word } = anchor;
    const first = word.charCodeAt(0);
    let entry = byFirst.get(first);
    if (!entry) byFirst.set(first, (entry = { seconds: new Set(), thirds: new Set(), endsAtTwo: false, alone: false }));
    if (word.length === 1) {
      entry.alone = true;
      return;
    }
    entry.seconds.add(word.charCodeAt(1));
    if (word.length === 2 || (anchor.inflects && word.length <= 3)) entry.endsAtTwo = true;
    if (word.length > 2) entry.thirds.add(word.charCodeAt(2));
  };
  // Anchors in lower case or without case: their first units as written and as folded. (Plain strings: classes
  // of letters that start the branches make the engine try them at nearly every unit of a page.)
  const literals = new Set<string>();
  const weakLiterals = new Set<string>();
  for (const { anchor, standsAlone } of anchors) {
    const { word, raw } = anchor;
    if (anchor.initial === 'capital') {
      capital(anchor);
      continue;
    }
    // An inflecting anchor's last unit may change: spell out no more than its stem.
    const units = Math.min(LITERAL_UNITS, anchor.stem ? word.length - 1 : word.length);
    for (const literal of [word.slice(0, units), raw.toLowerCase().slice(0, units)]) (standsAlone ? literals : weakLiterals).add(literal);
    // The same word written with a capital (at the start of a sentence, in a title) is a capital's branch.
    if (anchor.initial === 'lower') capital(anchor);
  }
  // After a mark, an invisible unit, a node boundary, a letter with a diacritic or a letter beyond the universe (Latin
  // Extended-B and Additional, Cyrillic Supplement: Tajik ҳ), the page decides (such letters are taken as blocks:
  // a shorter pattern that lets a few more words through).
  const open = unitsOf([DIACRITIC_LETTERS, ...INSIDE_WORD, ...BEYOND_UNIVERSE]);
  const plain = universe.filter((u) => u < DIACRITIC_LETTERS[0] || u > DIACRITIC_LETTERS[1]);
  const letters = (folded: ReadonlySet<number>, then: number[] = []) => characterClass([...foldingTo(folded, plain), ...then]);
  const notLetter = '(?![A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff])';
  // A branch per first letter and script of its capitals (Ś is not in the script of S).
  const branches = new Map<number, string[]>();
  const firsts = new Map<number, Set<number>>();
  const starting = (script: number, units: Iterable<number>) => {
    const set = firsts.get(script) ?? new Set<number>();
    for (const u of units) set.add(u);
    firsts.set(script, set);
  };
  for (const [first, { seconds, thirds, endsAtTwo, alone }] of [...byFirst].sort((x, y) => x[0] - y[0])) {
    const tails: string[] = [];
    if (seconds.size > 0) {
      const third = thirds.size > 0 ? letters(thirds, open) : '';
      const after = endsAtTwo ? (third ? `(?:${third}|${notLetter})` : notLetter) : third;
      tails.push(characterClass(open), letters(seconds) + after);
    }
    // A one-letter anchor is a word of its own: its capital is not followed by a letter.
    if (alone) tails.push(notLetter);
    const heads = capitals.filter((u) => foldOf(u).charCodeAt(0) === first);
    for (const [script, units] of groupBy(heads, scriptOf)) {
      branches.set(script, [...(branches.get(script) ?? []), `${characterClass(units)}(?:${tails.join('|')})`]);
      starting(script, units);
    }
  }
  // (A node boundary or a soft hyphen may cut a word between two of its units.)
  const escape = (literal: string) => [...literal].map(regexUnit).join('[\\n\\u00ad]?');
  const alternatives = (list: Iterable<string>) =>
    new Map([...groupBy(list, (literal) => scriptOf(literal.charCodeAt(0)))].map(([script, group]) => [script, group.sort().map(escape).join('|')]));
  for (const literal of [...literals, ...weakLiterals]) starting(scriptOf(literal.charCodeAt(0)), [literal.charCodeAt(0)]);
  const capitalGroups = new Map([...branches].map(([script, list]) => [script, list.join('|')]));
  return {
    patterns: [...byScript(capitalGroups, true, firsts), ...byScript(alternatives(literals), false, firsts)],
    later: byScript(alternatives([...weakLiterals].filter((literal) => !literals.has(literal))), false, firsts),
  };
}

/** A gate made on the spot from matcher data (tools and tests; the extension loads the packed form the build makes). */
export function createGate(data: MatcherData): Gate {
  return new Gate(packGate(data));
}
