/**
 * Small hand-made matcher data for the engine tests (independent of the KB
 * being written in data/).
 */
import type { MatcherAlias, MatcherData, MatcherEntity } from '../../utils/kb/matcher-data';
import { createDetector, scanPage } from '../../utils/detect';
import type { Detector, PageResult } from '../../utils/detect';

type AliasOptions = Partial<Pick<MatcherAlias, 'caseSensitive' | 'weak' | 'misspelling' | 'wordLike'>>;

export function alias(text: string, entity: string, lang = 'en', opts: AliasOptions = {}): MatcherAlias {
  return { text, entity, lang, caseSensitive: false, weak: false, misspelling: false, ...opts };
}

function entity(id: string, name: string, type: string, related: string[], excludeContexts: string[] = []): MatcherEntity {
  return { id, name, type, related, excludeContexts };
}

export const CROCUS = 'crocus-city-hall-attack';
export const ISISK = 'isis-k';
export const IS = 'islamic-state';
export const PATRUSHEV = 'nikolai-patrushev';
export const DEATHS = 'crocus-death-toll';
export const INJURED = 'crocus-injured';

export const ENTITIES: MatcherEntity[] = [
  entity(CROCUS, 'Crocus City Hall attack', 'event', [ISISK, IS, PATRUSHEV], ['crocus bulbs', 'crocus corms', 'saffron crocus']),
  entity(ISISK, 'ISIS-K', 'organization', [IS]),
  entity(IS, 'Islamic State', 'organization', [], ['temple of Isis', 'goddess Isis', 'Isis and Osiris', 'dea Iside']),
  entity(PATRUSHEV, 'Nikolai Patrushev', 'person', [CROCUS]),
];

export const ALIASES: MatcherAlias[] = [
  alias('Crocus City Hall', CROCUS),
  alias('Crocus City Hall attack', CROCUS),
  alias('Crocus', CROCUS, 'en', { weak: true }),
  alias('Крокус Сити Холл', CROCUS, 'ru'),
  alias('Крокус', CROCUS, 'ru', { weak: true }),
  alias('ISIS-K', ISISK),
  alias('Islamic State Khorasan Province', ISISK),
  alias('Wilayat Khorasan', ISISK),
  alias('ISIS-Khorasan', ISISK),
  alias('ИГИЛ-К', ISISK, 'ru'),
  alias('Stato Islamico del Khorasan', ISISK, 'it'),
  alias('Islamic State', IS),
  // (As the compiler marks them: "is" and German "Ei" are everyday words.)
  alias('IS', IS, 'en', { caseSensitive: true, weak: true, wordLike: true }),
  alias('EI', IS, 'fr', { caseSensitive: true, weak: true, wordLike: true }),
  alias('Isis', IS, 'en', { weak: true }),
  alias('ИГИЛ', IS, 'ru'),
  alias('Stato Islamico', IS, 'it'),
  alias('État islamique', IS, 'fr'),
  alias('Islamischer Staat', IS, 'de'),
  alias('Estado Islámico', IS, 'es'),
  alias('Nikolai Patrushev', PATRUSHEV),
  alias('Patrushev', PATRUSHEV),
  alias('Патрушев', PATRUSHEV, 'ru'),
  alias('Николай Патрушев', PATRUSHEV, 'ru'),
  alias('Patruschew', PATRUSHEV, 'de'),
  alias('Patrouchev', PATRUSHEV, 'fr'),
  alias('Patrušev', PATRUSHEV, 'it'),
  alias('Patruchev', PATRUSHEV, 'fr', { misspelling: true }),
];

export const DATA: MatcherData = {
  revision: 1,
  date: '2024-04-01',
  entities: ENTITIES,
  aliases: ALIASES,
  disputes: [
    {
      id: DEATHS,
      subject: CROCUS,
      scope: 'dead',
      figureWords: {
        en: ['killed', 'dead', 'died', 'deaths', 'death toll', 'fatalities', 'lives', 'lost their lives'],
        ru: ['погиб', 'жертв', 'убит', 'скончал', 'смерт'],
        it: ['morti', 'morto', 'vittime', 'uccis', 'deceduti'],
        fr: ['morts', 'tués', 'décès', 'bilan', 'victimes'],
        de: ['Tote', 'getötet', 'Todesopfer', 'starben', 'ums Leben'],
        es: ['muertos', 'fallecid', 'víctimas mortales', 'murieron'],
      },
    },
    {
      id: INJURED,
      subject: CROCUS,
      scope: 'injured',
      figureWords: {
        en: ['injured', 'wounded', 'hurt', 'injuries'],
        ru: ['ранен', 'пострадав', 'пострадал'],
        it: ['feriti', 'ferite'],
        fr: ['blessés'],
        de: ['Verletzte', 'verletzt', 'verwundet'],
        es: ['heridos', 'lesionados'],
      },
    },
  ],
};

let shared: Detector | null = null;
export function detector(): Detector {
  return (shared ??= createDetector(DATA));
}

export function run(blocks: string | readonly string[], d: Detector = detector()): PageResult {
  return scanPage(d, typeof blocks === 'string' ? [blocks] : blocks);
}

/** [entity, text] pairs of the mentions, for compact assertions. */
export function marks(r: PageResult): [string, string][] {
  return r.mentions.map((m) => [m.entity, m.text]);
}

/** [dispute, value, text] triples of the figures. */
export function figs(r: PageResult): [string, number, string][] {
  return r.figures.map((f) => [f.dispute, f.value, f.text]);
}
