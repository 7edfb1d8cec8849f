/**
 * A bounded rule for Russian inflection: the last word of a Cyrillic alias may
 * take a case ending of up to 3 letters (Патрушев → Патрушевым), and an alias
 * ending in -а/-я/-й/-ь may lose that letter before the ending (Москва →
 * Москве). Endings are listed in folded form (й → и, ё → е). The other
 * words of an alias are declined by the compiler (utils/kb/russian-cases.ts),
 * whose forms the gate takes by their stems (`formStem`).
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

/** Folded endings of the case forms the compiler makes (utils/kb/russian-cases.ts), longest first. */
const FORM_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ием', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ои', 'еи', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ыи', 'ии', 'ия', 'ию', 'ью', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о'].map((e) => foldString(e));

/**
 * A folded Cyrillic word of a case form without its case ending (исламского
 * → исламск), keeping three units or more: the gate takes the word as that
 * stem plus an ending of up to three units, so all the forms of an alias
 * share one anchor. Other words are returned as they are.
 */
export function formStem(word: string): string {
  if (!isCyrillicUnit(word.charCodeAt(word.length - 1))) return word;
  for (const ending of FORM_ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  return word;
}
