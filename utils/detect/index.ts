/**
 * Gloss detection engine: finds mentions of knowledge-base entities and
 * disputed figures in page text.
 *
 * First, on every page, the gate (gate.ts, packed at build time by
 * gate-pack.ts): regular expressions over the page's text find the words that
 * may be anchors of aliases, two word hashes check each, and a page is read
 * on only where an alias that counts on its own is possible, and then only
 * around the anchors found (utils/page/scan-document.ts). Most pages stop
 * there. What follows is the scan of the blocks the gate lets through. The
 * extension runs both in its background, asked by message (engine.ts): a
 * page's own thread only reads its text and segments the blocks.
 *
 * How matching works:
 *
 * - Nothing is built per page from the whole KB. The KB is compiled at build
 *   time into a packed form (packed.ts, emitted by the Vite plugin as
 *   `virtual:gloss-kb/detector`), plain JSON arrays a page parses natively
 *   and decodes nothing of: folded, sorted alias keys (the trie as is), their
 *   records as numbers, the keys' first words as 22-bit fingerprints, the
 *   figure word lists already folded, and the misspelling targets with their
 *   signature pieces, listed per entity. `loadDetector` builds the
 *   first-word filter (one loop over its fingerprints) and makes everything
 *   else on first use; what is made per page is the misspelling matcher of
 *   the page's subjects (below). `createDetector` also takes plain matcher
 *   data (tools, tests) and packs it first (the signature pieces are then
 *   worked out per target, on the first page that needs them).
 * - Everything is compared in *folded* space (utils/text): case, compatibility
 *   forms and diacritics folded; dashes, apostrophes and spaces unified. A
 *   per-code-unit table caches each unit's fold and word class (ASCII,
 *   Latin-1 and Latin Extended-A, basic Cyrillic and punctuation without
 *   Unicode lookups), so reading a character is `charCodeAt` plus one
 *   typed-array read. Offsets are always reported in the original string
 *   (folding keeps an offset map).
 * - `addBlock` reads the block once (block-scan.ts): a small loop hashes each
 *   word (a 22-bit multiplicative hash that never leaves the engine's small
 *   integers, so even the first, unoptimized run allocates nothing) and, at
 *   its end, tests one bit of a cache-sized filter of first-word
 *   fingerprints. The ~1.5% of words that pass go through the full state
 *   machine: the exact fingerprint table, then, for a first word that only
 *   starts longer aliases ("crocus" of "crocus city hall"), the separator and
 *   the first units of the next word are hashed on and compared with the pair
 *   hashes of that word's keys (worked out the first time a page has the
 *   word). Cyrillic words also try their 1-3 units shorter prefixes against
 *   the inflectable aliases (Патрушева → патрушев). None of this grows with
 *   the alias count, and the text is read once. A block is scanned in steps
 *   of at most 20,000 units (the rest in `finish`).
 * - Only where those lookups hit does `matchAt` fold the following text lazily
 *   and walk the alias trie (a sorted array of folded keys narrowed per unit by
 *   binary search), reading only as far as some alias still matches. The
 *   longest key ending at a word boundary wins; Cyrillic aliases may take a
 *   case ending (Патрушева, Крокусе) or replace a final -а/-я/-й/-ь; elided
 *   articles (dell'Isis, l'EI) and possessives (Patrushev's) fall out of the
 *   word-boundary rule because the apostrophe is not a word character.
 *   Case-sensitive aliases ("IS", "EI") are compared with the original text.
 * - `finish` (a generator whose steps run a few milliseconds each) drops
 *   matches ruled out by exclude contexts, keeps weak aliases only when the
 *   same or a related entity has a strong mention on the page, and — only on
 *   pages with a strong mention, and only in the blocks near a mention (and,
 *   for figures, in the blocks with a digit of a short page given whole) —
 *   reads that text once more (page-pass.ts) for misspellings (a signature filter
 *   that loses nothing, then a bucket and bigram prefilter, then Fuse.js
 *   scoring the few runs left, fuzzy.ts) and for blocks that hold both a
 *   number and a possible figure word, the only ones searched for disputed
 *   figures (figures.ts). Misspellings are searched only of the page's subjects: the
 *   long aliases of the entities with a strong mention on the page and of the
 *   entities related to them (either way). Their matcher is made for the page
 *   from per-entity lists made at build time, so neither its making nor its
 *   lookups grow with the entities the page is not about; a misspelling of
 *   an entity that is neither strongly mentioned nor related to one is not
 *   reported.
 *
 * Modules: gate-format, gate-pack, gate; utils/text (char-table, fold), word-hash, packed-format, packed,
 * alias-index, alias-trie, fold-cursor, match-at, block-scan,
 * russian-endings, exclude-contexts, signatures, fuzzy,
 * page-pass, figures, figure-lexicon, page-scan,
 * detector.
 */
export { createDetector, loadDetector, scanPage } from './detector.ts';
export { Gate, GATE_NONE, GATE_OPEN, GATE_WEAK } from './gate.ts';
export { createGate, packGate } from './gate-pack.ts';
export { packMatcher, type PackedDetector } from './packed.ts';
export type { Detector, Figure, Mention, PageResult, PageScan } from './types.ts';
