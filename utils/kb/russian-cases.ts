/**
 * Russian case forms of a multi-word alias, made by the compiler
 * (case-forms.ts) so that maintainers need not write them: «Исламское государство» is also found as
 * «Исламского государства», «Исламскому государству», «Исламским
 * государством» and «Исламском государстве»; «Николай Патрушев» as «Николая
 * Патрушева». (The detector lets only an alias's last word take a case
 * ending, so «Исламского» would otherwise be missed.)
 *
 * A bounded rule, not a grammar. Words agree in case: the leading adjectives
 * and the first noun of an alias are declined, and what follows them (a
 * genitive, a name in quotes, a place after a preposition) stays as it is
 * («Совет безопасности России» → «Совета безопасности России»); every word
 * of a person's name is declined. Words the rule does not know (plural
 * nouns, foreign names ending in a vowel, acronyms, words with digits) are
 * left as they are. A wrong form («Крокуса Сити Холл») is harmless: it
 * never occurs in text.
 */
/** Per case: genitive, dative, accusative, instrumental, prepositional. */
type Endings = readonly [string, string, string, string, string];

type Gender = 'masculine' | 'feminine' | 'neuter' | 'plural';

interface Declined {
  /** The word without the letters that change. */
  stem: string;
  endings: Endings;
  noun: boolean;
  gender: Gender;
}

const CYRILLIC_WORD = /^[А-Яа-яЁё]+$/u;
/** After these a hard ending's ы is written и (Российский → Российским, служба → службы but книга → книги). */
const VELAR_OR_HUSHING = /[гкхжшчщ]$/u;
const HUSHING = /[жшчщ]$/u;

/** How a word declines, from its ending; null when the rule does not know (the word is left as it is). */
function declension(word: string, person: boolean, last: boolean, agreeWith: Gender | null): Declined | null {
  const lower = word.toLowerCase();
  if (lower.length < 3 || word === word.toUpperCase()) return null;
  const stemOf = (cut: number) => word.slice(0, word.length - cut);
  const before = (cut: number) => lower.slice(0, lower.length - cut);
  const adjective = (cut: number, gender: Gender, endings: Endings): Declined => ({ stem: stemOf(cut), endings, noun: false, gender });
  const noun = (cut: number, gender: Gender, endings: Endings): Declined => ({ stem: stemOf(cut), endings, noun: true, gender });
  const i = (hard: string, soft: string, stem: string) => (VELAR_OR_HUSHING.test(stem) ? soft : hard);
  if (person) {
    // Russian surnames in -ов, -ин decline partly as adjectives (Патрушевым, Путиным; -ин only last: Шамсидином), those
    // in -ова, -ина too (Захаровой), those in -ский as adjectives (Зеленского); names in -о, -и, -у do not decline (Мурашко).
    if (/(ов|ев|ёв)$/u.test(lower) || (last && /(ин|ын)$/u.test(lower))) return noun(0, 'masculine', ['а', 'у', 'а', 'ым', 'е']);
    if (/(ова|ева|ёва|ина|ына)$/u.test(lower)) return noun(1, 'feminine', ['ой', 'ой', 'у', 'ой', 'ой']);
    if (/(ский|цкий)$/u.test(lower)) return noun(2, 'masculine', ['ого', 'ому', 'ого', 'им', 'ом']);
    if (/[оиу]$/u.test(lower)) return null;
  }
  // Adjectives (a person's accusative is the genitive: Толстого; a person's -ий is a first name: Дмитрий, Юрий).
  if (/(ый|ой)$/u.test(lower)) return adjective(2, 'masculine', ['ого', 'ому', person ? 'ого' : lower.slice(-2), i('ым', 'им', before(2)), 'ом']);
  if (/ий$/u.test(lower) && !person) {
    const soft = !/[гкх]$/u.test(before(2));
    return adjective(2, 'masculine', soft ? ['его', 'ему', 'ий', 'им', 'ем'] : ['ого', 'ому', 'ий', 'им', 'ом']);
  }
  if (/ое$/u.test(lower)) return adjective(2, 'neuter', ['ого', 'ому', 'ое', i('ым', 'им', before(2)), 'ом']);
  if (/ее$/u.test(lower)) return adjective(2, 'neuter', ['его', 'ему', 'ее', 'им', 'ем']);
  if (/ая$/u.test(lower)) return adjective(2, 'feminine', HUSHING.test(before(2)) ? ['ей', 'ей', 'ую', 'ей', 'ей'] : ['ой', 'ой', 'ую', 'ой', 'ой']);
  if (/яя$/u.test(lower)) return adjective(2, 'feminine', ['ей', 'ей', 'юю', 'ей', 'ей']);
  if (/ые$/u.test(lower)) return adjective(2, 'plural', ['ых', 'ым', 'ые', 'ыми', 'ых']);
  // (-ние after a consonant: летние, внешние; after a vowel it is a noun: движение.)
  if (/ие$/u.test(lower) && (VELAR_OR_HUSHING.test(before(2)) || /[^аеёиоуыэюя]н$/u.test(before(2)))) {
    return adjective(2, 'plural', ['их', 'им', 'ие', 'ими', 'их']);
  }
  // Nouns.
  if (/ия$/u.test(lower)) return noun(1, 'feminine', ['и', 'и', 'ю', 'ей', 'и']);
  if (/ие$/u.test(lower)) return noun(1, 'neuter', ['я', 'ю', 'е', 'ем', 'и']);
  if (/ий$/u.test(lower)) return noun(1, 'masculine', ['я', 'ю', person ? 'я' : 'й', 'ем', 'и']);
  if (/[аеиоуыэюя]й$/u.test(lower)) return noun(1, 'masculine', ['я', 'ю', person ? 'я' : 'й', 'ем', 'е']);
  if (/а$/u.test(lower)) return noun(1, 'feminine', [i('ы', 'и', before(1)), 'е', 'у', HUSHING.test(before(1)) ? 'ей' : 'ой', 'е']);
  if (/я$/u.test(lower)) return noun(1, 'feminine', ['и', 'е', 'ю', 'ей', 'е']);
  if (/о$/u.test(lower)) return noun(1, 'neuter', ['а', 'у', 'о', 'ом', 'е']);
  if (/ь$/u.test(lower)) {
    // Masculine or feminine: the adjective before it says which (Московский Кремль, Московская область).
    if (agreeWith === 'masculine') return noun(1, 'masculine', ['я', 'ю', 'ь', 'ем', 'е']);
    if (agreeWith === 'feminine') return noun(1, 'feminine', ['и', 'и', 'ь', 'ью', 'и']);
    return null;
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(lower)) {
    const instrumental = /[жшчщц]$/u.test(lower) ? 'ем' : 'ом';
    return noun(0, 'masculine', ['а', 'у', person ? 'а' : '', instrumental, 'е']);
  }
  return null;
}

