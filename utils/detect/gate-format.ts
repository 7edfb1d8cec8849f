/**
 * The packed form of the page gate (gate-pack.ts makes it at build time,
 * gate.ts reads it for every page), apart so that the extension does not
 * bundle the packing code.
 *
 * The gate decides, in about one native pass over a page's text, whether the
 * page may mention anything the knowledge base knows, and where. Each alias
 * has one or a few *anchors*: words of it that every match of the alias
 * contains as whole words (its last word may take a Russian case ending). An
 * alias is *possible* on a page that holds all its anchors. A page is looked
 * at closely only when an alias that counts on its own (not weak) is
 * possible there, and then only around the anchors of the possible aliases.
 */
export const GATE_FORMAT = 'gloss-gate/3';

/**
 * Plain arrays of numbers: the build emits the gate as JSON that the content
 * script parses natively, so a page spends no loop of its own on decoding
 * (a decoding loop over a few thousand characters costs milliseconds in a
 * page's first, unoptimised run).
 */
export interface PackedGate {
  format: typeof GATE_FORMAT;
  /**
   * Regular expressions whose matches, together, fall inside every word that
   * could be an anchor: a capital letter followed by a possible second letter
   * of a capitalised anchor; the first units of an anchor written in lower
   * case or in a script without case. One pattern per kind and per script
   * the matches start in (ASCII and Latin-1; the rest of Latin; Greek and
   * Cyrillic; others), so that a page runs only the patterns of the scripts
   * it holds (and the engine skips ahead fast: a pattern whose first units
   * come from several scripts tries nearly every unit of a page held in two
   * bytes per unit).
   */
  patterns: GatePattern[];
  /** More patterns of the same kinds, for anchors of weak aliases only: run only where the others open the page. */
  later: GatePattern[];
  /**
   * The anchors, sorted by their fingerprints (`a`, then `b`): per anchor,
   * the fingerprints (22 bits, never 0) of its word's two hashes and its
   * ANCHOR_* flags. An anchor's index is its place here.
   */
  a: number[];
  b: number[];
  flags: number[];
  /** Per alias (aliases that need the same once): count * 2 + 1 when it counts on its own (else + 0), then the indexes of its anchors. */
  needs: number[];
  /**
   * Per anchor: where the needs it triggers start in `needs`. Each need is
   * listed under one of its anchors, the one the fewest needs have: a page
   * checks a need only when it holds that anchor (without it the need
   * cannot be complete).
   */
  byAnchor: number[][];
  /**
   * [where the need starts in `needs`, word indexes]: needs whose anchors are
   * all everyday words (or in lower case) also need these words of
   * `confirmWords` somewhere on the page.
   */
  confirm: [number, number[]][];
  /**
   * Words to confirm: folded, and, when it differs, a tab and the word as the
   * alias writes it, in lower case (gate.ts looks for them in any case; Latin
   * and Cyrillic letters with or without diacritics).
   */
  confirmWords: string[];
  /** [stem, word]: indexes of an inflecting anchor's stem and of the anchor (finding the stem finds the anchor). */
  stems: [number, number][];
  /** The case-kept forms of the case-sensitive anchors: [anchor index, form]. */
  caseForms: [number, string][];
}

export interface GatePattern {
  /** The regular expression (run with flag `g`). */
  source: string;
  /**
   * Its matches start with a capital and end inside the same word (so the
   * word is found from where a match ends, and no match object is needed);
   * else they spell out units, which may go across node boundaries.
   */
  capitals: boolean;
  /**
   * A one-class pattern, the same for all the patterns of a script: they are
   * run only on pages where it matches (they hold a unit their matches can
   * start with); null: on every page.
   */
  script: string | null;
}

/*
 * An anchor is a word and the way aliases take it (one word taken two ways is
 * two anchors, with the same hashes). Its flags:
 */
/** In any case. */
export const ANCHOR_ANY_CASE = 1;
/** Only as one of its case-kept forms (`caseForms`), for case-sensitive aliases. */
export const ANCHOR_CASE_SENSITIVE = 2;
/** As it is or plus a Russian case ending of 1-3 units (the last word of a Cyrillic alias). */
export const ANCHOR_INFLECTS = 4;
/** With or without a capital (aliases that write it in lower case, or in a script without case). */
export const ANCHOR_ANY_INITIAL = 8;

/**
 * The second word hash: as the scanner's (word-hash.ts), with another seed
 * and multiplier, so that a page word and an anchor agree on both hashes
 * (44 bits) only when they are the same word, in practice.
 */
export const HASH_B_SEED = 0x2a5b3d;
export const HASH_B_MULT = 211;

export interface AnchorEntry {
  /** Fingerprints (22 bits, never 0) of the two hashes. */
  a: number;
  b: number;
  flags: number;
}

/** Sorts entries as the packed gate lists them (an entry's index in `needs` is its place in this order). */
export function sortAnchors<T extends AnchorEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Code unit `u` escaped for a regular expression (\uXXXX). */
export function regexEscape(u: number): string {
  return `\\u${u.toString(16).padStart(4, '0')}`;
}

/** A unit as a regular expression writes it: letters and digits as they are, anything else escaped. */
export function regexUnit(ch: string): string {
  return /[\p{L}\p{N}]/u.test(ch) ? ch : regexEscape(ch.charCodeAt(0));
}
