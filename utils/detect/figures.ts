/**
 * Disputed figures: numbers stated as answers to a numeric dispute
 * ("at least 139 people died" answers `crocus-death-toll`).
 *
 * A block is tokenised (words, numbers, commas, sentence stops) in folded
 * space. A number counts when a figure word of a gated dispute (stem match at
 * word start: "погиб" matches "погибших"; not "deadliest" for "dead") stands
 * within 6 words after it or 4 words before it in the same sentence;
 * qualifiers and helper words ("at least", "rose to", "не менее", "almeno")
 * do not count towards the distance, nor do the words of a mention ("the
 * death toll from the Crocus City Hall attack rose to 143"), dates and month
 * names (they say when, not what is counted: "о 115, а 24 марта — уже о
 * 137"); a comma counts half a word. After the number's own words, a figure
 * word behind an article is an object, not what is counted ("40,000 fans
 * honoured the victims"); past a comma, a number with words of its own
 * shares no figure word with another count ("the toll rose to 144, more
 * than 1,000 people were questioned"). A tally before a
 * number ("the count stood at 133") stands for a figure word of the block's
 * last figure. The dispute with the nearest figure word wins, one in the
 * number's own clause (no comma or conjunction between them) before any
 * other ("145 Menschen wurden getötet, 551 Menschen wurden verletzt"), and
 * after the number on ties; a figure word after another count that has its
 * own is that count's ("11 people, including the four gunmen"). Years,
 * dates, times, durations and ages ("18 minutes", "11 лет"), money, scales,
 * percentages, measures ("340 km"), groups among the victims ("6 children",
 * "5 were children"), ordinals, footnote marks ("137[3]") and numbers glued
 * to letters are not figures, nor are increases ("rose by six to 143", "six
 * more bodies") or ages ("aged 9", "Svetlana, 47,"). A label's colon binds
 * it to its number ("Dead: 137, injured: 182"), and both ends of a range
 * share a figure word ("between 130 and 140 dead").
 * Spelled numbers from two up ("four gunmen", "a hundred injured", also of
 * several words: "one hundred and forty-five", "сто сорок",
 * "quattro", "четверо") count too, and "one" for a dispute that one may
 * answer (`countsOne`), with a figure word after it in its own clause: "[one]
 * person is still listed as missing", not "one of the missing".
 */
import type { MatcherDispute } from '../kb/matcher-data.ts';
import { type FoldedText, foldString, isWordUnit } from '../text/index.ts';
import { compoundNumbers, figureLexicon } from './figure-lexicon.ts';
import type { FigureKeys } from './page-pass.ts';
import { HASH_SEED, WordHashSet, hashFinish, hashUnits } from './word-hash.ts';

const MAX_BEFORE = 4;
/** Before a number that a verb of a rising count precedes ("… rose to 133"): the toll is that verb's subject, further back. */
const MAX_BEFORE_RISE = 9;
const MAX_AFTER = 6;
const MAX_TOKENS_SCANNED = 14;
const MAX_TOKENS_SCANNED_RISE = 20;

export interface FigureDispute {
  id: string;
  /** Folded figure phrases, as word lists. */
  phrases: string[][];
  /** The year of the subject event (MatcherDispute.year). */
  year?: number;
  /** "One" in words may answer it (MatcherDispute.countsOne). */
  countsOne?: boolean;
}

export interface FigureHit {
  dispute: string;
  /** Folded span of the number. */
  start: number;
  end: number;
  value: number;
}

const enum Kind {
  Word,
  Number,
  Comma,
  Stop,
}

interface Token {
  kind: Kind;
  start: number;
  end: number;
  /** Folded word (words), or the punctuation (commas, stops and the like). */
  word: string;
  value: number;
  /** A number that cannot be a figure whatever its context. */
  bad: boolean;
  yearLike: boolean;
  /** A number spelled out in words ("forty", "сто"). */
  spelled?: boolean;
}

/** Words between the parts of a number spelled out: "one hundred and forty", "cuarenta y cinco". */
const NUMBER_JOINERS: ReadonlySet<string> = new Set(['and', 'e', 'et', 'y', 'und', 'и']);

/**
 * Whether spelled number `value`, starting at `s`, goes on the spelled number
 * before it: tens then units ("forty-five", "сорок пять"), or hundreds then
 * less ("сто сорок", "one hundred and forty"), joined by a space, a hyphen or
 * "and". Then the "and" is dropped from the tokens, and the caller merges
 * `value` into the last token.
 */
function addsTo(toks: Token[], f: string, s: number, value: number): boolean {
  let last = toks[toks.length - 1];
  let between = last ? f.slice(last.end, s) : '';
  const viaJoiner = last?.kind === Kind.Word && NUMBER_JOINERS.has(last.word);
  if (viaJoiner) {
    const before = toks[toks.length - 2];
    if (!before || !/^ ?$/.test(f.slice(before.end, (last as Token).start)) || !/^ ?$/.test(between)) return false;
    between = ' ';
    last = before;
  }
  if (!last || last.kind !== Kind.Number || last.spelled !== true || (between !== ' ' && between !== '-')) return false;
  const adds = last.value % 100 === 0 ? value < 100 : last.value >= 20 && last.value % 10 === 0 && value < 10;
  if (adds && viaJoiner) toks.pop();
  return adds;
}

function splitWords(folded: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && !isWordUnit(folded.charCodeAt(i))) i++;
    const s = i;
    while (i < folded.length && isWordUnit(folded.charCodeAt(i))) i++;
    if (i > s) words.push(folded.slice(s, i));
  }
  return words;
}

export function compileFigureDisputes(disputes: readonly MatcherDispute[]): (FigureDispute & { subject: string })[] {
  const out: (FigureDispute & { subject: string })[] = [];
  for (const d of disputes) {
    const phrases: string[][] = [];
    for (const list of Object.values(d.figureWords)) {
      for (const p of list) {
        const words = splitWords(foldString(p));
        if (words.length > 0) phrases.push(words);
      }
    }
    if (phrases.length === 0) continue;
    const dispute: FigureDispute & { subject: string } = { id: d.id, subject: d.subject, phrases };
    if (d.year !== undefined) dispute.year = d.year;
    if (d.countsOne === true) dispute.countsOne = true;
    out.push(dispute);
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const SEPARATORS = new Set([0x2c, 0x2e, 0x20]); // , . space
const JOINERS = new Set([0x2c, 0x2e, 0x3a, 0x2f, 0x2d]); // , . : / -
const STOPS = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x2026]); // . ! ? ; …
const NEWLINE = 0x0a;
/** A list item's start after a newline (which folding makes a space): a bullet or a dash, then a space. */
const LIST_ITEM = /^ *[-–—•*·] /;
const COMMAS = new Set([0x2c, 0x28, 0x29, 0x3a, 0x2d, 0x5b, 0x5d, 0x2192, 0x21d2, 0x2794, 0x27a1]); // , ( ) : - [ ] → ⇒ ➔ ➡
/** An opening parenthesis not closed since (so that a number before a closing one is inside the parentheses). */
const OPENED = /\([^)]*$/;

function isAllDigits(f: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isDigit(f.charCodeAt(i))) return false;
  return true;
}