/** A word as written in the alias: its letters, and the hyphenated part before its last part (телеграм-канал). */
function splitHyphen(token: string): { head: string; word: string } {
  const at = token.lastIndexOf('-');
  return at > 0 ? { head: token.slice(0, at + 1), word: token.slice(at + 1) } : { head: '', word: token };
}

/**
 * The alias in the other cases (nominative is the alias itself): each form
 * once, none equal to the alias; empty when the rule declines none of its
 * words. `person`: every word is declined, and the accusative is the genitive.
 */
export function russianCaseForms(text: string, person: boolean): string[] {
  const tokens = text.split(' ');
  if (tokens.length < 2) return [];
  const plans: (Declined | null)[] = [];
  let gender: Gender | null = null;
  for (const [t, token] of tokens.entries()) {
    const { head, word } = splitHyphen(token);
    const known: Declined | null = CYRILLIC_WORD.test(word) && (head === '' || /^[\p{L}-]+$/u.test(head)) ? declension(word, person, t === tokens.length - 1, gender) : null;
    plans.push(known);
    if (person) continue;
    // The first noun ends the declined head of the alias. A word the rule does not know there (a plural noun:
    // «Соединённые Штаты»; «2-й») leaves the whole alias as it is.
    if (!known) return [];
    if (known.noun) break;
    gender = known.gender;
  }
  if (!plans.some((plan) => plan !== null)) return [];
  const forms = new Set<string>();
  for (let c = 0; c < 5; c++) {
    const words = tokens.map((token, t) => {
      const plan = plans[t];
      if (!plan) return token;
      const { head } = splitHyphen(token);
      return head + plan.stem + (plan.endings[c] as string);
    });
    const form = words.join(' ');
    if (form !== text) forms.add(form);
  }
  return [...forms];
}
