export { foldWithMap, foldString, foldKeepCase, toOriginal, foldedIndexAt, type FoldedText } from './fold.ts';
export { isWordUnit, unitInfo, WORD, SKIP, SPECIAL, HIGH_SURROGATE, UNIT_MASK, UNIT_TABLE } from './char-table.ts';