function tokenize(fw: FoldedText): Token[] {
  const { CURRENCY_SYMBOLS, NOT_BEFORE_SPELLED, NOT_NUMBER_FOLDS, NOT_NUMBER_SPELLINGS, NUMBER_WORDS, ONE_WORDS } = figureLexicon();
  const f = fw.text;
  /** Whether the page writes folded word [s, e) as a word that only folds to a number word ("très", not "tres"). */
  const notNumber = (word: string, s: number, e: number): boolean =>
    NOT_NUMBER_FOLDS.has(word) &&
    NOT_NUMBER_SPELLINGS.has(fw.source.slice(fw.starts[s] ?? 0, fw.ends[e - 1] ?? 0).normalize('NFC').toLowerCase());
  const toks: Token[] = [];
  const n = f.length;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (isWordUnit(c)) {
      const s = i;
      while (i < n && isWordUnit(f.charCodeAt(i))) i++;
      if (!isAllDigits(f, s, i)) {
        const word = f.slice(s, i);
        const spelled = NUMBER_WORDS.get(word) ?? compoundNumbers().get(word);
        const prev = toks[toks.length - 1];
        const joined = prev !== undefined && /^ ?$/.test(f.slice(prev.end, s));
        if (spelled === undefined || (prev?.kind === Kind.Word && NOT_BEFORE_SPELLED.has(prev.word)) || notNumber(word, s, i)) {
          toks.push({ kind: Kind.Word, start: s, end: i, word, value: 0, bad: false, yearLike: false });
        } else if (spelled === 100 && joined && prev?.kind === Kind.Word && ONE_WORDS.has(prev.word)) {
          // "a hundred", "one hundred"
          toks[toks.length - 1] = { ...prev, kind: Kind.Number, end: i, word: '', value: 100, spelled: true };
        } else if (spelled === 100 && joined && prev?.kind === Kind.Number && prev.value < 10 && !prev.bad) {
          // "four hundred"
          toks[toks.length - 1] = { ...prev, end: i, value: prev.value * 100 };
        } else if (spelled < 100 && addsTo(toks, f, s, spelled)) {
          // "forty-five", "сто сорок", "one hundred and forty-five", "cuarenta y cinco": one number
          const head = toks[toks.length - 1] as Token;
          toks[toks.length - 1] = { ...head, end: i, value: head.value + spelled };
        } else {
          toks.push({ kind: Kind.Number, start: s, end: i, word: '', value: spelled, bad: false, yearLike: false, spelled: true });
        }
        continue;
      }
      let digits = f.slice(s, i);
      let bad = false;
      let grouped = false;
      // Thousands groups: 1,971 / 1.971 / 1 971 (one separator kind).
      if (digits.length <= 3) {
        let sep = -1;
        while (i + 3 < n) {
          const d = f.charCodeAt(i);
          if (!SEPARATORS.has(d) || (sep >= 0 && d !== sep)) break;
          if (!isAllDigits(f, i + 1, i + 4) || (i + 4 < n && isWordUnit(f.charCodeAt(i + 4)))) break;
          sep = d;
          digits += f.slice(i + 1, i + 4);
          grouped = true;
          i += 4;
        }
      }
      const end = i;
      // Decimals, dates, times and ranges: 1.5, 22.03.2024, 21:00, 2024-03-22, 22/03.
      while (i + 1 < n && JOINERS.has(f.charCodeAt(i)) && isDigit(f.charCodeAt(i + 1))) {
        bad = true;
        i++;
        while (i < n && isWordUnit(f.charCodeAt(i))) i++;
      }
      if (s >= 2 && JOINERS.has(f.charCodeAt(s - 1)) && isDigit(f.charCodeAt(s - 2))) bad = true;
      // Ordinals and compounds: 3-й, 19-year-old.
      if (!bad && f.charCodeAt(end) === 0x2d && end + 1 < n && isWordUnit(f.charCodeAt(end + 1))) bad = true;
      // Money and percentages marked by symbols.
      const after = f.charCodeAt(end) === 0x20 ? f.charCodeAt(end + 1) : f.charCodeAt(end);
      const before = s > 0 && f.charCodeAt(s - 1) === 0x20 ? f.charCodeAt(s - 2) : f.charCodeAt(s - 1);
      if (after === 0x25 || CURRENCY_SYMBOLS.has(after) || CURRENCY_SYMBOLS.has(before) || before === 0x23) bad = true;
      // A footnote mark: "137[3]", "[5] Стенограмма совещания".
      if (s >= 1 && f.charCodeAt(s - 1) === 0x5b && f.charCodeAt(end) === 0x5d) bad = true;
      // A list's label: "1) cuerpos bajo los escombros, 2) heridos" (no opening parenthesis before it in its clause).
      if (f.charCodeAt(end) === 0x29 && !OPENED.test(f.slice(Math.max(0, s - 40), s))) bad = true;
      // A counter or a fraction with spaces: "7 / 8" (a gallery's photo counter).
      const last = toks[toks.length - 1];
      if (last?.kind === Kind.Number && /^ ?\/ ?$/.test(f.slice(last.end, s))) {
        toks[toks.length - 1] = { ...last, bad: true };
        bad = true;
      }
      const value = Number(digits);
      const yearLike = !grouped && digits.length === 4 && value >= 1900 && value <= 2100;
      toks.push({ kind: Kind.Number, start: s, end: bad ? i : end, word: '', value, bad, yearLike });
      continue;
    }
    const lineStart = c === 0x20 && fw.source.charCodeAt(fw.starts[i] ?? 0) === NEWLINE;
    if (STOPS.has(c) || (lineStart && LIST_ITEM.test(f.slice(i + 1, i + 4)))) {
      // (A line that starts with a bullet is an item of its own: "- 4 gli attentatori\n- 11 le persone fermate".)
      toks.push({ kind: Kind.Stop, start: i, end: i + 1, word: f.charAt(i), value: 0, bad: false, yearLike: false });
    } else if (COMMAS.has(c)) {
      // A hyphen inside a word ("ISIS-K") is no pause; a spaced dash is.
      const joined = c === 0x2d && i > 0 && isWordUnit(f.charCodeAt(i - 1)) && i + 1 < n && isWordUnit(f.charCodeAt(i + 1));
      if (!joined) toks.push({ kind: Kind.Comma, start: i, end: i + 1, word: f.charAt(i), value: 0, bad: false, yearLike: false });
    }
    i++;
  }
  return toks;
}

function wordAt(toks: Token[], j: number): string | null {
  const t = toks[j];
  return t && t.kind === Kind.Word ? t.word : null;
}

/** True when the words of `phrase` stand at tokens `j`, `j` + 1, … */
function wordsAt(toks: Token[], j: number, phrase: readonly string[]): boolean {
  return phrase.every((w, p) => wordAt(toks, j + p) === w);
}

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** Words between the day and the month, or the month and the year, of a date. */
const DATE_JOINERS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'di']);

