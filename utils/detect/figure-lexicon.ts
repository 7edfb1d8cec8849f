/**
 * Word lists that tell a casualty figure from other numbers, in the six
 * languages (stored raw, compared folded). Prefix lists match at word start.
 *
 * Folded at build time into the packed detector (`packLexicon`), which the
 * page scanner loads; tools and tests fold them on first use.
 */
import { foldString } from '../text/index.ts';
import { HASH_SEED, hashFinish, hashUnits } from './word-hash.ts';

const fold = (words: string[]): Set<string> => new Set(words.map((w) => foldString(w)));
const foldList = (words: string[]): string[] => words.map((w) => foldString(w));

let compounds: ReadonlyMap<string, number> | null = null;

/**
 * Numbers from 21 to 999 that Italian and German write as one word ("centotrentanove", "duecento",
 * "hundertneununddreißig", "einhundertvierzig"), with their values; the single words of their parts are in
 * NUMBER_WORDS. Made on first use rather than packed (some 2,000 words that a rule makes), from parts written
 * folded ("tre" for "tré", "funf" for "fünf", "dreissig" for "dreißig"), so nothing is folded then; the lexicon's
 * NUMBER_HASHES, packed, hold their hashes for the page pass.
 */
export function compoundNumbers(): ReadonlyMap<string, number> {
  return (compounds ??= new Map(compoundNumberWords()));
}

