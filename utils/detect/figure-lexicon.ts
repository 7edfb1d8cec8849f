/**
 * Word lists that tell a casualty figure from other numbers, in the six
 * languages (stored raw, compared folded). Prefix lists match at word start.
 */
import { foldString } from '../text/index.ts';

const fold = (words: string[]): Set<string> => new Set(words.map((w) => foldString(w)));
const foldList = (words: string[]): string[] => words.map((w) => foldString(w));

/** Month names and abbreviations, exact folded words. */
export const MONTHS = fold([
  // en
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // ru (nominative and genitive; prepositional for "в марте")
  'январь', 'января', 'январе', 'февраль', 'февраля', 'феврале', 'март', 'марта', 'марте', 'апрель', 'апреля', 'апреле',
  'май', 'мая', 'мае', 'июнь', 'июня', 'июне', 'июль', 'июля', 'июле', 'август', 'августа', 'августе',
  'сентябрь', 'сентября', 'сентябре', 'октябрь', 'октября', 'октябре', 'ноябрь', 'ноября', 'ноябре',
  'декабрь', 'декабря', 'декабре',
  // it
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  // fr
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'décembre',
  // de
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  // es
  'enero', 'febrero', 'abril', 'mayo', 'junio', 'julio', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
]);

/** Words after a number that make it a time of day. */
export const TIME_WORDS = fold(['h', 'hrs', 'uhr', 'am', 'pm', 'час', 'часа', 'часов', 'ч', 'heures', 'heure', 'ore', 'horas', 'hora']);

/** Currency symbols directly before or after a number. */
export const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '₽', '¥', '₴', '₸', '₹', '₺'].map((c) => c.charCodeAt(0)));

/** Currency codes before a number. */
export const CURRENCY_CODES = fold(['usd', 'eur', 'rub', 'gbp', 'us', 'chf', 'uah', 'руб', 'долл']);

/** Word stems after a number for money, large scales and percentages (prefix match). */
export const NON_COUNT_PREFIXES = foldList([
  'dollar', 'rubl', 'roubl', 'rubel', 'rublo', 'pound', 'sterlin', 'hryvn', 'dolar', 'dólar', 'руб', 'долл', 'гривн',
  'фунт', 'юан', 'million', 'billion', 'trillion', 'thousand', 'млн', 'млрд', 'тыс', 'миллион', 'миллиард', 'milion',
  'miliard', 'milliard', 'millier', 'tausend', 'percent', 'процент', 'prozent',
]);

/** Whole words after a number for money, large scales and percentages. */
export const NON_COUNT_WORDS = fold([
  'euro', 'euros', 'евро', 'franc', 'francs', 'franken', 'yuan', 'usd', 'eur', 'rub', 'gbp', 'chf', 'mln', 'bn', 'mil',
  'mila', 'mille', 'mio', 'mrd', 'millones', 'pct',
]);

/** Two-word percentage phrases ("per cent", "pour cent", "por ciento", "per cento"). */
export const PERCENT_PHRASES: [string, string][] = [
  ['per', 'cent'],
  ['pour', 'cent'],
  ['por', 'ciento'],
  ['per', 'cento'],
];

/**
 * Qualifiers, auxiliaries and articles that may stand between a number and
 * its figure word without counting towards the window ("has risen to at least
 * 139"). Nouns such as "people" / "человек" do count.
 */
export const FILLERS = fold([
  // en
  'at', 'least', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'up', 'to', 'from', 'rose', 'risen',
  'climbed', 'reached', 'has', 'have', 'had', 'been', 'is', 'was', 'were', 'are', 'now', 'approximately', 'roughly',
  'the', 'of', 'a', 'as', 'least',
  // ru
  'не', 'менее', 'более', 'по', 'меньшей', 'мере', 'около', 'почти', 'свыше', 'до', 'уже', 'выросло', 'возросло',
  'достигло', 'составило', 'составляет', 'было', 'были', 'был',
  'как', 'минимум', 'порядка', 'всего',
  // it
  'almeno', 'oltre', 'più', 'di', 'circa', 'quasi', 'salito', 'salita', 'sale', 'sono', 'è', 'stati', 'state',
  'il', 'i', 'le', 'gli', 'ad', 'a',
  // fr
  'au', 'moins', 'plus', 'de', 'près', 'environ', 'passé', 'passe', 'élevé', 'monté', 'atteint', 'est', 'sont', 'ont',
  'été', 'le', 'la', 'les', 'des', 'à', 'a',
  // de
  'mindestens', 'mehr', 'als', 'über', 'rund', 'etwa', 'fast', 'knapp', 'auf', 'gestiegen', 'ist', 'sind', 'wurden',
  'die', 'der', 'bis', 'zu',
  // es
  'al', 'menos', 'más', 'casi', 'unos', 'unas', 'cerca', 'ascendió', 'asciende', 'subió', 'hasta', 'han', 'sido',
  'fueron', 'el', 'los', 'las',
]);

/**
 * Conjunctions: like a comma, they weigh half a word, so in "killed 139 and
 * injured 182" the 139 goes with "killed".
 */
export const CONJUNCTIONS = fold(['and', 'or', 'while', 'with', 'и', 'а', 'или', 'e', 'ed', 'o', 'et', 'ou', 'und', 'oder', 'y', 'u']);