/** True when number token `k` is the day or the year of a date: "22 March", "March 22", "22. März", "марта 2024", "22 de mayo". */
function isDateNumber(toks: Token[], k: number): boolean {
  const { MONTHS } = figureLexicon();
  const t = toks[k] as Token;
  if (!(t.value >= 1 && t.value <= 31) && !t.yearLike) return false;
  const next = wordAt(toks, k + 1);
  const prev = wordAt(toks, k - 1);
  // German ordinal dates: "22. März".
  const afterStop = toks[k + 1]?.kind === Kind.Stop && toks[k + 1]?.start === t.end ? wordAt(toks, k + 2) : null;
  // (A number in words after a month is no day of it: "del 22 marzo quattro uomini armati".)
  const afterMonth = prev !== null && MONTHS.has(prev) && t.spelled !== true;
  if ((next !== null && MONTHS.has(next)) || afterMonth || (afterStop !== null && MONTHS.has(afterStop))) return true;
  // "22 de mayo", "22 of March"; "marzo de 2024".
  const after = next !== null && DATE_JOINERS.has(next) ? wordAt(toks, k + 2) : null;
  const before = prev !== null && DATE_JOINERS.has(prev) ? wordAt(toks, k - 2) : null;
  return (after !== null && MONTHS.has(after)) || (t.yearLike && before !== null && MONTHS.has(before));
}

function isNonCount(toks: Token[], k: number): boolean {
  const {
    ABBREVIATED_LABELS,
    AGE_WORDS,
    CURRENCY_CODES,
    FILLERS,
    IDENTIFIED_PREFIXES,
    LEGAL_STATUS_PREFIXES,
    NON_COUNT_PREFIXES,
    NUMBERED_LABELS,
    NON_COUNT_WORDS,
    OTHER_BEFORE,
    OTHER_GROUPS,
    PART_NOUNS,
    TRIAL_OF,
    PERCENT_PHRASES,
    IDENTIFIED_AFTER,
    RANGE_JOINERS,
    RECOGNISED_PREFIXES,
    SPAN_LEADS,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    TIME_WORDS,
  } = figureLexicon();
  if (isDateNumber(toks, k)) return true;
  const next = wordAt(toks, k + 1);
  const prev = wordAt(toks, k - 1);
  if (next) {
    // (German "am" is "on the": "40 am Freitag" is no time, "10 am" is.)
    const clock = TIME_WORDS.has(next) && (next !== 'am' || (toks[k] as Token).value <= 12);
    if (clock || NON_COUNT_WORDS.has(next) || startsWithAny(next, NON_COUNT_PREFIXES)) return true;
    // A duration or an age: "18 minutes", "11 years old".
    if (isDuration(next) || (SPAN_LEADS.has(next) && isDuration(wordAt(toks, k + 2)))) return true;
    const next2 = wordAt(toks, k + 2);
    for (const [a, b] of PERCENT_PHRASES) if (next === a && next2 === b) return true;
  }
  if (prev && (CURRENCY_CODES.has(prev) || NUMBERED_LABELS.has(prev))) return true;
  // The rest of a group: "the other seven are alleged helpers".
  if (prev && OTHER_BEFORE.has(prev)) return true;
  // The accused in a trial: "the trial of 19 people".
  if (TRIAL_OF.some((phrase) => wordsAt(toks, k - phrase.length, phrase))) return true;
  // A day of the month after an article: "382 il 29, 551 il giorno successivo", "le 27, le ministre", "noche del 22".
  if (isDayOfMonth(toks, k - 1)) return true;
  // The minutes of a time: "11 h 40", "21 Uhr 15".
  if (prev && TIME_WORDS.has(prev) && toks[k - 2]?.kind === Kind.Number) return true;
  // (A label may be cut short: "p. 144", "стр. 12"; not the end of an abbreviation: "in the U.S. 145 …".)
  const cutShort = toks[k - 1]?.kind === Kind.Stop && ABBREVIATED_LABELS.has(wordAt(toks, k - 2) ?? '');
  if (cutShort && toks[k - 3]?.kind !== Kind.Stop) return true;
  // An age after a name, between commas: "Svetlana, 47, whose son died" (not a label: "Dead: 137, injured: 182").
  if (toks[k - 1]?.word === ',' && toks[k - 2]?.kind === Kind.Word && toks[k + 1]?.word === ',') return true;
  // An age: "aged 9, 11 and 12", "the oldest was 81", "в возрасте 11" (an age word up to ten tokens back in the sentence).
  for (let j = k - 1; j >= k - 10 && j >= 0 && (toks[j] as Token).kind !== Kind.Stop; j--) if (AGE_WORDS.has((toks[j] as Token).word)) return true;
  // Those with a legal standing as victims, relatives among them: "потерпевшими признаны 2307 человек".
  // And those identified, a part of the toll: "установлены личности 134 погибших".
  for (let j = k - 1; j >= k - 4 && toks[j]?.kind === Kind.Word; j--) {
    const word = (toks[j] as Token).word;
    if (startsWithAny(word, LEGAL_STATUS_PREFIXES) || startsWithAny(word, IDENTIFIED_PREFIXES)) return true;
  }
  // Or after it: "1.700 personas han sido reconocidas como víctimas", "75 victims had so far been identified".
  for (let j = k + 1; j <= k + 5 && toks[j]?.kind === Kind.Word; j++) {
    const word = (toks[j] as Token).word;
    if (startsWithAny(word, RECOGNISED_PREFIXES) || IDENTIFIED_AFTER.has(word)) return true;
  }
  // The lower end of a range of years: "от 9 до 81 лет".
  if (next && RANGE_JOINERS.has(next) && toks[k + 2]?.kind === Kind.Number && isDuration(wordAt(toks, k + 3))) return true;
  // An increase, not a total: "six more bodies", "rose by six to 143".
  if (isIncrement(toks, k)) return true;
  // People of another group: "killed 13 US service members".
  for (let j = k + 1; j <= k + 3 && toks[j]?.kind === Kind.Word; j++) if (OTHER_GROUPS.has((toks[j] as Token).word)) return true;
  // A part of a figure just given: "three of them", "darunter fünf".
  // (But "entre 130 et 140" is a range.)
  if (prev && SUBSET_BEFORE.has(prev) && !(next && RANGE_JOINERS.has(next) && toks[k + 2]?.kind === Kind.Number)) return true;
  if (SUBSET_AFTER.some((phrase) => wordsAt(toks, k + 1, phrase))) return true;
  // A group among the victims: "6 children", "5 were children", "шестеро детей" (not the total).
  const counted = next !== null && FILLERS.has(next) ? wordAt(toks, k + 2) : next;
  return counted !== null && PART_NOUNS.has(counted);
}

/** True when a word after a number makes it a duration or an age ("18 minutes", "11 лет"). */
function isDuration(word: string | null): boolean {
  const { DURATION_PREFIXES, DURATION_WORDS } = figureLexicon();
  return word !== null && (DURATION_WORDS.has(word) || startsWithAny(word, DURATION_PREFIXES));
}

/**
 * True when number token `k` is an increase: "six more bodies", "rose by six to 143", "выросло на четыре",
 * "which four deaths were added".
 */
