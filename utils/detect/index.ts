/**
 * Gloss detection engine: finds mentions of knowledge-base entities and
 * disputed figures in page text.
 *
 * How matching works, and why it is cheap on pages that mention nothing:
 *
 * - Everything is compared in *folded* space (utils/text): case, compatibility
 *   forms and diacritics folded; dashes, apostrophes and spaces unified. A
 *   per-code-unit table caches each unit's fold and word class, so reading a
 *   character is `charCodeAt` plus one typed-array read. Offsets are always
 *   reported in the original string (folding keeps an offset map).
 * - `addBlock` reads the block once. Inside each word it updates a hash of the
 *   folded word (one multiply per unit); at each word end it tests one bit of
 *   a filter holding the first words of all aliases (for Cyrillic words also
 *   the 1-3 units shorter prefixes, for case endings). That per-character
 *   work does not depend on the alias count; the filter grows with the alias
 *   count to keep false hits near 1/16 of words.
 * - Only on a filter hit is a small window folded and the alias trie walked
 *   (a sorted array of folded keys narrowed per character by binary search).
 *   The longest key ending at a word boundary wins; Cyrillic aliases may take
 *   a case ending (Патрушева, Крокусе); elided articles (dell'Isis, l'EI) and
 *   possessives (Patrushev's) fall out of the word-boundary rule because the
 *   apostrophe is not a word character. Case-sensitive aliases ("IS", "EI")
 *   are compared with the original text.
 * - `finish` (a generator, so the caller can pause) drops matches ruled out by
 *   exclude contexts, keeps weak aliases only when the same or a related
 *   entity has a strong mention on the page, and — only on pages with a
 *   strong mention — looks for misspellings (Fuse.js behind a bucket
 *   prefilter, fuzzy.ts) and disputed figures (figures.ts).
 */
export { createDetector, scanPage } from './detector.ts';
export type { Detector, Figure, Mention, PageResult, PageScan } from './types.ts';
