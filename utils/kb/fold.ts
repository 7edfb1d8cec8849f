/**
 * Folding for alias checks. It uses the detector's own folding (case,
 * diacritics, compatibility forms, dashes, apostrophes, spaces), so two aliases
 * count as the same exactly when the matcher could not tell them apart.
 */
import { foldString } from '../text/index.ts';

export function foldText(text: string): string {
  return foldString(text).trim();
}

/** Number of letters and digits, ignoring spaces and punctuation ("I.S." has 2). */
export function letterCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}