function isIncrement(toks: Token[], k: number): boolean {
  const { ADDED_PREFIXES, BY_WORDS, MORE_AFTER, MORE_AFTER_NOUN, RISE_VERBS } = figureLexicon();
  const next = wordAt(toks, k + 1);
  if (next !== null && MORE_AFTER.has(next)) return true;
  if (next !== null && MORE_AFTER_NOUN.some((phrase) => wordsAt(toks, k + 2, phrase))) return true;
  for (let j = k + 1; j <= k + 4 && toks[j]?.kind === Kind.Word; j++) if (startsWithAny((toks[j] as Token).word, ADDED_PREFIXES)) return true;
  const prev = wordAt(toks, k - 1);
  return prev !== null && BY_WORDS.has(prev) && RISE_VERBS.has(wordAt(toks, k - 2) ?? '');
}

/** What a figure word may have that the page word lacks: plural endings (and the shorter forms' "-i", "-n"). */
const PLURAL_ENDINGS: ReadonlySet<string> = new Set(['s', 'es', 'e', 'n', 'en', 'i']);

/**
 * Stem match of a page word with a figure word: the word starts with it
 * ("погиб" → "погибших"); a figure word of three letters or fewer only takes
 * one more letter ("tot" → "tote", not "total"); a word of four letters or
 * more may also be the figure word less a plural ending ("death" → "deaths",
 * "verletzt" → "Verletzte"; not "attentat" → "Attentäter", whose -er makes
 * another word). Words that merely begin like one are not ("deadliest").
 */
function matchesFigureWord(w: string, fw: string): boolean {
  if (fw.length <= 3) return w.length <= fw.length + 1 && w.startsWith(fw);
  if (w.startsWith(fw)) return w.length === fw.length || !startsWithAny(w, figureLexicon().NOT_FIGURE_PREFIXES);
  return w.length >= 4 && fw.startsWith(w) && PLURAL_ENDINGS.has(fw.slice(w.length));
}


/**
 * What a block must hold to have a figure of these disputes, for the page
 * pass to check as it reads (page-pass.ts): a number (a digit or a spelled
 * number; "one" too, where a dispute counts it) and a word that `matchesFigureWord` could match with one word of
 * some phrase (its longest). Both are necessary: such a word starts with the
 * figure word's first four units (or all of them, when it is shorter).
 */
export function figureKeys(disputes: readonly FigureDispute[]): FigureKeys {
  const { NUMBER_HASHES, ONE_COUNTS } = figureLexicon();
  const ones = disputes.some((d) => d.countsOne === true) ? [...ONE_COUNTS].map((w) => hashFinish(hashUnits(w, HASH_SEED))) : [];
  const numbers = new WordHashSet(NUMBER_HASHES.length + ones.length);
  for (const h of [...NUMBER_HASHES, ...ones]) numbers.add(h, 1);
  const prefixes = new WordHashSet(64);
  let prefixLengths = 0;
  for (const d of disputes) {
    for (const phrase of d.phrases) {
      let longest = '';
      for (const w of phrase) if (w.length > longest.length) longest = w;
      const length = Math.min(4, longest.length);
      if (length === 0) continue;
      prefixes.add(hashFinish(hashUnits(longest, HASH_SEED, 0, length)), 1);
      prefixLengths |= 1 << length;
    }
  }
  return { numbers, prefixes, prefixLengths };
}

/** True when `phrase` matches the words from `j` forwards (or ending at `j`, backwards); stem match per word. */
function phraseAt(toks: Token[], j: number, phrase: string[], backwards: boolean): boolean {
  const m = phrase.length;
  const first = backwards ? j - m + 1 : j;
  for (let p = 0; p < m; p++) {
    const w = wordAt(toks, first + p);
    if (w === null || !matchesFigureWord(w, phrase[p] as string)) return false;
  }
  return true;
}

interface Option {
  dispute: FigureDispute & { subject: string };
  distance: number;
  before: boolean;
  /** A comma or a conjunction stands between the number and the figure word (another clause). */
  crossed: boolean;
  /** The token where the figure word is. */
  at: number;
}

/** Whether option `a` is nearer than `b`: in the number's clause first, then by distance, then after the number. */
function nearer(a: Option, b: Option): boolean {
  if (a.crossed !== b.crossed) return !a.crossed;
  return a.distance < b.distance || (a.distance === b.distance && b.before && !a.before);
}

function consider(options: Map<string, Option>, option: Option): void {
  const o = options.get(option.dispute.id);
  if (!o || nearer(option, o)) options.set(option.dispute.id, option);
}

/** Weight of a comma or conjunction, and of a qualifier/helper word, in the nearness score. */
const PAUSE_WEIGHT = 0.5;
const FILLER_WEIGHT = 0.05;

/**
 * True when token `j` is a verb of a changing count after a pronoun: "it went (to 93)", "оно выросло (до 139)";
 * not when another count changed earlier in the sentence, which the pronoun may stand for ("the number of arrests
 * rose to 11, and it stood at 11").
 */
function pronounChangeAt(toks: Token[], j: number): boolean {
  const { CHANGE_VERBS, PRONOUNS, RISE_VERBS } = figureLexicon();
  const changes = (w: string | null) => w !== null && (RISE_VERBS.has(w) || CHANGE_VERBS.has(w));
  if (!changes(wordAt(toks, j))) return false;
  // (An auxiliary may stand between: "it has risen", "es ist gestiegen".)
  let p = j - 1;
  if (AUXILIARIES.has(wordAt(toks, p) ?? '')) p--;
  if (!PRONOUNS.has(wordAt(toks, p) ?? '')) return false;
  for (let i = p - 1; i >= 0 && (toks[i] as Token).kind !== Kind.Stop; i--) if (changes(wordAt(toks, i))) return false;
  return true;
}

const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'est', 'ist', 'ha']);

/** True when a tally phrase ("the count") ends at token `j` and does not go on to say what it counts. */
function tallyEndsAt(toks: Token[], j: number): boolean {
  const { COUNTED_AFTER, TALLY_PHRASES } = figureLexicon();
  const next = wordAt(toks, j + 1);
  if (next !== null && COUNTED_AFTER.has(next)) return false;
  return TALLY_PHRASES.some((phrase) => wordsAt(toks, j - phrase.length + 1, phrase));
}

/**
 * True when token `j` is an article of a day ("il", "le", "am") and a day of the month follows it, with its month or
 * the clause ending there: "il 29,", "le 25 mars".
 */
function isDayOfMonth(toks: Token[], j: number): boolean {
  const { DAY_ARTICLES, MONTHS } = figureLexicon();
  if (!DAY_ARTICLES.has(wordAt(toks, j) ?? '')) return false;
  const day = toks[j + 1];
  const after = toks[j + 2];
  if (day?.kind !== Kind.Number || day.bad || day.value < 1 || day.value > 31) return false;
  return !after || after.kind !== Kind.Word || MONTHS.has(after.word);
}

/**
 * True when number token `k` stands alone in its clause: a comma, a stop, a
 * conjunction or a word of time (or nothing) follows it, or a day or a month
 * after a short word ("133 on Saturday", "137 am Sonntag", "143 en mars").
 */
