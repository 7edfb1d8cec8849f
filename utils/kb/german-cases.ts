/**
 * German forms of an alias that starts with adjectives, made by the compiler
 * (case-forms.ts): «Islamischer Staat» is also found as «Islamische Staat»
 * (after «der»), «Islamischen Staat» and «Islamischen Staates», «Russische
 * Föderation» as «Russischen Föderation». The adjectives (-isch, -ig, -lich
 * and their endings) take each of the endings -e, -en, -er, -es, -em
 * together; the noun after them takes the genitive -s and -es after a strong
 * masculine or neuter ending (-er, -es), and -n after a plural -e. A form the
 * language never uses («Islamischem Staates») never occurs in text.
 */

const ADJECTIVE = /^(\p{L}+(?:isch|ig|lich))(er|e|es|en|em)$/u;
const ENDINGS = ['e', 'en', 'er', 'es', 'em'];

/**
 * The genitive of a name of a person or a place: «Putins Sprecher»,
 * «Russlands Präsident», «Moskaus Bürgermeister». Only a last word written as
 * a name (a capital, then small letters) that does not end in a sibilant.
 */
export function germanNameGenitive(text: string): string[] {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return /^\p{Lu}\p{Ll}+$/u.test(last) && !/[sßxz]$/u.test(last) ? [`${text}s`] : [];
}

/** The alias's other forms (none equal to it); empty unless its first or second word starts a run of adjectives before a noun. */
export function germanCaseForms(text: string): string[] {
  const tokens = text.split(' ');
  const first = tokens.findIndex((token) => ADJECTIVE.test(token));
  if (first < 0 || first > 1) return [];
  let end = first;
  while (end < tokens.length && ADJECTIVE.test(tokens[end] as string)) end++;
  const noun = tokens[end];
  if (noun === undefined || !/^\p{Lu}\p{L}+$/u.test(noun)) return [];
  const ending = (ADJECTIVE.exec(tokens[first] as string) as RegExpExecArray)[2] as string;
  const nouns = [noun];
  if (ending === 'er' || ending === 'es') nouns.push(`${noun}s`, ...(/[^aeiouäöüy]$/u.test(noun) ? [`${noun}es`] : []));
  if (ending === 'e' && noun.endsWith('e')) nouns.push(`${noun}n`);
  const forms = new Set<string>();
  const form = (adjectiveEnding: string, nounForm: string) =>
    tokens.map((token, t) => (t >= first && t < end ? token.replace(ADJECTIVE, `$1${adjectiveEnding}`) : t === end ? nounForm : token)).join(' ');
  for (const e of ENDINGS) forms.add(form(e, noun));
  // The genitive or dative noun goes with -en: des Islamischen Staates, den Olympischen Sommerspielen.
  for (const n of nouns.slice(1)) forms.add(form('en', n));
  forms.delete(text);
  return [...forms];
}