function compoundNumberWords(): [string, number][] {
  const out: [string, number][] = [];
  const itUnits = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
  const itTeens = ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
  const itTens = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
  const itBelow100 = (n: number): string => {
    if (n < 10) return itUnits[n] as string;
    if (n < 20) return itTeens[n - 10] as string;
    const tens = itTens[Math.floor(n / 10)] as string;
    const unit = n % 10;
    // "ventuno", "trentotto" (the tens lose their vowel before "uno" and "otto"); "ventitré".
    if (unit === 1 || unit === 8) return tens.slice(0, -1) + itUnits[unit];
    return tens + itUnits[unit];
  };
  const deUnits = ['', 'ein', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun'];
  const deTeens = ['zehn', 'elf', 'zwolf', 'dreizehn', 'vierzehn', 'funfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  const deTens = ['', '', 'zwanzig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const deBelow100 = (n: number): string => {
    if (n === 1) return 'eins';
    if (n < 10) return deUnits[n] as string;
    if (n < 20) return deTeens[n - 10] as string;
    const unit = n % 10;
    return (unit ? `${deUnits[unit]}und` : '') + (deTens[Math.floor(n / 10)] as string);
  };
  for (let n = 21; n <= 999; n++) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    if (hundreds === 0 && rest % 10 === 0) continue;
    const it = (hundreds === 0 ? '' : hundreds === 1 ? 'cento' : `${itUnits[hundreds]}cento`) + itBelow100(rest);
    const de = (hundreds === 0 ? '' : `${hundreds === 1 ? '' : deUnits[hundreds]}hundert`) + (rest === 0 ? '' : deBelow100(rest));
    out.push([it, n], [de, n]);
    if (hundreds === 1) out.push([`einhundert${rest === 0 ? '' : deBelow100(rest)}`, n]);
  }
  return out;
}

function buildLexicon() {
  /** Month names and abbreviations, exact folded words. */
  const MONTHS = fold([
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

  /**
   * Incidents of another kind than an attack (parts of words, so that German compounds count: "Verkehrsunfall"): a
   * sentence that names one, and not the subject itself, counts that incident ("two people were killed in a road
   * accident in Krasnogorsk"). Fires and explosions are left out, since the attack had them too, and the words
   * for an incident in general ("incident", "Vorfall").
   */
  const INCIDENT_PARTS = foldList([
    'accident', 'crash', 'collision', 'earthquake', 'flood', 'avalanche', 'landslide', 'hurricane', 'derail', 'aircraft',
    'plane', 'самолет', 'aereo', 'avion', 'flugzeug', 'stampede', 'crush', 'давк', 'calca', 'bousculade', 'massenpanik',
    'estampida', 'scontr', 'столкнов', 'столкнул',
    'авари', 'дтп', 'крушени', 'землетрясени', 'наводнени', 'лавин', 'оползн',
    'stradale', 'schiant', 'terremot', 'alluvion', 'valang', 'frana', 'frane', 'tamponament',
    'séisme', 'inondation', 'déraill',
    'unfall', 'unglück', 'zusammenstoß', 'erdbeben', 'überschwemm', 'hochwasser', 'lawine', 'absturz', 'entgleis',
    'accidente', 'choque', 'colisi', 'sismo', 'inundaci', 'avalancha', 'descarril',
  ]);

  /** Days of the week and parts of the day: like months, they say when ("133 on Saturday", "137 am Sonntag"). */
  const DAY_WORDS = fold([
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night',
    'noon', 'midnight',
    'понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу', 'суббота', 'субботу', 'воскресенье', 'утром',
    'днем', 'вечером', 'ночью', 'утро', 'вечер', 'ночь',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'mattina', 'mattino', 'pomeriggio', 'sera',
    'notte', 'giorno',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'soirée', 'nuit',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'morgen', 'vormittag', 'mittag',
    'nachmittag', 'abend', 'nacht',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mañana', 'tarde', 'noche', 'madrugada',
  ]);

  /** Articles before a day of the month: "il 29", "le 25 mars", "el 24", "del 22", "am 25.". */
  const DAY_ARTICLES = fold(['il', 'le', 'el', 'del', 'am', 'the']);

  /** Words after a number that make it a time of day. */
  const TIME_WORDS = fold(['h', 'hrs', 'uhr', 'am', 'pm', 'час', 'часа', 'часов', 'ч', 'heures', 'heure', 'ore', 'horas', 'hora']);

  /** Currency symbols directly before or after a number. */
  const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '₽', '¥', '₴', '₸', '₹', '₺'].map((c) => c.charCodeAt(0)));

  /** Currency codes before a number. */
  const CURRENCY_CODES = fold(['usd', 'eur', 'rub', 'gbp', 'us', 'chf', 'uah', 'руб', 'долл']);

  /** Word stems after a number for money, large scales, percentages and measures (prefix match). */
  const NON_COUNT_PREFIXES = foldList([
    'dollar', 'rubl', 'roubl', 'rubel', 'rublo', 'pound', 'sterlin', 'hryvn', 'dolar', 'dólar', 'руб', 'долл', 'гривн',
    'фунт', 'юан', 'million', 'billion', 'trillion', 'thousand', 'млн', 'млрд', 'тыс', 'миллион', 'миллиард', 'milion',
    'miliard', 'milliard', 'millier', 'tausend', 'percent', 'процент', 'prozent',
    'kilomet', 'chilomet', 'километр', 'metre', 'meter', 'metri', 'metros', 'метр', 'mile', 'tonne', 'tonnell', 'тонн',
  ]);

  /**
   * Stems after a number for durations and ages ("18 minutes", "11 years old",
   * "13 минут", "11 лет"): how long, or how old, not how many (prefix match).
   */
  const DURATION_PREFIXES = foldList([
    'second', 'minut', 'hour', 'week', 'month', 'year', 'секунд', 'минут', 'недел', 'месяц', 'settiman', 'semaine', 'année',
    'sekund', 'stund', 'woche', 'monat', 'jahr', 'segund', 'semana',
    'decade', 'десятилет', 'decenni', 'décenni', 'década', 'centur', 'siècle', 'secol', 'jahrhundert', 'siglo',
  ]);

  /** Words that open a sentence set at the time of the one before ("Damals starben über 330 Menschen"). */
  const BACK_THEN = [
    ['at', 'the', 'time'], ['back', 'then'], ['тогда'], ['в', 'тот', 'раз'], ['all', 'epoca'], ['allora'], ['a', 'l', 'epoque'],
    ['cette', 'fois', 'la'], ['damals'], ['seinerzeit'], ['en', 'aquel', 'entonces'], ['en', 'aquella', 'ocasion'], ['entonces'],
  ].map(foldList);

  /** Words between a number and its span of time ("las dos últimas décadas", "les deux dernières années"). */
  const SPAN_LEADS = fold([
    'last', 'past', 'next', 'последние', 'последних', 'ближайшие', 'ultimi', 'ultime', 'prossimi', 'prossime', 'dernières',
    'derniers', 'prochaines', 'prochains', 'letzten', 'vergangenen', 'nächsten', 'últimas', 'últimos', 'próximas', 'próximos',
  ]);

  /** Whole words after a number for durations and ages (short, or stems of other words: "journalists", "giornalisti"). */
  const DURATION_WORDS = fold([
    'sec', 'min', 'mins', 'day', 'days', 'сутки', 'суток', 'день', 'дня', 'дней', 'год', 'года', 'лет', 'giorno', 'giorni',
    'mese', 'mesi', 'anno', 'anni', 'jour', 'jours', 'mois', 'an', 'ans', 'tag', 'tage', 'tagen', 'día', 'días',
    'mes', 'meses', 'año', 'años',
  ]);

  /**
   * Words that begin like a figure word but are other words ("deadliest" is
   * not "dead", "livestream" not "lives", "post-mortem" not "morte").
   */
  const NOT_FIGURE_PREFIXES = foldList(['deadl', 'livest', 'mortal', 'mortar', 'mortem', 'mortel', 'mortier', 'tuesday']);

  /**
   * Words for people of another group than the victims, within three words
   * after a number ("killed 13 US service members", "20 Polizisten"): not a
   * count of the subject's dead or injured.
   */
  const OTHER_GROUPS = fold([
    'soldiers', 'soldier', 'troops', 'servicemen', 'service', 'marines', 'policemen', 'police', 'военнослужащих',
    'военных', 'солдат', 'полицейских', 'силовиков', 'soldati', 'militari', 'poliziotti', 'agenti', 'soldats', 'militaires',
    'policiers', 'gendarmes', 'soldaten', 'polizisten', 'soldados', 'militares', 'policías', 'policias', 'agentes',
    // The venue's people: a part of the victims at most ("killed 3 guards", "убили троих охранников").
    'guards', 'guard', 'security', 'staff', 'employees', 'firefighters', 'rescuers', 'охранников', 'охранника', 'охранники',
    'сотрудников', 'сотрудника', 'пожарных', 'спасателей', 'guardie', 'vigilanti', 'dipendenti', 'pompieri', 'gardes',
    'vigiles', 'employés', 'pompiers', 'wachleute', 'wachmänner', 'sicherheitsleute', 'mitarbeiter', 'feuerwehrleute',
    'guardias', 'vigilantes', 'empleados', 'bomberos',
  ]);

  /** Words that make a figure word after them (and "de"/"of") a status, not a count: "le statut de victimes". */
  const STATUS_WORDS = fold(['status', 'statut', 'статус', 'stato', 'estatus', 'estado', 'qualité']);

  /** Words of a danger, before "of" and a figure word: those in danger of death are no dead ("en danger de mort"). */
  const PERIL_WORDS = fold(['danger', 'peril', 'péril', 'pericolo', 'peligro', 'gefahr']);

  /** Phrases before a number that make it the accused in a trial: "the trial of 19", "le procès des 19". */
  const TRIAL_OF: string[][] = [
    ['trial', 'of'], ['procès', 'des'], ['procès', 'de'], ['processo', 'ai'], ['processo', 'a'], ['processo', 'contro'],
    ['prozess', 'gegen'], ['juicio', 'a'], ['juicio', 'contra'], ['процесс', 'над'], ['суд', 'над'],
  ].map((phrase) => phrase.map(foldString));

  /**
   * Words for the relatives of the dead or injured: a figure word after them (and "of the") says whose relatives
   * the number counts ("2,307 people, relatives of the dead", "родственники погибших").
   */
  const RELATIVE_WORDS = fold([
    'relatives', 'families', 'family', 'родственники', 'родственников', 'родные', 'родных', 'семьи', 'семей', 'близкие',
    'близких', 'familiari', 'parenti', 'famiglie', 'familles', 'proches', 'angehörige', 'angehörigen', 'familien',
    'hinterbliebene', 'hinterbliebenen', 'familiares', 'familias', 'parientes', 'allegados',
  ]);

  /**
   * Word beginnings of a legal standing as a victim, which relatives and witnesses hold too: a number shortly after
   * one counts those people ("потерпевшими признаны 2307 человек").
   */
  const LEGAL_STATUS_PREFIXES = foldList(['потерпевш']);

  /** Word beginnings after a number that give its people a legal standing ("1.700 personas … reconocidas como víctimas"). */
  const RECOGNISED_PREFIXES = foldList(['recognised', 'recognized', 'признан', 'riconosciut', 'reconnu', 'anerkannt', 'reconocid']);

  /** Word beginnings before a number that make it the identified, a part of a toll: "установлены личности 134 погибших", "identified 75 bodies". */
  const IDENTIFIED_PREFIXES = foldList(['identifi', 'опозна', 'личност']);

  /** The same after the number: "75 victims had so far been identified", "75 vittime … identificate". */
  const IDENTIFIED_AFTER = fold([
    'identified', 'опознаны', 'опознано', 'identificate', 'identificati', 'identifiées', 'identifiés', 'identifiziert',
    'identificadas', 'identificados',
  ]);

  /**
   * Words before a number that make it a label's or an address's number: "Document 1 – L'évolution du bilan",
   * "дом 20", "Tabelle 3".
   */
  const NUMBERED_LABELS = fold([
    'document', 'doc', 'tableau', 'table', 'fig', 'chapter', 'chapitre', 'annex', 'annexe', 'appendix', 'section',
    'episode', 'épisode', 'partie', 'kapitel', 'abbildung', 'tabelle', 'anhang', 'folge', 'capitolo', 'tabella', 'allegato',
    'capítulo', 'tabla', 'anexo', 'дом', 'корпус', 'строение', 'квартира', 'глава', 'таблица', 'рисунок', 'приложение',
    'page', 'pages', 'seite', 'pagina', 'página', 'страница',
  ]);

  /** Labels cut short, before their number after a dot ("le manuel, p. 144", "S. 12", "стр. 5"). */
  const ABBREVIATED_LABELS = fold(['p', 'pp', 's', 'pag', 'pág', 'стр', 'с', 'fig', 'doc', 'no', 'nr', 'n']);

  /** Words after a number's figure word that make it an increase: "109 morts de plus", "109 muertos más", "109 Tote mehr". */
  const MORE_AFTER_NOUN: readonly (readonly string[])[] = [['de', 'plus'], ['más'], ['in', 'più'], ['mehr']].map((phrase) => phrase.map(foldString));

  /** Articles and "of" between a relatives word and the figure word ("families of the victims"). */
  const OF_THE = fold(['of', 'the', 'de', 'des', 'du', 'la', 'les', 'di', 'dei', 'delle', 'degli', 'der', 'die', 'von', 'los', 'las', 'del']);

  /** Word beginnings after a number and its figure word that make it an addition ("which four deaths were added"). */
  const ADDED_PREFIXES = foldList(['added', 'добавил', 'добавлен', 'добавят', 'aggiunt', 'ajouté', 'hinzugekommen', 'hinzugefügt', 'añadid', 'agregad']);

  /**
   * Verbs of a rising count ("rose to", "stieg auf", "возросло до"): before
   * the number, they let the figure word stand further back (the subject of
   * the verb: "the death toll from Friday's shooting at the venue outside
   * Moscow rose to 133").
   */
  const RISE_VERBS = fold([
    'rose', 'risen', 'climbed', 'reached', 'increased', 'stieg', 'gestiegen', 'erhöhte', 'возросло', 'выросло', 'увеличилось',
    'достигло', 'salito', 'salita', 'aumentato', 'passé', 'atteint', 'élevé', 'ascendió', 'asciende', 'subió', 'aumentó', 'elevó',
  ]);

  /**
   * A pronoun and a verb of a changing count before a number, which make it the count just given in the block:
   * "On Saturday it went to 93", "es stieg auf 137", "оно выросло до 139".
   */
  const PRONOUNS = fold(['it', 'this', 'that', 'elle', 'il', 'es', 'er', 'sie', 'он', 'она', 'оно', 'esso', 'essa', 'ella', 'él']);
  const CHANGE_VERBS = fold([
    'went', 'fell', 'dropped', 'stood', 'moved', 'jumped', 'grew', 'est', 'stand', 'sank', 'scese', 'stava', 'bajó',
    'estaba', 'снизилось', 'составило',
  ]);

  /** Words of time right after a number, which leave it a bare number of a list ("up from 133 last night", "143 fin mars"). */
  const TIME_AFTER = fold([
    'last', 'yesterday', 'today', 'tonight', 'overnight', 'earlier', 'later', 'вчера', 'сегодня', 'накануне', 'ieri', 'oggi',
    'hier', 'lendemain', 'fin', 'gestern', 'heute', 'ayer', 'hoy',
  ]);

  /** Prepositions: after a number, they start no noun of its own ("risen to 144 after another patient died"). */
  const PREPOSITIONS = fold([
    'after', 'before', 'since', 'in', 'on', 'at', 'by', 'from', 'with', 'within', 'among', 'according', 'nach', 'vor', 'seit',
    'am', 'im', 'bei', 'laut', 'während', 'après', 'avant', 'depuis', 'dans', 'selon', 'pendant', 'dopo', 'prima', 'da',
    'secondo', 'nel', 'nella', 'nei', 'alla', 'dalla', 'durante', 'during', 'después', 'antes', 'desde', 'según', 'en',
    'после', 'до', 'с', 'в', 'по', 'согласно', 'за',
  ]);

  /** Words for people in general after a number ("145 people"): they name no other group. */
  const PEOPLE_NOUNS = fold([
    'people', 'persons', 'spectators', 'concertgoers', 'visitors', 'civilians', 'человек', 'людей', 'зрителей', 'посетителей',
    'persone', 'spettatori', 'personnes', 'spectateurs', 'menschen', 'personen', 'zuschauer', 'besucher', 'personas',
    'espectadores', 'asistentes',
    // the singular, after 1 or "one" ("1 person still missing", "один зритель")
    'person', 'spectator', 'visitor', 'civilian', 'человека', 'зритель', 'посетитель', 'persona', 'spettatore', 'personne', 'spectateur',
    'mensch', 'espectador',
  ]);

  /**
   * Articles, demonstratives and prepositions of purpose: a figure word right
   * after one, past a word of the number's own ("40,000 fans honoured the
   * victims", "trauerten um die Toten", "3.000 candele per i morti"), is the
   * object of what the number's people or things are for, not what they are.
   */
  const OBJECT_MARKERS = fold([
    'the', 'those', 'these', 'il', 'lo', 'la', 'le', 'i', 'gli', 'dei', 'degli', 'delle', 'les', 'des', 'ceux', 'die', 'der', 'den',
    'dem', 'das', 'el', 'los', 'las', 'о', 'об', 'тех',
    'for', 'per', 'pour', 'für', 'por', 'para', 'для',
  ]);

  /** Words before a number that make it an age ("aged 9, 11 and 12", "the oldest was 81", "в возрасте 11"). */
  const AGE_WORDS = fold([
    'aged', 'age', 'ages', 'youngest', 'oldest', 'возрасте', 'возраст', 'младшему', 'старшему', 'età', 'anni', 'âgé', 'âgés',
    'âgée', 'âgées', 'âge', 'alter', 'jährige', 'edad', 'edades',
  ]);

  /** Words after a number that make it an increase, not a total ("six more bodies", "sechs weitere Tote"). */
  const MORE_AFTER = fold([
    'more', 'additional', 'further', 'extra', 'weitere', 'weiteren', 'zusätzliche', 'zusätzlichen', 'altri', 'altre', 'aggiuntivi',
    'aggiuntive', 'autres', 'supplémentaires', 'más', 'adicionales', 'дополнительных',
  ]);

  /** Words before a number, after a verb of a rising count, that make it the increase: "rose by six to 143", "выросло на четыре". */
  const BY_WORDS = fold(['by', 'um', 'на', 'di', 'en']);

  /** Words between the ends of a range ("between 130 and 140", "three to five", "entre 89 y 92", "от 130 до 140"). */
  const RANGE_JOINERS = fold(['and', 'to', 'or', 'et', 'à', 'y', 'a', 'e', 'o', 'und', 'bis', 'oder', 'и', 'до', 'или']);

  /**
   * Figure words that are also common verbs, which count only right after the number: "claimed 145 lives", not
   * "their daughter, now 11, lives with her grandmother".
   */
  const ADJACENT_ONLY = fold(['lives']);

  /**
   * Words that offer a second guess after a comma, which shares the first's figure word: "tre, forse cinque
   * uomini armati", "three, perhaps four gunmen", "trois, peut-être quatre", "два, может быть три".
   */
  const HEDGES = fold([
    'perhaps', 'maybe', 'possibly', 'forse', 'magari', 'peut', 'être', 'vielleicht', 'eventuell', 'quizás', 'quizá', 'tal',
    'vez', 'acaso', 'возможно', 'может', 'быть',
  ]);

  /**
   * Words before a year that make it the time of what follows in the
   * sentence ("In the 2015 Paris attacks, 130 people were killed", "nel
   * 2002, … 130 morti", "the bombings of 2010 that killed 40"); so does a
   * month before it, as in a date ("le 13 novembre 2015 en France (130 morts)").
   */
  const YEAR_LEADS = fold(['in', 'the', 'of', 'during', 'nel', 'del', 'durante', 'в', 'во', 'im', 'jahr', 'dans', 'en', 'el', 'année']);

  /** Whole words after a number for money, large scales, percentages and measures. */
  const NON_COUNT_WORDS = fold([
    'euro', 'euros', 'евро', 'franc', 'francs', 'franken', 'yuan', 'usd', 'eur', 'rub', 'gbp', 'chf', 'mln', 'bn', 'mil',
    'mila', 'mille', 'mio', 'mrd', 'millones', 'pct', 'km', 'км', 'm', 'м', 'kg', 'кг', 'р',
  ]);

  /**
   * Nouns right after a number (or after an auxiliary: "5 were children")
   * that make it a count of a group among the victims, not the total.
   */
  const PART_NOUNS = fold([
    'children', 'child', 'kids', 'minors', 'women', 'teenagers', 'foreigners', 'дети', 'детей', 'ребенок', 'ребенка',
    'женщин', 'женщины', 'несовершеннолетних', 'подростков', 'иностранцев', 'bambini', 'bambino', 'minori', 'donne',
    'stranieri', 'enfants', 'enfant', 'femmes', 'mineurs', 'étrangers', 'kinder', 'kindern', 'kind', 'frauen',
    'minderjährige', 'ausländer', 'niños', 'niño', 'menores', 'mujeres', 'extranjeros',
  ]);

  /** Two-word percentage phrases ("per cent", "pour cent", "por ciento", "per cento"). */
  const PERCENT_PHRASES: [string, string][] = [
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
  const FILLERS = fold([
    // en
    'at', 'least', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'up', 'to', 'from', 'rose', 'risen',
    'climbed', 'reached', 'has', 'have', 'had', 'been', 'is', 'was', 'were', 'are', 'now', 'approximately', 'roughly',
    'the', 'of', 'a', 'as', 'least',
    // ru
    'не', 'менее', 'более', 'по', 'меньшей', 'мере', 'около', 'почти', 'свыше', 'до', 'уже', 'выросло', 'возросло',
    'достигло', 'составило', 'составляет', 'было', 'были', 'был', 'увеличилось',
    'как', 'минимум', 'порядка', 'всего',
    // it
    'almeno', 'oltre', 'più', 'di', 'circa', 'quasi', 'salito', 'salita', 'sale', 'sono', 'è', 'stati', 'state',
    'il', 'i', 'le', 'gli', 'ad', 'a',
    // fr
    'au', 'moins', 'plus', 'de', 'près', 'environ', 'passé', 'passe', 'élevé', 'monté', 'atteint', 'est', 'sont', 'ont',
    'été', 'le', 'la', 'les', 'des', 'à', 'a',
    // de
    'mindestens', 'mehr', 'als', 'über', 'rund', 'etwa', 'fast', 'knapp', 'auf', 'gestiegen', 'stieg', 'ist', 'sind', 'wurden',
    'die', 'der', 'bis', 'zu',
    // es
    'al', 'menos', 'más', 'casi', 'unos', 'unas', 'cerca', 'ascendió', 'asciende', 'subió', 'hasta', 'han', 'sido',
    'fueron', 'el', 'los', 'las',
  ]);

  /**
   * Conjunctions: like a comma, they weigh half a word, so in "killed 139 and
   * injured 182" the 139 goes with "killed".
   */
  const CONJUNCTIONS = fold(['and', 'or', 'while', 'with', 'и', 'а', 'или', 'e', 'ed', 'o', 'et', 'ou', 'und', 'oder', 'y', 'u']);

  /**
   * Spelled numbers (2 and up: "one" alone is too often no count; Italian "due"
   * and "sei" are left out as they are common words in English and German).
   */
  const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
    (
      [
        // en
        ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
        ['eleven', 11], ['twelve', 12], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
        ['eighty', 80], ['ninety', 90], ['hundred', 100],
        // ru
        ['два', 2], ['две', 2], ['двое', 2], ['три', 3], ['трое', 3], ['четыре', 4], ['четверо', 4], ['пять', 5], ['пятеро', 5],
        ['шесть', 6], ['шестеро', 6], ['семь', 7], ['восемь', 8], ['девять', 9], ['десять', 10], ['двадцать', 20],
        ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80],
        ['девяносто', 90], ['сто', 100], ['ста', 100],
        // ru, oblique cases ("около ста сорока погибших", "убили троих")
        ['двух', 2], ['двоих', 2], ['трёх', 3], ['троих', 3], ['четырёх', 4], ['четверых', 4], ['пяти', 5], ['пятерых', 5],
        ['шести', 6], ['шестерых', 6], ['семи', 7], ['восьми', 8], ['девяти', 9], ['десяти', 10], ['двадцати', 20],
        ['тридцати', 30], ['сорока', 40], ['пятидесяти', 50], ['шестидесяти', 60], ['семидесяти', 70], ['восьмидесяти', 80],
        ['девяноста', 90],
        // it
        ['tre', 3], ['quattro', 4], ['cinque', 5], ['sette', 7], ['otto', 8], ['nove', 9], ['dieci', 10],
        ['venti', 20], ['trenta', 30], ['quaranta', 40], ['cinquanta', 50], ['sessanta', 60], ['settanta', 70], ['ottanta', 80],
        ['novanta', 90], ['cento', 100],
        // fr
        ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10],
        ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['cent', 100],
        // de
        ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10],
        ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80],
        ['neunzig', 90], ['hundert', 100], ['einhundert', 100],
        // es
        ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10],
        ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80],
        ['noventa', 90], ['cien', 100], ['ciento', 100],
        // "about a hundred" (it, fr, es)
        ['centinaio', 100], ['centaine', 100], ['centenar', 100],
      ] as [string, number][]
    ).map(([w, n]) => [foldString(w), n]),
  );

  /** Words for "a"/"one" that may stand before "hundred" ("a hundred", "one hundred"). */
  const ONE_WORDS = fold(['a', 'one', 'один', 'одна', 'un', 'une', 'ein', 'eine', 'einhundert', 'uno', 'una']);

  /**
   * "One" in words, a figure of a dispute that one may answer (`countsOne`:
   * "one person is still missing"), but for the words before it that make it
   * a pronoun ("no one", "not one", "ни один", "l'un"). (A part of a group,
   * "one of the missing", is none by SUBSET_AFTER, as for any number.)
   */
  const ONE_COUNTS = fold(['one', 'один', 'одна', 'одно', 'un', 'une', 'ein', 'eine', 'uno', 'una']);
  const NOT_ONE_BEFORE = fold(['no', 'not', 'any', 'each', 'every', 'ни', 'l']);

  /** Words before a spelled number that make it something else ("pour cent", "per cento"). */
  const NOT_BEFORE_SPELLED = fold(['pour', 'per', 'por', 'le', 'du', 'au']);

  /** Words as a page writes them (lower case, not folded) that fold to a number word but are none: French "très" (Spanish "tres"). */
  const NOT_NUMBER_SPELLINGS: ReadonlySet<string> = new Set(['très']);
  /** Their folded forms: only a spelled number that folds to one is looked at as the page writes it. */
  const NOT_NUMBER_FOLDS = fold([...NOT_NUMBER_SPELLINGS]);

  /** Words right before a number that make it the rest of a group, not a total: "the other seven are alleged helpers". */
  const OTHER_BEFORE = fold([
    'other', 'remaining', 'autres', 'altri', 'altre', 'otros', 'otras', 'restantes', 'anderen', 'übrigen', 'остальные', 'остальных',
  ]);

  /** Phrases that make the number a part of a figure just given ("three of them children"). */
  const SUBSET_AFTER: string[][] = [
    ['of', 'them'], ['of', 'whom'], ['из', 'них'], ['di', 'cui'], ['tra', 'cui'], ['d', 'entre'], ['de', 'ellos'], ['de', 'ellas'],
    ['davon'],
    // "three of the dead", "трое из погибших", "tre dei morti", "trois des morts", "drei der Toten", "tres de los muertos"
    ['of', 'the'], ['из'], ['dei'], ['degli'], ['delle'], ['des'], ['der'], ['de', 'los'], ['de', 'las'],
    // "two of its members", "two of their relatives"
    ['of', 'its'], ['of', 'their'], ['of', 'his'], ['of', 'her'],
  ].map((p) => p.map((w) => foldString(w)));

  /** Words just before a number that make it a part of a figure just given ("darunter fünf Kinder"). */
  const SUBSET_BEFORE = fold([
    'including', 'among', 'darunter', 'davon', 'inklusive', 'включая', 'том', 'них', 'cui', 'compresi', 'incluso', 'dont', 'parmi',
    'incluidos', 'incluidas', 'entre',
  ]);

  /**
   * Phrases that name a running count without saying what it counts ("By
   * Sunday the count stood at 133"): the count is the one just given. Whole
   * words, not stems: "the country", "they counted" are no tally.
   */
  const TALLY_PHRASES: string[][] = [
    ['the', 'count'], ['the', 'tally'], ['il', 'conteggio'], ['le', 'décompte'], ['el', 'recuento'], ['el', 'conteo'],
    ['die', 'zählung'], ['the', 'figure'], ['official', 'figure'], ['tally'], ['tallies'], ['la', 'cifra'],
    ['le', 'chiffre'], ['цифра'], ['цифру'], ['die', 'zahl'],
  ].map((p) => p.map((w) => foldString(w)));

  /** Words after a tally that name what it counts ("the count of arrests"): then it is not the count just given. */
  const COUNTED_AFTER = fold(['of', 'de', 'des', 'du', 'di', 'dei', 'degli', 'delle', 'del', 'della', 'der']);

  /**
   * The word hashes (word-hash.ts) of NUMBER_WORDS and of the compound numbers, for the page pass's check that a
   * block holds a number (figures.ts, `figureKeys`): worked out at build time, so that a page hashes none of them.
   */
  const NUMBER_HASHES = [...NUMBER_WORDS.keys(), ...compoundNumbers().keys()].map((w) => hashFinish(hashUnits(w, HASH_SEED)));
  return {
    MONTHS,
    TIME_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_CODES,
    NON_COUNT_PREFIXES,
    NON_COUNT_WORDS,
    DURATION_PREFIXES,
    DURATION_WORDS,
    NOT_FIGURE_PREFIXES,
    OTHER_GROUPS,
    AGE_WORDS,
    MORE_AFTER,
    BY_WORDS,
    RANGE_JOINERS,
    PRONOUNS,
    CHANGE_VERBS,
    HEDGES,
    ADJACENT_ONLY,
    IDENTIFIED_PREFIXES,
    NUMBERED_LABELS,
    SPAN_LEADS,
    BACK_THEN,
    RECOGNISED_PREFIXES,
    IDENTIFIED_AFTER,
    ABBREVIATED_LABELS,
    MORE_AFTER_NOUN,
    STATUS_WORDS,
    RISE_VERBS,
    TIME_AFTER,
    DAY_WORDS,
    INCIDENT_PARTS,
    PREPOSITIONS,
    PEOPLE_NOUNS,
    OBJECT_MARKERS,
    YEAR_LEADS,
    PERCENT_PHRASES,
    FILLERS,
    CONJUNCTIONS,
    NUMBER_WORDS,
    ONE_WORDS,
    ONE_COUNTS,
    NOT_ONE_BEFORE,
    NOT_BEFORE_SPELLED,
    OTHER_BEFORE,
    DAY_ARTICLES,
    PERIL_WORDS,
    TRIAL_OF,
    NOT_NUMBER_SPELLINGS,
    NOT_NUMBER_FOLDS,
    NUMBER_HASHES,
    RELATIVE_WORDS,
    LEGAL_STATUS_PREFIXES,
    OF_THE,
    ADDED_PREFIXES,
    SUBSET_AFTER,
    PART_NOUNS,
    SUBSET_BEFORE,
    TALLY_PHRASES,
    COUNTED_AFTER,
  };
}