function standsAlone(toks: Token[], k: number): boolean {
  const { CONJUNCTIONS, DAY_WORDS, MONTHS, TIME_AFTER } = figureLexicon();
  const next = toks[k + 1];
  if (next === undefined || next.kind === Kind.Stop || next.kind === Kind.Comma) return true;
  if (next.kind !== Kind.Word) return false;
  if (CONJUNCTIONS.has(next.word) || TIME_AFTER.has(next.word) || DAY_WORDS.has(next.word)) return true;
  if (next.word.length > 3) return false;
  // "182 il 25 marzo, 382 il 29, 551 il giorno successivo".
  if (isDayOfMonth(toks, k + 1)) return true;
  const then = wordAt(toks, k + 2);
  return then !== null && (DAY_WORDS.has(then) || MONTHS.has(then));
}

/**
 * For each dispute with a figure word near number token `k`: its nearest
 * figure word. A tally before the number ("the count stood at 133"), or a
 * pronoun and a verb of a changing count ("it went to 93"), counts as a
 * figure word of `previous`, the dispute of the block's last figure. The
 * words of a mention (`named`, per token) do not count towards the window:
 * "the death toll from the Crocus City Hall attack rose to 143".
 */
function disputeOptions(
  toks: Token[],
  k: number,
  disputes: readonly (FigureDispute & { subject: string })[],
  previous: (FigureDispute & { subject: string }) | null,
  named: Int32Array,
): Map<string, Option> {
  const {
    ADJACENT_ONLY,
    OBJECT_MARKERS,
    CONJUNCTIONS,
    DAY_WORDS,
    FILLERS,
    MONTHS,
    OF_THE,
    PEOPLE_NOUNS,
    PERIL_WORDS,
    RANGE_JOINERS,
    RELATIVE_WORDS,
    RISE_VERBS,
    STATUS_WORDS,
    TIME_AFTER,
  } = figureLexicon();
  const options = new Map<string, Option>();
  const alone = standsAlone(toks, k);
  // A number with a noun of its own ("las víctimas, y los cerca de 2.300 afectados") takes no figure word from a
  // clause before it.
  const ownNoun = hasOwnNoun(toks, k, disputes);
  /**
   * A figure word that only says what a status is called ("le statut de victimes", "the status of victims"), or
   * whose relatives the number counts ("relatives of the dead", "родственники погибших").
   */
  const statusAt = (j: number): boolean => {
    const before = wordAt(toks, j - 1);
    if (before !== null && (STATUS_WORDS.has(before) || (DATE_JOINERS.has(before) && STATUS_WORDS.has(wordAt(toks, j - 2) ?? '')))) {
      return true;
    }
    // "en danger de mort", "in pericolo di morte".
    if (before !== null && DATE_JOINERS.has(before) && PERIL_WORDS.has(wordAt(toks, j - 2) ?? '')) return true;
    // (People may stand between: "des proches de personnes tuées".)
    let i = j - 1;
    while (i > j - 4 && (OF_THE.has(wordAt(toks, i) ?? '') || PEOPLE_NOUNS.has(wordAt(toks, i) ?? ''))) i--;
    return RELATIVE_WORDS.has(wordAt(toks, i) ?? '');
  };
  for (const backwards of [false, true]) {
    let limit = backwards ? MAX_BEFORE : MAX_AFTER;
    // `words` counts content words (the window); `penalty` adds pauses and fillers (nearness).
    let words = 0;
    let penalty = 0;
    let crossed = false;
    /** A conjunction stands between (another clause, not a colon's or comma's aside). */
    let conjoined = false;
    let step = 0;
    let steps = MAX_TOKENS_SCANNED;
    for (let j = backwards ? k - 1 : k + 1; step < steps; j += backwards ? -1 : 1) {
      const t = toks[j];
      if (!t || t.kind === Kind.Stop) break;
      if (named[j] !== 0) continue;
      step++;
      if (t.kind === Kind.Comma) {
        // A label's colon binds it to the number: "Dead: 137, injured: 182".
        if (backwards && j === k - 1 && t.word === ':') continue;
        penalty += PAUSE_WEIGHT;
        crossed = true;
        continue;
      }
      if (t.kind === Kind.Word) {
        const option = (dispute: FigureDispute & { subject: string }): Option => ({ dispute, distance: words + 1 + penalty, before: backwards, at: j, crossed });
        // After the number's own words, a figure word behind an article is an object: "40,000 fans honoured the victims".
        const object = !backwards && words > 0 && OBJECT_MARKERS.has(wordAt(toks, j - 1) ?? '');
        const foreign = backwards ? conjoined && ownNoun : ownNoun && words >= 2;
        if (!object && !foreign && !statusAt(j)) {
          for (const { dispute, phrase } of phrasesFor(disputes, backwards, t.word)) {
            if (!phraseAt(toks, j, phrase, backwards)) continue;
            if (phrase.length === 1 && ADJACENT_ONLY.has(t.word) && j !== k + 1) continue;
            // In the number's own clause, a figure word right after another number is that number's: "töteten vier
            // Angreifer mindestens 145 Menschen" (past a comma, a list shares it: "60 погибших, затем 115"; not with
            // a number that has a noun of its own: "145 пострадавших в списке Минздрава, 11 задержанных").
            if (backwards && (!crossed || (ownNoun && !alone)) && isCount(toks, j - phrase.length)) continue;
            consider(options, option(dispute));
          }
        }
        if (backwards && previous && (tallyEndsAt(toks, j) || pronounChangeAt(toks, j))) consider(options, option(previous));
        if (backwards && RISE_VERBS.has(t.word)) {
          limit = MAX_BEFORE_RISE;
          steps = MAX_TOKENS_SCANNED_RISE;
        }
        if (CONJUNCTIONS.has(t.word)) {
          penalty += PAUSE_WEIGHT;
          crossed = true;
          conjoined = true;
          continue;
        }
        // A month or a day, like a date, says when, not what is counted.
        const when = MONTHS.has(t.word) || DAY_WORDS.has(t.word) || TIME_AFTER.has(t.word);
        if (FILLERS.has(t.word) || t.word.length <= 2 || when) {
          penalty += FILLER_WEIGHT;
          // (What says when does not use up the tokens scanned either; the sentence's end still bounds them.)
          if (when) step--;
          continue;
        }
      } else if (isDateNumber(toks, j)) {
        // A date does not push the figure word out of reach: "о 60 погибших, затем о 115, а 24 марта — уже о 137".
        penalty += FILLER_WEIGHT;
        step--;
        continue;
      } else if (!backwards && j === k + 2 && RANGE_JOINERS.has(wordAt(toks, k + 1) ?? '')) {
        // The other end of a range shares its figure word: "between 130 and 140 dead", "three or four gunmen".
        continue;
      } else if (!backwards && isSecondGuess(toks, k, j)) {
        // So does a second guess: "tre, forse cinque uomini armati".
        continue;
      } else if (isIncrement(toks, j)) {
        // An increase says nothing of the clauses around it: "выросло на четыре, до 137 человек".
        continue;
      } else if (!backwards && !t.bad && !isNonCount(toks, j) && startsFigure(toks, j + 1, disputes)) {
        // Another count with its own figure word: what follows is that count's ("detained 11 people, including the
        // four gunmen"). (A list may share one word: "60 dead, then 115, then 137", and a list of numbers that stand
        // alone the word of its last: "von 93, am Mittag von 115, am Nachmittag von 133 Todesopfern".)
        if (!alone || !startsFigure(toks, j + 1, disputes, false)) break;
        continue;
      } else if (crossed && !alone) {
        // Past another clause's count, a number with words of its own ("1,000 people were questioned") shares
        // nothing with it: "the toll rose to 144, more than 1,000 people were questioned, 551 were injured".
        break;
      } else if (backwards && alone && standsAlone(toks, j)) {
        // The bare numbers of a list before a bare number are its own list's: "rose from 60 on Friday night to 115 by
        // morning, 133 on Saturday and 137 on Sunday".
        penalty += FILLER_WEIGHT;
        step--;
        continue;
      }
      if (++words >= limit) break;
    }
  }
  return options;
}

