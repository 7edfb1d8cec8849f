/**
 * The compiled knowledge base: what the background script holds and what the
 * cards render. Every reference is resolved, so a card never has to look an id
 * up to show a name, a publisher or a date.
 */
import type { Dispute, Entity, Property, Source, Statement, Value } from './schema.ts';

type Localized = Entity['names'];

export interface CompiledMeta {
  revision: number;
  date: string;
  title: string;
  /** Short, stable hash of the compiled content (8 hex digits). */
  hash: string;
}

export interface ResolvedSource {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  published: string;
  kind: Source['kind'];
  language: string;
  /** Whom the source itself relays, when it says so ("Interfax"). */
  via?: string;
}

/** Who said it: a display name, plus the entity id when the speaker is in the KB. */
export interface ResolvedSpeaker {
  name: string;
  entity?: string;
}

/** A value with an entity reference carries the entity's English name too. */
export type ResolvedValue = Exclude<Value, { entity: string }> | { entity: string; name: string };

export interface ResolvedQualifiers {
  asOf?: string;
  scope?: string;
  saidBy?: ResolvedSpeaker;
  start?: string;
  end?: string;
  note?: Localized;
}

export interface ResolvedStatement {
  id: string;
  property: string;
  value: ResolvedValue;
  qualifiers: ResolvedQualifiers;
  sources: ResolvedSource[];
  rank: Statement['rank'];
  reason?: Localized;
}

export interface CompiledEntity {
  id: string;
  type: Entity['type'];
  names: Localized;
  description: Localized;
  related: string[];
  statements: ResolvedStatement[];
  /** Ids of the disputes whose subject is this entity. */
  disputes: string[];
}

export interface CompiledDispute {
  id: string;
  subject: string;
  question: Localized;
  why: Localized;
  kind: Dispute['kind'];
  scope?: string;
  /** For numeric disputes, ordered by the `asOf` qualifier (undated last). */
  statements: ResolvedStatement[];
}

export interface CompiledKb {
  meta: CompiledMeta;
  entities: Record<string, CompiledEntity>;
  disputes: Record<string, CompiledDispute>;
  sources: Record<string, Source>;
  properties: Record<string, Property>;
}
