/**
 * The forms of aliases that the compiler adds to the matcher, so that
 * maintainers write an alias once, as the KB names it: the Russian cases
 * (russian-cases.ts), German adjective endings and the genitive of German
 * names of persons and places (german-cases.ts). The
 * detector matches the rest of the morphology on its own (the last word of a
 * Cyrillic alias may take a case ending; possessives and elision in the
 * other languages).
 */
import { foldText } from './fold.ts';
import { germanCaseForms, germanNameGenitive } from './german-cases.ts';
import type { MatcherAlias } from './matcher-data.ts';
import { russianCaseForms } from './russian-cases.ts';

/** Per language: the other forms of an alias of a subject (a person, a place, or neither). */
const MAKERS: Record<string, (text: string, person: boolean, place: boolean) => string[]> = {
  ru: russianCaseForms,
  de: (text, person, place) => [...germanCaseForms(text), ...(person || place ? germanNameGenitive(text) : [])],
};

/**
 * The matcher's aliases with their case forms added (`caseForm: true`,
 * otherwise as the alias they come from). An alias that is itself a form of
 * another alias of its subject («Совета безопасности» beside «Совет
 * безопасности») gives none; a form that some alias already is, of any
 * subject, is not added.
 */
export function withCaseForms(
  aliases: readonly MatcherAlias[],
  isPerson: (entity: string) => boolean,
  isPlace: (entity: string) => boolean = () => false,
): MatcherAlias[] {
  const taken = new Set(aliases.map((a) => foldText(a.text)));
  const groups = new Map<string, MatcherAlias[]>();
  for (const a of aliases) {
    if (!MAKERS[a.lang] || a.caseSensitive || a.misspelling) continue;
    const key = `${a.entity}\u0000${a.lang}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const out = [...aliases];
  for (const list of groups.values()) {
    const first = list[0] as MatcherAlias;
    const make = MAKERS[first.lang] as (text: string, person: boolean, place: boolean) => string[];
    const forms = list.map((a) => make(a.text, isPerson(a.entity), isPlace(a.entity)));
    const oblique = new Set(forms.flat().map(foldText));
    list.forEach((a, i) => {
      if (oblique.has(foldText(a.text))) return;
      for (const text of forms[i] as string[]) {
        const key = foldText(text);
        if (taken.has(key)) continue;
        taken.add(key);
        out.push({ ...a, text, caseForm: true });
      }
    });
  }
  return out;
}