/** True when number token `j` is a second guess at number token `k`: a comma, one or two hedges ("perhaps", "peut-être"), then `j`. */
function isSecondGuess(toks: Token[], k: number, j: number): boolean {
  const { HEDGES } = figureLexicon();
  if (toks[k + 1]?.kind !== Kind.Comma || j < k + 3 || j > k + 4) return false;
  for (let i = k + 2; i < j; i++) if (!HEDGES.has(wordAt(toks, i) ?? '')) return false;
  return true;
}

/**
 * True when a figure phrase starts at token `j`, or (`helpers`) after helper
 * words from there ("145 were killed", "145 le vittime").
 */
function startsFigure(toks: Token[], j: number, disputes: readonly (FigureDispute & { subject: string })[], helpers = true): boolean {
  const { FILLERS } = figureLexicon();
  for (let i = j; i < (helpers ? j + 3 : j + 1); i++) {
    const w = wordAt(toks, i);
    if (w === null) return false;
    if (phrasesFor(disputes, false, w).some(({ phrase }) => phraseAt(toks, i, phrase, false))) return true;
    if (!FILLERS.has(w)) return false;
  }
  return false;
}

type PhraseEntry = { dispute: FigureDispute & { subject: string }; phrase: string[] };
const phraseIndexes = new WeakMap<readonly FigureDispute[], Map<string, PhraseEntry[]>[]>();
const NO_PHRASES: PhraseEntry[] = [];

/**
 * The phrases of `disputes` whose word at token `w`'s end of them (the first
 * word reading forwards, the last backwards) can match `w`: those whose word
 * there starts with `w`'s first unit, as `matchesFigureWord` requires. (An
 * index per list of disputes, made on first use: a number looks at ten words
 * around it, each against every phrase of every dispute otherwise.)
 */
function phrasesFor(disputes: readonly (FigureDispute & { subject: string })[], backwards: boolean, w: string): readonly PhraseEntry[] {
  let index = phraseIndexes.get(disputes);
  if (!index) {
    index = [new Map(), new Map()];
    for (const dispute of disputes) {
      for (const phrase of dispute.phrases) {
        for (const [side, word] of [phrase[0], phrase[phrase.length - 1]].entries()) {
          const key = (word as string).charAt(0);
          const list = (index[side] as Map<string, PhraseEntry[]>).get(key);
          if (list) list.push({ dispute, phrase });
          else (index[side] as Map<string, PhraseEntry[]>).set(key, [{ dispute, phrase }]);
        }
      }
    }
    phraseIndexes.set(disputes, index);
  }
  return (index[backwards ? 1 : 0] as Map<string, PhraseEntry[]>).get(w.charAt(0)) ?? NO_PHRASES;
}

/** A mention in the block, in folded offsets. */
export interface FigureAnchor {
  entity: string;
  start: number;
  end: number;
}

/** What the block around a number says about which subject it belongs to. */
export interface FigureContext {
  /** Mentions in this block (folded offsets). */
  anchors: readonly FigureAnchor[];
  isEvent(entity: string): boolean;
  isPlace(entity: string): boolean;
  /** Entities related to `entity`, both directions. */
  neighbours(entity: string): ReadonlySet<string> | undefined;
  /** Subjects of all numeric disputes. */
  subjects: ReadonlySet<string>;
  /**
   * What a block that names no event or dispute's subject is about ("The
   * toll was later revised to 84" on a page about the Kerman bombings): the
   * events and subjects of the nearest block before it (else after it) that
   * names one, then those of the page's first block that names one.
   */
  lead: readonly string[];
}

const NOT_IN_SENTENCE = 1e6;

function gap(a: FigureAnchor, s: number, e: number): number {
  return a.end <= s ? s - a.end : a.start >= e ? a.start - e : 0;
}

/** Mentions that speak for `subject`: the subject itself and its related entities that are not events. */
function speaksFor(ctx: FigureContext, subject: string, entity: string): boolean {
  return entity === subject || (ctx.neighbours(subject)?.has(entity) === true && !ctx.isEvent(entity));
}

/**
 * Mentions that speak for another subject: other events, other disputes'
 * subjects, and places not related to the subject ("Kabul airport (about 170
 * dead)" on a page about the Crocus attack).
 */
function competes(ctx: FigureContext, subject: string, entity: string): boolean {
  return !speaksFor(ctx, subject, entity) && (ctx.isEvent(entity) || ctx.subjects.has(entity) || ctx.isPlace(entity));
}

function nearestAnchor(ctx: FigureContext, s: number, e: number, from: number, to: number, test: (entity: string) => boolean): number {
  let best = Infinity;
  for (const a of ctx.anchors) {
    if (!test(a.entity)) continue;
    const inSentence = a.start >= from && a.end <= to;
    best = Math.min(best, gap(a, s, e) + (inSentence ? 0 : NOT_IN_SENTENCE));
  }
  return best;
}

/**
 * The mention in the number's sentence that says whose number it is: the
 * nearest one before it (subjects are usually named first: "Beslan in 2004
 * (334 deaths)"), else the nearest one after it; null when there is none. A
 * mention only related to the subject says nothing when it is related to a
 * competing one in the sentence too: in "la strage di Kerman, in Iran, con
 * 95 vittime", Iran does not speak for the Crocus attack.
 */
function decidingAnchor(ctx: FigureContext, subject: string, s: number, from: number, to: number): FigureAnchor | null {
  const inSentence = ctx.anchors.filter((a) => a.start >= from && a.end <= to);
  const competing = inSentence.filter((a) => competes(ctx, subject, a.entity)).map((a) => a.entity);
  const ambiguous = (entity: string): boolean =>
    entity !== subject && competing.some((c) => ctx.neighbours(c)?.has(entity) === true);
  let before: FigureAnchor | null = null;
  let after: FigureAnchor | null = null;
  for (const a of inSentence) {
    const speaks = speaksFor(ctx, subject, a.entity);
    if (speaks ? ambiguous(a.entity) : !competes(ctx, subject, a.entity)) continue;
    if (a.end <= s) {
      if (!before || a.end > before.end) before = a;
    } else if (!after || a.start < after.start) {
      after = a;
    }
  }
  return before ?? after;
}

/**
 * True when a mention of a group or a person (not the subject, an event or
 * a place) stands between a number and the figure word after it: the number
 * counts that group's people ("six more IS-K operatives were killed").
 */
