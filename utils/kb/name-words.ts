/**
 * Words that many names of organisations, offices, places and events share
 * ("Federal Security Service", "Security Council", "Islamic Republic"), per
 * language, folded. The page gate (utils/detect/gate-pack.ts) does not let
 * one of these alone stand for an alias: an alias whose capitalised words
 * are all such words needs all of them on a page. Add a word here when pages
 * that do not mention an alias keep being read closely because of it (the
 * benchmarks and the corpus test say which pages the gate lets through).
 */
import { foldText } from './fold.ts';

const WORDS = `
  service services security intelligence federal foreign national international central general main special
  military state states united republic kingdom federation council committee ministry agency group party
  foundation development directorate direction office department army forces force front union association
  movement organisation organization district region regional province court tribunal administration
  embassy channel news press media radio television telegram times post daily world global
  europe european america american africa african asia asian middle east eastern west western north northern
  south southern crisis attack attacks siege bombing bombings olympics summer games airlines championship
  resistance terrorism hall city concert investigative investigation emergency emergencies situations
  russia russian russians moscow ukraine ukrainian america american britain british france french
  russie russe moscou rusia ruso rusa moscu russo russa mosca russland russisch russische russischer moskau
  россия россии российская россиискои москва москвы москве украина украины
  servicio servicios seguridad inteligencia nacional estado estados unidos consejo comite ministerio grupo
  partido fundacion direccion oficina union provincia tribunal administracion embajada canal
  servizio servizi sicurezza intelligence nazionale stato stati uniti consiglio comitato ministero gruppo
  partito fondazione direzione ufficio unione regione provincia tribunale amministrazione ambasciata canale
  securite renseignement national nationale etat etats unis conseil comite ministere groupe parti fondation
  direction bureau union region province tribunal administration ambassade chaine
  dienst sicherheit nachrichtendienst staat staaten vereinigte rat komitee ministerium gruppe partei
  stiftung direktion amt union region provinz gericht verwaltung botschaft kanal
  служба службы безопасности разведки разведка федеральная федеральнои национальная государство
  государственная совет совета комитет комитета министерство министерства группа партия фонд управление
  главное главного союз область области регион провинция суд администрация посольство канал
`;

let words: Set<string> | undefined;

/** Whether `word` (folded, or not yet) is one that many names share. */
export function isNameWord(word: string): boolean {
  words ??= new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => foldText(w)));
  return words.has(foldText(word));
}
