/**
 * Per-code-unit folding table.
 *
 * Every UTF-16 code unit gets one 32-bit entry, computed on first use and
 * cached, so the hot loops do `charCodeAt` plus one typed-array read:
 *
 *   bits 0..15  the folded code unit (when the unit folds to exactly one unit)
 *   WORD        the unit is a letter or digit (\p{L}\p{N}): part of a word
 *   SKIP        the unit vanishes when folded and is transparent to word
 *               boundaries (combining marks, soft hyphen, zero-width chars)
 *   SPECIAL     the unit folds to zero or several units: see `specialFold`
 *   HIGH_SURROGATE  first half of a pair: fold and class depend on the pair
 *   KNOWN       always set, so that 0 means "not computed yet"
 *   FOLD_WORD   the unit folds to exactly one unit and that unit is a word
 *               unit (word runs of folded text: fuzzy matching, figures)
 *
 * Folding = Unicode compatibility decomposition (NFKD), combining marks
 * stripped, full case folding (upper then lower, so ß → ss), and all dashes,
 * apostrophes/quotes and spaces unified. Cyrillic ё → е and й → и follow
 * from stripping marks; aliases are folded by the same function.
 */
export const WORD = 1 << 16;
export const SKIP = 1 << 17;
export const SPECIAL = 1 << 18;
export const HIGH_SURROGATE = 1 << 19;
export const KNOWN = 1 << 20;
export const FOLD_WORD = 1 << 21;
export const UNIT_MASK = 0xffff;

/** The cached entries; 0 = not computed yet (use `unitInfo` for a sure value). */
export const UNIT_TABLE = new Uint32Array(65536);
const SPECIAL_FOLDS = new Map<number, string>();