export type FigureLexicon = ReturnType<typeof buildLexicon>;

let lexicon: FigureLexicon | null = null;

/** The folded word lists (built on first use, or taken from the packed detector: `useLexicon`). */
export function figureLexicon(): FigureLexicon {
  return (lexicon ??= buildLexicon());
}

/** The lexicon as plain JSON values: each list as [kind, items], sets and maps as arrays. */
export type PackedLexicon = Record<string, ['set' | 'map' | 'list', unknown[]]>;

/**
 * The folded word lists for the packed detector (packed.ts): a page then
 * makes its sets from arrays it parses natively and folds no word itself
 * (folding them all in a page's first, unoptimised run costs ~3 ms).
 */
export function packLexicon(): PackedLexicon {
  const out: PackedLexicon = {};
  for (const [name, value] of Object.entries(figureLexicon())) {
    out[name] = value instanceof Set ? ['set', [...value]] : value instanceof Map ? ['map', [...value]] : ['list', value as unknown[]];
  }
  return out;
}

/** The word lists back from `packLexicon`'s form. */
export function unpackLexicon(packed: PackedLexicon): FigureLexicon {
  const out: Record<string, unknown> = {};
  for (const [name, [kind, items]] of Object.entries(packed)) {
    out[name] = kind === 'set' ? new Set(items) : kind === 'map' ? new Map(items as [unknown, unknown][]) : items;
  }
  return out as FigureLexicon;
}

/** Takes the word lists from the packed detector, unless made already (they are the same either way). */
export function useLexicon(packed: PackedLexicon): void {
  lexicon ??= unpackLexicon(packed);
}
