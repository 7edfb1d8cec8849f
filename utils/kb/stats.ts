/** Counts for `kb stats`. */
import type { CompiledKb } from './compiled.ts';
import type { MatcherData } from './matcher-data.ts';

export interface KbStats {
  revision: number;
  hash: string;
  entities: { total: number; byType: Record<string, number> };
  /** Display names and aliases the matcher knows, per language. */
  aliases: { total: number; byLanguage: Record<string, number>; weak: number; caseSensitive: number; misspellings: number; caseForms: number };
  statements: { total: number; byRank: Record<string, number> };
  disputes: { total: number; byKind: Record<string, number> };
  sources: { total: number; byKind: Record<string, number> };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function kbStats(kb: CompiledKb, matcher: MatcherData): KbStats {
  const entities = Object.values(kb.entities);
  const disputes = Object.values(kb.disputes);
  const sources = Object.values(kb.sources);
  const statements = [...entities.flatMap((e) => e.statements), ...disputes.flatMap((d) => d.statements)];
  const aliases = matcher.aliases;
  return {
    revision: kb.meta.revision,
    hash: kb.meta.hash,
    entities: { total: entities.length, byType: countBy(entities, (e) => e.type) },
    aliases: {
      total: aliases.length,
      byLanguage: countBy(aliases, (a) => a.lang),
      weak: aliases.filter((a) => a.weak).length,
      caseSensitive: aliases.filter((a) => a.caseSensitive).length,
      misspellings: aliases.filter((a) => a.misspelling).length,
      caseForms: aliases.filter((a) => a.caseForm).length,
    },
    statements: { total: statements.length, byRank: countBy(statements, (s) => s.rank) },
    disputes: { total: disputes.length, byKind: countBy(disputes, (d) => d.kind) },
    sources: { total: sources.length, byKind: countBy(sources, (s) => s.kind) },
  };
}

export function formatStats(s: KbStats): string {
  const list = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return [
    `KB revision ${s.revision} (${s.hash})`,
    `Entities:   ${s.entities.total} (${list(s.entities.byType)})`,
    `Aliases:    ${s.aliases.total} incl. display names (${list(s.aliases.byLanguage)}); weak ${s.aliases.weak}, case-sensitive ${s.aliases.caseSensitive}, misspellings ${s.aliases.misspellings}, case forms made by the compiler ${s.aliases.caseForms}`,
    `Statements: ${s.statements.total} (${list(s.statements.byRank)})`,
    `Disputes:   ${s.disputes.total} (${list(s.disputes.byKind)})`,
    `Sources:    ${s.sources.total} (${list(s.sources.byKind)})`,
  ].join('\n');
}