const DASHES = new Set([
  0x2d, 0x58a, 0x5be, 0x1400, 0x1806, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x2e17,
  0x2e1a, 0x2e3a, 0x2e3b, 0x2e40, 0x301c, 0x3030, 0x30a0, 0xfe31, 0xfe32, 0xfe58, 0xfe63, 0xff0d,
]);
const APOSTROPHES = new Set([
  0x27, 0x60, 0xb4, 0x2b9, 0x2bb, 0x2bc, 0x2bd, 0x2be, 0x2bf, 0x2c8, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035,
  0xff07, 0xff40,
]);
const DOUBLE_QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x2039, 0x203a, 0x301d, 0x301e, 0xff02]);
/** Removed from folded text; transparent to word boundaries. */
const INVISIBLE = new Set([0xad, 0x34f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^[\s\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u;
const MARKS = /\p{M}/gu;

/** Punctuation and spaces that fold to one fixed unit, or -1. */
function punctuationFold(c: number): number {
  if (DASHES.has(c)) return 0x2d; // -
  if (APOSTROPHES.has(c)) return 0x27; // '
  if (DOUBLE_QUOTES.has(c)) return 0x22; // "
  if (c < 0x21 || (c >= 0x7f && c <= 0xa0)) return 0x20;
  return -1;
}

/** Folds one code point (given as a string) to its folded form. */
export function foldCodePoint(s: string, keepCase = false): string {
  const c = s.codePointAt(0) ?? 0;
  // (ASCII letters and digits first: no lookups, no normalisation.)
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return s;
  if (c >= 0x41 && c <= 0x5a) return keepCase ? s : String.fromCharCode(c + 0x20);
  if (s.length === 1) {
    const p = punctuationFold(c);
    if (p >= 0) return String.fromCharCode(p);
    if (INVISIBLE.has(c)) return '';
    if (SPACE.test(s)) return ' ';
  }
  let t = s.normalize('NFKD').replace(MARKS, '');
  if (!keepCase) t = t.toUpperCase().toLowerCase();
  if (t.length === 1 && t === s) return t;
  // Decomposition may yield punctuation or spaces that need unifying too.
  let out = '';
  for (const ch of t) {
    const u = ch.codePointAt(0) ?? 0;
    const p = ch.length === 1 ? punctuationFold(u) : -1;
    out += p >= 0 ? String.fromCharCode(p) : SPACE.test(ch) ? ' ' : ch;
  }
  return out;
}

/** True for invisible format characters (soft hyphen, zero-width space/joiners). */
export function isInvisible(c: number): boolean {
  return INVISIBLE.has(c);
}

function isWordChar(s: string): boolean {
  return LETTER_OR_DIGIT.test(s);
}

function isTransparent(s: string, c: number): boolean {
  return INVISIBLE.has(c) || MARK.test(s);
}

/**
 * The entries of U+00A0-U+017F (Latin-1 and Latin Extended-A: the letters of
 * French, German, Spanish, Italian, Polish, Czech, Turkish... and the signs
 * around them), the general rules' results written out: a letter folds to
 * the unit given; U+0001 is a sign that stays as it is, U+0002 the soft
 * hyphen (dropped, inside words); NUL leaves the unit to the general rules.
 */
const LATIN = '\u0000\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0000\u0001a\u0000\u0001\u0002\u0001\u0000\u0001\u000123\u0000μ\u0001\u0001\u00001o\u0000\u0000\u0000\u0000\u0001aaaaaaæceeeeiiiiðnooooo\u0001øuuuuyþ\u0000aaaaaaæceeeeiiiiðnooooo\u0001øuuuuyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiii\u0000\u0000jjkkĸllllll\u0000\u0000łłnnnnnn\u0000ŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzs';

/**
 * Entries computed without Unicode property lookups or normalisation, for the
 * units nearly every page has: ASCII, Latin-1 and Latin Extended-A, the
 * basic Cyrillic alphabet and the punctuation that folds to one fixed unit.
 * Each cold page meets ~100 distinct units, and the general path costs ~10
 * µs per unit before the engine is warm (and a millisecond or more for the
 * first). tests/detect/fold.test.ts checks them against `slowUnit`.
 */
function quickUnit(c: number): number {
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return KNOWN | WORD | FOLD_WORD | c; // a-z
    if (c >= 0x41 && c <= 0x5a) return KNOWN | WORD | FOLD_WORD | (c + 0x20); // A-Z
    if (c >= 0x30 && c <= 0x39) return KNOWN | WORD | FOLD_WORD | c; // 0-9
    if (c < 0x21 || c === 0x7f) return KNOWN | 0x20;
    if (c === 0x60) return KNOWN | 0x27; // ` is an apostrophe
    return KNOWN | c;
  }
  if (c >= 0x410 && c <= 0x44f) {
    // А-Я, а-я; Й and й fold to и (the breve is a combining mark).
    if (c === 0x419 || c === 0x439) return KNOWN | WORD | FOLD_WORD | 0x438;
    return KNOWN | WORD | FOLD_WORD | (c < 0x430 ? c + 0x20 : c);
  }
  if (c === 0x401 || c === 0x451) return KNOWN | WORD | FOLD_WORD | 0x435; // Ё, ё → е
  if (c >= 0xa0 && c <= 0x17f) {
    const f = LATIN.charCodeAt(c - 0xa0);
    if (f === 1) return KNOWN | c;
    if (f === 2) return KNOWN | SKIP;
    if (f !== 0) return KNOWN | WORD | FOLD_WORD | f;
  }
  const p = punctuationFold(c);
  // Punctuation and spaces are never letters, marks or invisible.
  return p >= 0 ? KNOWN | p : 0;
}

/** The entry for `c` by the general rules (not cached). */
export function slowUnit(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return KNOWN | HIGH_SURROGATE;
  if (c >= 0xdc00 && c <= 0xdfff) return KNOWN | c; // a lone low surrogate: kept, not part of words
  const s = String.fromCharCode(c);
  const f = foldCodePoint(s);
  let e = KNOWN;
  // Apostrophe-like modifier letters (ʼ ʻ) are letters in Unicode but act as apostrophes.
  if (punctuationFold(c) < 0 && isWordChar(s)) e |= WORD;
  else if (isTransparent(s, c)) e |= SKIP;
  if (f.length === 1) {
    const u = f.charCodeAt(0);
    e |= u;
    if ((e & SKIP) === 0 && (u === c ? (e & WORD) !== 0 : (unitInfo(u) & WORD) !== 0)) e |= FOLD_WORD;
  } else if (f.length > 1 || !(e & SKIP)) {
    e |= SPECIAL;
    SPECIAL_FOLDS.set(c, f);
  }
  return e;
}

/** Computes, caches and returns the entry for code unit `c`. */
export function computeUnit(c: number): number {
  let e = quickUnit(c);
  if (e === 0) e = slowUnit(c);
  UNIT_TABLE[c] = e;
  return e;
}

/** The entry for code unit `c` (computed on first use). */
export function unitInfo(c: number): number {
  const e = UNIT_TABLE[c] as number;
  return e !== 0 ? e : computeUnit(c);
}

/** The folded form of a SPECIAL unit. */
export function specialFold(c: number): string {
  return SPECIAL_FOLDS.get(c) ?? '';
}

interface PairInfo {
  word: boolean;
  fold: string;
}
const PAIRS = new Map<number, PairInfo>();

/** Fold and class of the supplementary code point `cp` (a surrogate pair). */
export function pairInfo(cp: number): PairInfo {
  let info = PAIRS.get(cp);
  if (!info) {
    const s = String.fromCodePoint(cp);
    info = { word: isWordChar(s), fold: foldCodePoint(s) };
    PAIRS.set(cp, info);
  }
  return info;
}

/** The code point of the surrogate pair that starts at `i` in `text`, or -1 when none does. */
function pairAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : -1;
}

/**
 * The folded units of the unit `c` at `i` in `text` whose entry `e` is
 * SPECIAL or HIGH_SURROGATE: a surrogate pair's fold, a lone high surrogate
 * as it is, else `specialFold(c)`. `specialWidth` says how many code units
 * it takes (2 for a pair), `specialIsWord` whether it belongs to a word.
 */
export function specialUnits(text: string, i: number, c: number, e: number): string {
  if ((e & HIGH_SURROGATE) === 0) return specialFold(c);
  const cp = pairAt(text, i);
  return cp < 0 ? String.fromCharCode(c) : pairInfo(cp).fold;
}

export function specialWidth(text: string, i: number, e: number): number {
  return (e & HIGH_SURROGATE) !== 0 && pairAt(text, i) >= 0 ? 2 : 1;
}

export function specialIsWord(text: string, i: number, e: number): boolean {
  if ((e & HIGH_SURROGATE) === 0) return (e & WORD) !== 0;
  const cp = pairAt(text, i);
  return cp >= 0 && pairInfo(cp).word;
}

/** True when the folded code unit `u` is a letter or digit. */
export function isWordUnit(u: number): boolean {
  return (unitInfo(u) & WORD) !== 0;
}
