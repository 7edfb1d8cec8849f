/**
 * A bounded rule for Russian inflection: the last word of a Cyrillic alias may
 * take a case ending of up to 3 letters (Патрушев → Патрушевым), and an alias
 * ending in -а/-я/-й/-ь may lose that letter before the ending (Москва →
 * Москве). Endings are listed in folded form (й → и, ё → е).
 */
import { foldString, isWordUnit } from '../text/index.ts';

const ENDINGS_RAW = [
  'а', 'у', 'ом', 'ым', 'им', 'ем', 'ём', 'е', 'ы', 'ой', 'ою', 'ей', 'ею', 'ов', 'ев', 'ам', 'ям', 'ами', 'ями',
  'ах', 'ях', 'и', 'я', 'ю', 'ого', 'его', 'ому', 'ему', 'ой', 'ий', 'ия', 'ию', 'ии', 'ь', 'ью',
];

export const CASE_ENDINGS: ReadonlySet<string> = new Set(ENDINGS_RAW.map((e) => foldString(e)));
export const MAX_ENDING = 3;

/** Folded final letters that may be replaced by an ending (а, я, й → и, ь). */
export const REPLACEABLE_FINALS: ReadonlySet<number> = new Set(['а', 'я', 'и', 'ь'].map((c) => c.charCodeAt(0)));

/**
 * The folded key without its final letter, when a case ending may replace
 * that letter (москва → москв, for Москве): a final а, я, и (й) or ь after
 * another letter of the same word, in a key of three units or more; else
 * null. The detector's keys (packed.ts) and the gate's anchors (gate-pack.ts)
 * both follow this rule.
 */
export function replaceableStem(key: string): string | null {
  const n = key.length;
  return n >= 3 && REPLACEABLE_FINALS.has(key.charCodeAt(n - 1)) && isWordUnit(key.charCodeAt(n - 2)) ? key.slice(0, -1) : null;
}

export function isCyrillicUnit(u: number): boolean {
  return u >= 0x0400 && u <= 0x052f;
}
