/**
 * What a hover card shows, already resolved and formatted: the background
 * builds it from the compiled KB and sends it to the content script.
 */
export interface CardSource {
  title: string;
  publisher: string;
  url?: string;
  published: string;
  kind: string;
  /** Opinion and analysis pieces are labelled as such on the card. */
  opinion: boolean;
}

export interface CardStatement {
  id: string;
  property: string;
  /** The value, formatted for reading ("at least 133", "“Of course Ukraine”"). */
  value: string;
  /** The number, for numeric values (figure cards compare it with the page's). */
  number?: number;
  translation?: string;
  asOf?: string;
  saidBy?: string;
  scope?: string;
  note?: string;
  rank: 'preferred' | 'normal' | 'deprecated';
  reason?: string;
  sources: CardSource[];
}

export interface CardKbInfo {
  revision: number;
  date: string;
}

export interface EntityCardModel {
  kind: 'entity';
  id: string;
  name: string;
  type: string;
  description: string;
  facts: CardStatement[];
  disputes: { id: string; question: string; answers: number }[];
  kb: CardKbInfo;
}

export interface DisputeCardModel {
  kind: 'dispute';
  id: string;
  subject: string;
  question: string;
  why: string;
  numeric: boolean;
  /** The figure as the page states it, for figure cards. */
  pageValue?: number;
  answers: CardStatement[];
  kb: CardKbInfo;
}

export type CardModel = EntityCardModel | DisputeCardModel;

export interface CardRequest {
  kind: 'entity' | 'dispute';
  id: string;
  pageValue?: number;
}