function countsMembers(ctx: FigureContext, subject: string, from: number, to: number): boolean {
  for (const a of ctx.anchors) {
    if (a.start >= from && a.end <= to && a.entity !== subject && !ctx.isEvent(a.entity) && !ctx.isPlace(a.entity)) return true;
  }
  return false;
}

/** Per token, 1 + the index of the mention (`anchors`) whose span holds it (a word, or a number: "Telegram-Kanal 112"), or 0. */
function namedTokens(toks: readonly Token[], anchors: readonly FigureAnchor[]): Int32Array {
  const named = new Int32Array(toks.length);
  anchors.forEach((a, i) => {
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j] as Token;
      if ((t.kind === Kind.Word || t.kind === Kind.Number) && t.start >= a.start && t.end <= a.end) named[j] = i + 1;
    }
  });
  return named;
}

/**
 * True when, earlier in the sentence of number token `k`, a year before
 * `year` says when ("In the 2015 Paris attacks, 130 people were killed"),
 * and no mention of `subject` stands between it and the number.
 */
function inEarlierYear(toks: Token[], k: number, from: number, year: number, named: Int32Array, ctx: FigureContext, subject: string): boolean {
  const { MONTHS, YEAR_LEADS } = figureLexicon();
  for (let j = k - 1; j >= 0 && (toks[j] as Token).start >= from; j--) {
    const t = toks[j] as Token;
    const a = named[j] as number;
    if (a !== 0 && speaksFor(ctx, subject, (ctx.anchors[a - 1] as FigureAnchor).entity)) return false;
    const lead = wordAt(toks, j - 1) ?? '';
    if (t.kind === Kind.Number && t.yearLike && t.value < year && (YEAR_LEADS.has(lead) || MONTHS.has(lead))) return true;
  }
  return false;
}

/**
 * True when the sentence of token `k` names an incident of another kind ("a road accident", "ДТП"), its clauses
 * after a semicolon too ("a plane crashes near Aktau; 38 of the 67 people on board are killed"); with `k` -1, when
 * the block does.
 */
function namesIncident(toks: readonly Token[], k: number): boolean {
  const { INCIDENT_PARTS } = figureLexicon();
  const incident = (t: Token): boolean => t.kind === Kind.Word && INCIDENT_PARTS.some((part) => t.word.includes(part));
  if (k < 0) return toks.some(incident);
  const ends = (t: Token): boolean => t.kind === Kind.Stop && t.word !== ';';
  for (let j = k; j >= 0 && !ends(toks[j] as Token); j--) if (incident(toks[j] as Token)) return true;
  for (let j = k + 1; j < toks.length && !ends(toks[j] as Token); j++) if (incident(toks[j] as Token)) return true;
  return false;
}

/**
 * True when the sentence that starts at token `j` goes on with the time of the one before it: "Damals starben über
 * 330 Menschen" after a sentence about Beslan in 2004. (The two are read as one sentence.)
 */
function goesOnThen(toks: Token[], j: number): boolean {
  return figureLexicon().BACK_THEN.some((phrase) => wordsAt(toks, j, phrase));
}

/** True when number token `k` is one of a run of consecutive numbers with only spaces between: page numbers ("1 2 3 … Next"). */
function inCountingRun(f: string, toks: readonly Token[], k: number): boolean {
  const t = toks[k] as Token;
  const next = (a: Token, b: Token | undefined): boolean =>
    a.kind === Kind.Number && b?.kind === Kind.Number && b.value === a.value + 1 && SPACES_ONLY.test(f.slice(a.end, b.start));
  return next(t, toks[k + 1]) || (k > 0 && next(toks[k - 1] as Token, t));
}

const SPACES_ONLY = /^\s+$/;

/** Values from which a number may repeat a figure: smaller ones are too often something else ("4 Punkte", "[4]. Questions"). */
const MIN_REPEAT = 10;

/**
 * True when number token `k` has a word of its own after it, which it counts
 * ("los cerca de 2.300 afectados", "144 famiglie"): not a filler, a word of
 * people, a preposition, a conjunction or a figure word.
 */
function hasOwnNoun(toks: Token[], k: number, disputes: readonly (FigureDispute & { subject: string })[]): boolean {
  const { CONJUNCTIONS, FILLERS, PEOPLE_NOUNS, PREPOSITIONS } = figureLexicon();
  const next = wordAt(toks, k + 1);
  return (
    next !== null &&
    !FILLERS.has(next) &&
    !PEOPLE_NOUNS.has(next) &&
    !PREPOSITIONS.has(next) &&
    !CONJUNCTIONS.has(next) &&
    !startsFigure(toks, k + 1, disputes, false)
  );
}

/**
 * True when number token `k` may repeat a figure given elsewhere: in digits,
 * not a year, and with no word of its own after it but one of time ("Fact
 * check: 133, 139 or 149?", "Sunday brought 137 and Monday 139"; not "144
 * famiglie", "145 millimetri").
 */
function repeats(toks: Token[], k: number, disputes: readonly (FigureDispute & { subject: string })[]): boolean {
  const { DAY_WORDS, MONTHS, TIME_AFTER } = figureLexicon();
  const t = toks[k] as Token;
  if (t.kind !== Kind.Number || t.spelled === true || t.yearLike || t.value < MIN_REPEAT) return false;
  const next = wordAt(toks, k + 1) ?? '';
  return !hasOwnNoun(toks, k, disputes) || DAY_WORDS.has(next) || MONTHS.has(next) || TIME_AFTER.has(next);
}

const oneLists = new WeakMap<readonly FigureDispute[], (FigureDispute & { subject: string })[]>();

/** The disputes that one may answer, among `disputes` (kept per list, so that `phrasesFor` indexes them once). */
function oneDisputes(disputes: readonly (FigureDispute & { subject: string })[]): (FigureDispute & { subject: string })[] {
  let ones = oneLists.get(disputes);
  if (!ones) oneLists.set(disputes, (ones = disputes.filter((d) => d.countsOne === true)));
  return ones;
}

/** True when token `k` is "one" in words that may be a count: not "no one", "ни один". */
function isOneCount(toks: Token[], k: number): boolean {
  const { NOT_ONE_BEFORE, ONE_COUNTS } = figureLexicon();
  const word = wordAt(toks, k);
  return word !== null && ONE_COUNTS.has(word) && !NOT_ONE_BEFORE.has(wordAt(toks, k - 1) ?? '');
}

/** True when year-like number token `k` comes after a word that introduces a year ("von 2025", "of 2025", "in 2025"). */
function yearAfterPreposition(toks: Token[], k: number): boolean {
  const prev = wordAt(toks, k - 1);
  return prev !== null && YEAR_PREPOSITIONS.has(prev);
}

/** Words before a year that make it one: when, or whose ("in 2025", "the indictment of 2025", "von 2025"). */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'of', 'from', 'since', 'during', 'im', 'von', 'vom', 'seit', 'nel', 'del', 'di', 'dal', 'dans', 'de', 'depuis', 'en',
  'desde', 'durante', 'в', 'во', 'с', 'до',
]);

/** True when token `j` is a number that counts: not a year introduced as one, nor a date. */
function isCount(toks: Token[], j: number): boolean {
  const t = toks[j];
  return t !== undefined && t.kind === Kind.Number && !(t.yearLike && yearAfterPreposition(toks, j)) && !isDateNumber(toks, j);
}

