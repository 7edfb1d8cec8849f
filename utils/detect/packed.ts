/**
 * The detector's own compact form of the matcher data, made once at build
 * time (the Vite plugin emits it as `virtual:gloss-kb/detector`), so that a
 * page does no folding, sorting or record building before it can scan:
 *
 * - `keys`: the folded, trimmed alias keys in sorted order (the trie as is),
 *   including the stems of Cyrillic aliases that may replace their final
 *   letter (Москва → москв, for Москве);
 * - `keyFlags`: one character per key saying whether it has a record that is
 *   no stem and whether one inflects (what the first-word tables need);
 * - `pairs`: the fingerprints of the keys' first two words, which the scanner
 *   looks up before it walks the trie from a word followed by another;
 * - `recs`: each key's records (entity index and flags) as plain numbers, with the
 *   case-kept forms of case-sensitive aliases in `caseForms`, and where the
 *   records of every 64th key start (`recMarks`);
 * - entities as indexes, exclude phrases, figure phrases and the figure word
 *   lists (figure-lexicon.ts) already folded;
 * - the misspelling targets as plain arrays (`targets`), per entity the
 *   indexes of its own (`entityTargets`), and with `signatures` their
 *   signature pieces: a page makes the matcher of its subjects from these
 *   without going through the keys or decoding anything.
 *
 * `createDetector` also takes plain `MatcherData` (tools, tests, benchmarks)
 * and packs it on the spot with `packMatcher`, the same function.
 */
import type { MatcherData } from '../kb/matcher-data.ts';
import { foldKeepCase, foldString, isWordUnit } from '../text/index.ts';
import { AliasIndex, PAIR_UNITS } from './alias-index.ts';
import {
  FIRST_ALONE,
  FIRST_STARTS,
  KEY_HAS_WHOLE,
  KEY_INFLECTS,
  PACKED_FORMAT,
  type PackedDetector,
  REC_CASE_SENSITIVE,
  REC_MISSPELLING,
  REC_CASE_FORM,
  REC_ENTITY,
  REC_MARK_STEP,
  REC_STEM,
  REC_WEAK,
  REC_WORD_LIKE,
} from './packed-format.ts';
import { hyphensAsSpaces } from './exclude-contexts.ts';
import { packLexicon } from './figure-lexicon.ts';
import { compileFigureDisputes } from './figures.ts';
import { maxErrors, targets } from './fuzzy.ts';
import { signaturePieces } from './signatures.ts';
import { HASH_SEED, packFingerprints, fingerprint, hashUnits } from './word-hash.ts';
import { isCyrillicUnit, replaceableStem } from './russian-endings.ts';

/**
 * The pair hash of a key of several words (raw, as the scanner makes it): its
 * first word (`w1` units), the separator and up to PAIR_UNITS units of its
 * second word.
 */
function keyPairHash(key: string, w1: number): number {
  let end = w1;
  while (end < key.length && !isWordUnit(key.charCodeAt(end))) end++;
  for (let i = 0; i < PAIR_UNITS && end < key.length && isWordUnit(key.charCodeAt(end)); i++) end++;
  return hashUnits(key, HASH_SEED, 0, end);
}

const CLOSERS: Record<number, number> = { 0x22: 0x22, 0x27: 0x27, 0x29: 0x28, 0x5d: 0x5b };

/** An abbreviation's dots: letters, then a dot after each group ("u.s.", "ee.uu.", "ee. uu.", "u.s.a."). */
const ABBREVIATION = /^(?:[^\s.]{1,3}\. ?){1,}[^\s.]{1,3}\.$/u;
/** Initials after a name, as Russian documents write it: "mirzoev d.b." keeps its last dot. */
const INITIALS = /\s(?:[^\s.]{1,3}\.){2,}$/u;

/**
 * Trims a folded alias to start at a word; trailing punctuation goes too,
 * unless it closes a quote or bracket opened inside the alias
 * ('теракт в "крокусе"' keeps its closing quote, '"крокус"' loses both) or
 * is the last dot of an abbreviation ("u.s.", "ee.uu.") or of initials
 * after a name ("mirzoev d.b.").
 */
