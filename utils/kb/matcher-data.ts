/**
 * The slice of the compiled knowledge base that the detection engine needs.
 * It is small on purpose: detection needs only this; cards are built from
 * the whole compiled KB, which the background holds too.
 */
export interface MatcherAlias {
  /** The alias as written in the KB (display names are included as aliases). */
  text: string;
  entity: string;
  lang: string;
  caseSensitive: boolean;
  /** Counts only with supporting context (a strong mention of this or a related subject). */
  weak: boolean;
  /** A known misspelling: reported as a possible (fuzzy) mention. */
  misspelling: boolean;
  /** A case form the compiler made of an alias (case-forms.ts): matched as written, not a misspelling target. */
  caseForm?: boolean;
  /**
   * A case-sensitive alias that is an everyday word in lower case ("IS"):
   * not taken amid words in capitals ("WHAT IS KNOWN"), where its case says
   * nothing.
   */
  wordLike?: boolean;
}

export interface MatcherEntity {
  id: string;
  type: string;
  /** English display name. */
  name: string;
  related: string[];
  /** Phrases that rule a match of this entity's aliases out ("temple of Isis"). */
  excludeContexts: string[];
}

export interface MatcherDispute {
  id: string;
  subject: string;
  scope?: string;
  /** Per language, words near a number that make it an answer to this dispute. */
  figureWords: Record<string, string[]>;
  /** "One" in words may answer it ("one person is still missing"); else spelled numbers count from two. */
  countsOne?: boolean;
  /**
   * The year of the subject's date, when the subject is an event with one: a
   * number right after another year is about that year ("Beslan in 2004
   * (334 deaths)"), not an answer.
   */
  year?: number;
}

export interface MatcherData {
  revision: number;
  date: string;
  entities: MatcherEntity[];
  aliases: MatcherAlias[];
  disputes: MatcherDispute[];
}
