/**
 * Everyday words per language. An alias that is one of these (after folding
 * case and diacritics) would match ordinary prose, so the compiler asks for it
 * to be marked `caseSensitive` or `weak`.
 *
 * The lists are deliberately modest: the most frequent function words plus
 * nouns and verbs that are also names in this knowledge base (Crocus, Shot,
 * Baza, Mash, Picnic, State ...). The Russian list also holds "baza", the
 * usual Latin spelling of база. Add a word here when a new alias trips over
 * ordinary text.
 */
import { foldText } from './fold.ts';

const WORDS: Record<string, string> = {
  en: `
    a an the and or but nor if then else than that this these those there here
    is are was were be been being am do does did done have has had having
    i me my mine we us our you your he him his she her it its they them their
    who whom whose which what when where why how all any both each few more most
    other some such no not only own same so too very can will just should now
    of to in on at by for with about against between into through during before
    after above below from up down out off over under again further once
    one two three four five six seven eight nine ten hundred thousand million
    new old good bad big small long short high low great little first last next
    man men woman women child children people person family group team party
    day week month year time today night morning evening hour minute second
    state states nation country city town village hall house home room building
    base case fine shot mash picnic crocus rose lily iris tulip daisy
    center centre service agency office court law police army force forces
    government minister president leader chief head member council committee
    attack attacks war peace death dead killed fire fires gun guns bomb shooting
    news report reports story press paper channel post page media source sources
    world life work job money business market company bank trade price
    way part place point end side line word words name names number numbers
    fact case cases issue issues problem question answer reason result
    say says said tell told ask asked make made take took see saw seen know knew
    get got go went come came give gave find found think thought look looked
    want use used call called try tried leave left put keep kept let begin
    show shown hear heard play played run ran move live lived believe hold held
    bring brought happen happened write wrote sit stand lose lost pay paid meet
    include continue set learn change lead understand watch follow stop create
    speak read allow add spend grow open walk win offer remember love consider
    appear buy wait serve die send expect build stay fall cut reach kill remain
    may might must shall would could also well even still back way like
    key main major public private general local national international
    free full clear open close sure true real right left wrong human social
    early late young able black white red green blue dark light
    us uk eu un is
  `,
  ru: `
    и в во не на я он она оно они мы вы ты что как так но да нет или ли же бы
    с со к ко у о об от до по за из изо для при про без над под между через
    это этот эта эти тот та те то весь вся все всё свой своя свои его её их
    был была было были быть есть будет будут может можно нужно надо
    кто где когда почему зачем куда откуда сколько который которая которые
    один два три четыре пять шесть семь восемь девять десять сто тысяча
    год года лет день дня дни ночь утро вечер час часа время раз
    человек люди народ город дом зал центр база пикник крокус сила силы
    власть государство страна мир война смерть жертвы погибли погибших
    новости новость канал пост газета сми данные число цифра
    сказал сказала заявил заявила сообщил сообщила говорит стало теперь уже
    ещё еще очень только даже тоже также потом сейчас здесь там тут
    новый новая новые старый большой малый первый последний главный
    дело случай вопрос ответ причина результат суд закон полиция армия
    президент министр глава член совет служба агентство группа
    работа жизнь деньги слово имя место часть сторона конец
    baza
  `,
  it: `
    il lo la i gli le un uno una di a da in con su per tra fra e ed o ma se
    che chi cui non si ci vi ne è e' ei egli ella esso essa noi voi loro lui lei
    mio mia tuo tua suo sua nostro vostro questo questa quello quella
    sono sei siamo siete era erano essere stato stata stati avere ha hanno aveva
    fare fatto detto dire anche come dove quando perché più meno molto poco
    tutto tutti ogni altro altra stesso solo già ancora sempre mai ora poi
    uno due tre quattro cinque sei sette otto nove dieci cento mille
    anno anni giorno giorni notte sera mattina ora ore tempo volta
    uomo donna persone gente paese città casa sala centro base caso fine
    stato governo presidente ministro capo membro consiglio servizio agenzia
    attacco attentato guerra pace morte morti vittime fuoco arma
    notizia notizie canale giornale stampa fonte fonti numero parte
    nuovo vecchio grande piccolo primo ultimo buono cattivo
    picnic croco crocus
  `,
  fr: `
    le la les un une des du de d l à au aux en dans sur sous par pour avec sans
    et ou mais donc or ni car que qui quoi dont où si ne pas plus moins très
    je tu il elle on nous vous ils elles me te se lui leur leurs mon ma mes
    ton ta tes son sa ses notre nos votre vos ce cet cette ces celui celle
    est sont était étaient être été avoir a ont avait fait faire dit dire
    aussi comme quand tout tous toute toutes autre même seul déjà encore
    toujours jamais maintenant puis alors ici là bien mal
    un deux trois quatre cinq six sept huit neuf dix cent mille
    an ans année jour jours nuit soir matin heure heures temps fois
    homme femme gens personne pays ville maison salle centre base cas fin
    état gouvernement président ministre chef membre conseil service agence
    attaque attentat guerre paix mort morts victimes feu arme
    nouvelle nouvelles chaîne journal presse source sources nombre partie
    nouveau vieux grand petit premier dernier bon mauvais fine
    pique-nique picnic crocus
  `,
  de: `
    der die das den dem des ein eine einer eines einem einen und oder aber
    nicht kein keine ich du er sie es wir ihr mein dein sein ihr unser euer
    ist sind war waren sein gewesen haben hat hatte hatten werden wird wurde
    in im an am auf aus bei mit nach von vor zu zum zur über unter durch für
    gegen ohne um bis seit als wie wenn dass ob weil auch noch schon nur
    sehr mehr viel wenig alle alles jeder jede andere selbst hier dort da
    jetzt dann immer nie heute morgen gestern so doch ja nein
    eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend
    jahr jahre tag tage nacht abend stunde zeit mal
    mann frau leute mensch land stadt haus halle saal zentrum basis fall ende
    staat regierung präsident minister chef mitglied rat dienst agentur
    angriff anschlag krieg frieden tod tote opfer feuer waffe
    nachricht nachrichten kanal zeitung presse quelle quellen zahl teil
    neu alt groß klein erste letzte gut schlecht fein schuss
    picknick krokus
  `,
  es: `
    el la los las un una unos unas de del al a en con sin por para sobre entre
    y e o u ni pero sino que quien cual cuyo donde cuando como si no más menos
    muy yo tú él ella ello nosotros vosotros ellos ellas me te se le les lo mi
    tu su nuestro vuestro este esta estos estas ese esa eso aquel aquella
    es son era eran ser sido fue fueron estar está están haber ha han había
    hacer hecho dicho decir también ya todavía siempre nunca ahora luego
    aquí allí todo todos toda todas otro otra mismo solo
    uno dos tres cuatro cinco seis siete ocho nueve diez cien mil
    año años día días noche tarde mañana hora horas tiempo vez
    hombre mujer gente persona país ciudad casa sala centro base caso fin
    estado gobierno presidente ministro jefe miembro consejo servicio agencia
    ataque atentado guerra paz muerte muertos víctimas fuego arma
    noticia noticias canal periódico prensa fuente fuentes número parte
    nuevo viejo grande pequeño primero último bueno malo fino
    baza picnic crocus
  `,
};

let cache: Map<string, string[]> | undefined;

function table(): Map<string, string[]> {
  if (cache) return cache;
  cache = new Map();
  for (const [lang, words] of Object.entries(WORDS)) {
    for (const word of words.split(/\s+/)) {
      if (!word) continue;
      const folded = foldText(word);
      const langs = cache.get(folded) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      cache.set(folded, langs);
    }
  }
  return cache;
}

/** The languages in which `text` (folded) is an everyday word; empty when it is none. */
export function commonWordLanguages(text: string): string[] {
  return table().get(foldText(text)) ?? [];
}