/**
 * True when number token `k` comes right after a year before `year` (a comma or bracket between at most); a later
 * year dates a revision of the event's own figure ("the indictment of 2025: 149 dead").
 */
function followsEarlierYear(toks: Token[], k: number, year: number): boolean {
  const j = toks[k - 1]?.kind === Kind.Comma ? k - 2 : k - 1;
  const t = toks[j];
  return t !== undefined && t.kind === Kind.Number && t.yearLike && t.value < year;
}

/**
 * Finds the figures of one folded block for the gated disputes.
 *
 * When several disputes have a figure word equally near (two attacks, both
 * "killed"), the one whose subject is mentioned nearest wins (in the block,
 * else in the block that leads it: `FigureContext.lead`). A number without a
 * figure word is taken when it repeats a value that one dispute alone has on
 * the page (`known`: "Fact check: 133, 139 or 149?"; `bare` collects the
 * values of the numbers that could be such repeats). A number is left
 * out when the mention that decides its sentence (the nearest before it, else
 * after it) is another event ("Beslan in 2004 (334 deaths)" on a page about
 * the Crocus attack), when it comes right after a year other than that of
 * the dispute's subject ("the attacks of 1999 (294 deaths)") or after an
 * earlier year that says when ("In the 2015 Paris attacks, 130 people were
 * killed"; `inEarlierYear`), or when it
 * counts the people of a group named between it and its figure word ("six
 * IS-K operatives were killed"), or when its block names neither the
 * subject nor a place of it and the block that leads it names another event.
 */
export function findFigures(
  fw: FoldedText,
  disputes: readonly (FigureDispute & { subject: string })[],
  ctx: FigureContext,
  out: FigureHit[],
  known?: ReadonlyMap<number, FigureDispute & { subject: string }>,
  bare?: Set<number>,
): void {
  const f = fw.text;
  if (disputes.length === 0) return;
  const ones = oneDisputes(disputes);
  const toks = tokenize(fw);
  const named = namedTokens(toks, ctx.anchors);
  let sentenceFrom = 0;
  let previous: (FigureDispute & { subject: string }) | null = null;
  /** Whether the block names another kind of incident (worked out when first needed). */
  let blockIncident: boolean | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind === Kind.Stop && !goesOnThen(toks, k + 1)) sentenceFrom = t.end;
    const one = ones.length > 0 && isOneCount(toks, k);
    if ((t.kind !== Kind.Number && !one) || t.bad || named[k] !== 0 || isNonCount(toks, k) || inCountingRun(f, toks, k)) continue;
    const options = disputeOptions(toks, k, one ? ones : disputes, previous, named);
    // A number without a figure word that repeats a figure the page gave with one is that figure ("the 149 of the
    // indictment"), as far as the checks below allow.
    const repeatable = options.size === 0 && repeats(toks, k, disputes);
    // (The values of such numbers go to `bare`, for the caller to know which blocks a repeat may be in.)
    if (repeatable) bare?.add(t.value);
    const repeated = repeatable && known ? known.get(t.value) : undefined;
    if (repeated) options.set(repeated.id, { dispute: repeated, distance: Infinity, before: false, at: k, crossed: true });
    if (options.size === 0) continue;
    // A bare year-like number is a year unless a figure word follows it directly ("2000 dead"), and one after "of",
    // "in", "von" is a year even so ("Nach der Anklageschrift von 2025 starben 149 Menschen").
    if (t.yearLike && (!startsFigure(toks, k + 1, disputes, false) || yearAfterPreposition(toks, k))) continue;
    let sentenceTo = f.length;
    for (let j = k + 1; j < toks.length; j++) {
      const u = toks[j] as Token;
      if (u.kind === Kind.Stop) {
        sentenceTo = u.start;
        break;
      }
    }
    let best: Option | null = null;
    let bestOwn = Infinity;
    let bestSide = Infinity;
    let bestLead = Infinity;
    for (const o of options.values()) {
      const subject = o.dispute.subject;
      // The nearest mention of the subject itself, then of it or a related entity ("the Kerman bombings in Iran").
      const own = nearestAnchor(ctx, t.start, t.end, sentenceFrom, sentenceTo, (en) => en === subject);
      const side = nearestAnchor(ctx, t.start, t.end, sentenceFrom, sentenceTo, (en) => speaksFor(ctx, subject, en));
      const lead = ctx.lead.some((en) => speaksFor(ctx, subject, en)) ? 0 : 1;
      // As `nearer`, with the side of the subject's nearest mention (in the block, else in the block that leads it)
      // before the tie on position.
      const better =
        !best ||
        (o.crossed !== best.crossed
          ? !o.crossed
          : o.distance !== best.distance
            ? o.distance < best.distance
            : own !== bestOwn
              ? own < bestOwn
              : side !== bestSide
                ? side < bestSide
                : lead !== bestLead
                  ? lead < bestLead
                  : best.before && !o.before);
      if (better) {
        best = o;
        bestOwn = own;
        bestSide = side;
        bestLead = lead;
      }
    }
    if (!best) continue;
    // A year within ten of the event's own is a year, a figure word after it or not ("den 2020 getöteten General").
    if (t.yearLike && best.dispute.year !== undefined && Math.abs(t.value - best.dispute.year) <= 10) continue;
    // "One" takes only a figure word after it in its own clause: "[one] person is still listed as missing".
    if (one && (best.before || best.crossed)) continue;
    // Right after an earlier year, a number is about that year ("in 1999 (294 deaths)" on a page about a 2024 attack).
    if (best.dispute.year !== undefined && followsEarlierYear(toks, k, best.dispute.year)) continue;
    // After an earlier year that says when, it is about that time ("In the 2015 Paris attacks, 130 people were killed").
    if (best.dispute.year !== undefined && inEarlierYear(toks, k, sentenceFrom, best.dispute.year, named, ctx, best.dispute.subject)) continue;
    const subject = best.dispute.subject;
    if (bestOwn >= NOT_IN_SENTENCE && namesIncident(toks, k)) continue;
    // A block that names neither the subject nor a place of it is about another kind of incident when it names one (a
    // sidebar item), and about another event when the block that leads it names one and nothing of the subject's. (The
    // people and bodies related to the subject do not say which event a block is about: the FSB and Patrushev stand in
    // the story of the Dubrovka siege too.)
    if (!ctx.anchors.some((a) => a.entity === subject || (ctx.isPlace(a.entity) && speaksFor(ctx, subject, a.entity)))) {
      if ((blockIncident ??= namesIncident(toks, -1))) continue;
      if (!ctx.lead.some((en) => speaksFor(ctx, subject, en)) && ctx.lead.some((en) => competes(ctx, subject, en))) continue;
    }
    if (!best.before && countsMembers(ctx, subject, t.end, (toks[best.at] as Token).start)) continue;
    const decider = decidingAnchor(ctx, subject, t.start, sentenceFrom, sentenceTo);
    if (decider && competes(ctx, subject, decider.entity)) continue;
    out.push({ dispute: best.dispute.id, start: t.start, end: t.end, value: one ? 1 : t.value });
    previous = best.dispute;
  }
}