export function trimKey(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !isWordUnit(s.charCodeAt(a))) a++;
  if (ABBREVIATION.test(s.slice(a)) || INITIALS.test(s)) return a === 0 ? s : s.slice(a);
  while (b > a) {
    const c = s.charCodeAt(b - 1);
    if (isWordUnit(c)) break;
    const open = CLOSERS[c];
    if (open !== undefined) {
      let count = 0;
      for (let i = a; i < b - 1; i++) if (s.charCodeAt(i) === open) count++;
      if (open === c ? count % 2 === 1 : count > 0) break;
    }
    b--;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export { PACKED_FORMAT, type PackedDetector } from './packed-format.ts';

export function isPacked(data: MatcherData | PackedDetector): data is PackedDetector {
  return (data as PackedDetector).format === PACKED_FORMAT;
}

interface Rec {
  code: number;
  caseForm: string;
}

/**
 * Compiles matcher data into the packed form: at build time with
 * `signatures` (the misspelling search's signature pieces, which take a
 * little search to choose), or on the spot for tools and tests.
 */
export function packMatcher(data: MatcherData, options: { signatures?: boolean } = {}): PackedDetector {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const idx = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      indexOf.set(id, i);
    }
    return i;
  };
  for (const e of data.entities) idx(e.id);

  const byKey = new Map<string, Rec[]>();
  const add = (key: string, rec: Rec): void => {
    const list = byKey.get(key);
    if (list) list.push(rec);
    else byKey.set(key, [rec]);
  };
  for (const a of data.aliases) {
    const key = trimKey(foldString(a.text));
    if (key.length === 0) continue;
    const caseForm = a.caseSensitive ? trimKey(foldKeepCase(a.text)) : '';
    const flags =
      (a.weak ? REC_WEAK : 0) |
      (a.misspelling ? REC_MISSPELLING : 0) |
      (a.caseSensitive ? REC_CASE_SENSITIVE : 0) |
      (a.caseForm ? REC_CASE_FORM : 0) |
      (a.wordLike ? REC_WORD_LIKE : 0);
    const entity = idx(a.entity) * REC_ENTITY;
    add(key, { code: entity | flags, caseForm });
    const stem = replaceableStem(key);
    if (stem !== null) add(stem, { code: entity | flags | REC_STEM, caseForm: caseForm.slice(0, -1) });
  }
  const keys = [...byKey.keys()].sort();
  let nonWord = '';
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) {
      const u = k.charCodeAt(i);
      if (u >= 0x80 ? !isWordUnit(u) && !nonWord.includes(k.charAt(i)) : isWordUnit(u) !== ((u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39))) {
        if (u < 0x80) throw new Error(`unexpected unit in folded key "${k}"`);
        nonWord += k.charAt(i);
      }
    }
  }
  let keyFlags = '';
  const recs: number[] = [];
  const recMarks: number[] = [];
  const caseForms: string[] = [];
  const firstWords = new Map<number, number>();
  const pairs = new Map<number, number>();
  let mayInflect = false;
  for (const k of keys) {
    const list = byKey.get(k) ?? [];
    const inflects = isCyrillicUnit(k.charCodeAt(k.length - 1));
    let w1 = 0;
    while (w1 < k.length && isWordUnit(k.charCodeAt(w1))) w1++;
    let f = 0;
    if (keyFlags.length % REC_MARK_STEP === 0) recMarks.push(recs.length, caseForms.length);
    recs.push(list.length);
    for (const r of list) {
      recs.push(r.code);
      if ((r.code & REC_CASE_SENSITIVE) !== 0) caseForms.push(r.caseForm);
      if ((r.code & REC_STEM) === 0) f |= KEY_HAS_WHOLE;
      if ((r.code & REC_STEM) !== 0 || inflects) f |= KEY_INFLECTS;
    }
    keyFlags += String.fromCharCode(0x30 + f);
    if (w1 === k.length && (f & KEY_INFLECTS) !== 0) mayInflect = true;
    const first = fingerprint(hashUnits(k, HASH_SEED, 0, w1));
    const which = w1 < k.length ? FIRST_STARTS : (f & KEY_HAS_WHOLE) !== 0 ? FIRST_ALONE : 0;
    if (which !== 0) firstWords.set(first, (firstWords.get(first) ?? 0) | which);
    if (w1 < k.length) pairs.set(fingerprint(keyPairHash(k, w1)), 1);
  }

  const related: number[][] = [];
  const excludes: [number, string[]][] = [];
  for (const e of data.entities) {
    const i = idx(e.id);
    const rel = e.related.map(idx);
    while (related.length <= i) related.push([]);
    related[i] = rel;
    const phrases = e.excludeContexts.map((p) => hyphensAsSpaces(foldString(p)).trim()).filter((p) => p.length > 0);
    if (phrases.length > 0) excludes.push([i, phrases]);
  }
  while (related.length > 0 && (related[related.length - 1] as number[]).length === 0) related.pop();

  const disputes = compileFigureDisputes(data.disputes).map((d) => ({ ...d, subject: idx(d.subject) }));
  const typed = (type: string): number[] => data.entities.filter((e) => e.type === type).map((e) => idx(e.id));
  /** Entities with an alias that counts alone. */
  const named = new Set(data.aliases.filter((a) => !a.weak && !a.misspelling).map((a) => a.entity));

  const packed: PackedDetector = {
    format: PACKED_FORMAT,
    revision: data.revision,
    ids,
    events: typed('event'),
    places: typed('place'),
    landmarks: data.entities.filter((e) => e.type === 'place' && named.has(e.id)).map((e) => idx(e.id)),
    related,
    excludes,
    keys,
    nonWord,
    keyFlags,
    firstWords: packFingerprints(firstWords),
    pairs: packFingerprints(pairs),
    mayInflect,
    recs,
    recMarks,
    caseForms,
    lexicon: packLexicon(),
    disputes,
    targets: { norms: [], words: [], entities: [] },
    entityTargets: [],
  };
  // The misspelling targets (and their signatures), and each entity's: a page takes those of its subjects only.
  const signatures: number[][] = [];
  const { norms, words, entities } = packed.targets;
  for (const t of targets(new AliasIndex(packed))) {
    const e = t.entityIndex;
    while (packed.entityTargets.length <= e) packed.entityTargets.push([]);
    (packed.entityTargets[e] as number[]).push(norms.length);
    norms.push(t.norm);
    words.push(t.words);
    entities.push(e);
    if (options.signatures) signatures.push(signaturePieces(t.norm, maxErrors(t.norm) + 1));
  }
  if (options.signatures) packed.signatures = signatures;
  return packed;
}
