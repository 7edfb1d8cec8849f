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
 * - `addBlock` reads the block once (block-scan.ts). Inside each word it
 *   updates a hash of the folded word (one multiply per unit); at each word
 *   end it looks the hash up among the first words of all aliases: one bit of
 *   a cache-sized filter, then an exact table of 32-bit hashes. A first word
 *   that only starts longer aliases ("crocus" of "crocus city hall") is
 *   confirmed as reading goes on, by hashing the separator and the first units
 *   of the next word into a second table of word pairs. Cyrillic words also
 *   try their 1-3 units shorter prefixes against the inflectable aliases
 *   (Патрушева → патрушев). None of this grows with the alias count: 150 or
 *   100,000 aliases cost the same per character, and the text is read once.
 * - Only where those lookups hit does `matchAt` fold the following text lazily
 *   and walk the alias trie (a sorted array of folded keys narrowed per unit by
 *   binary search), reading only as far as some alias still matches. The
 *   longest key ending at a word boundary wins; Cyrillic aliases may take a
 *   case ending (Патрушева, Крокусе) or replace a final -а/-я/-й/-ь; elided
 *   articles (dell'Isis, l'EI) and possessives (Patrushev's) fall out of the
 *   word-boundary rule because the apostrophe is not a word character.
 *   Case-sensitive aliases ("IS", "EI") are compared with the original text.
 * - `finish` (a generator, so the caller can pause) drops matches ruled out by
 *   exclude contexts, keeps weak aliases only when the same or a related
 *   entity has a strong mention on the page, and — only on pages with a
 *   strong mention — looks for misspellings (bounded edit distance behind a
 *   bucket and bigram prefilter, fuzzy.ts) and disputed figures (figures.ts).
 *
 * Modules: utils/text (char-table, fold), word-hash, alias-index, alias-trie,
 * fold-cursor, match-at, block-scan, russian-endings, exclude-contexts,
 * fuzzy, edit-distance, figures, figure-lexicon, page-scan, detector.
 */
export { createDetector, loadDetector, scanPage } from './detector.ts';
export { packMatcher, type PackedDetector } from './packed.ts';
export type { Detector, Figure, Mention, PageResult, PageScan } from './types.ts';
