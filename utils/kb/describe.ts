/** Plain-text views of compiled entities and disputes, as a card would present them (for the CLI). */
import type { CompiledDispute, CompiledEntity, CompiledKb, ResolvedSource, ResolvedStatement, ResolvedValue } from './compiled.ts';
import type { MatcherAlias } from './matcher-data.ts';

const BOUNDS: Record<string, string> = { 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'at-most': 'at most ', exact: '' };

export function formatValue(v: ResolvedValue): string {
  if ('number' in v) return `${BOUNDS[v.bound ?? 'exact'] ?? ''}${v.number}`;
  if ('range' in v) return `${v.range[0]}–${v.range[1]}`;
  if ('date' in v) return v.date;
  if ('entity' in v) return `${v.name} (${v.entity})`;
  if ('text' in v) return v.text.en;
  return `“${v.quote}” (${v.lang})${v.translation ? ` — ${v.translation.en}` : ''}`;
}

function formatSource(s: ResolvedSource): string {
  const via = s.via ? `, via ${s.via}` : '';
  return `${s.publisher}, ${s.published}, ${s.kind}${via} — “${s.title}”${s.url ? ` ${s.url}` : ''} [${s.id}]`;
}

function statementLines(st: ResolvedStatement, label: string, indent: string): string[] {
  const q = st.qualifiers;
  const facts = [
    q.asOf && `as of ${q.asOf}`,
    q.scope && `scope: ${q.scope}`,
    q.saidBy && `said by ${q.saidBy.name}${q.saidBy.entity ? ` (${q.saidBy.entity})` : ''}`,
    q.start && `from ${q.start}`,
    q.end && `until ${q.end}`,
    st.rank !== 'normal' && `rank: ${st.rank}`,
  ].filter(Boolean);
  const lines = [`${indent}• ${label}${formatValue(st.value)}${facts.length ? ` — ${facts.join(', ')}` : ''}  [${st.id}]`];
  if (q.note) lines.push(`${indent}    note: ${q.note.en}`);
  if (st.reason) lines.push(`${indent}    reason: ${st.reason.en}`);
  for (const s of st.sources) lines.push(`${indent}    source: ${formatSource(s)}`);
  return lines;
}

function otherNames(names: Record<string, string>): string[] {
  return Object.entries(names)
    .filter(([lang]) => lang !== 'en')
    .map(([lang, text]) => `  ${lang}: ${text}`);
}

export function describeEntity(e: CompiledEntity, kb: CompiledKb, aliases: readonly MatcherAlias[] = []): string {
  const lines = [`${e.names.en}  [${e.type}]  ${e.id}`, ...otherNames(e.names), '', e.description.en];
  const own = aliases.filter((a) => a.entity === e.id);
  if (own.length > 0) {
    lines.push('', 'Written as:');
    for (const lang of [...new Set(own.map((a) => a.lang))]) {
      const list = own
        .filter((a) => a.lang === lang)
        .map((a) => {
          const flags = [a.caseSensitive && 'case-sensitive', a.weak && 'weak', a.misspelling && 'misspelling'].filter(Boolean);
          return flags.length ? `${a.text} (${flags.join(', ')})` : a.text;
        });
      lines.push(`  ${lang}: ${list.join('; ')}`);
    }
  }
  if (e.related.length > 0) {
    lines.push('', `Related: ${e.related.map((id) => `${kb.entities[id]?.names.en ?? id} (${id})`).join(', ')}`);
  }
  if (e.statements.length > 0) {
    lines.push('', 'Statements:');
    for (const st of e.statements) lines.push(...statementLines(st, `${kb.properties[st.property]?.label.en ?? st.property}: `, '  '));
  }
  if (e.disputes.length > 0) {
    lines.push('', 'Disputed:');
    for (const id of e.disputes) lines.push(`  ${id}: ${kb.disputes[id]?.question.en ?? ''}`);
  }
  return lines.join('\n');
}

export function describeDispute(d: CompiledDispute, kb: CompiledKb): string {
  const subject = kb.entities[d.subject]?.names.en ?? d.subject;
  const lines = [
    `${d.question.en}  [${d.kind} dispute${d.scope ? `, ${d.scope}` : ''}]  ${d.id}`,
    `About: ${subject} (${d.subject})`,
    '',
    'Answers:',
    ...d.statements.flatMap((st) => statementLines(st, '', '  ')),
    '',
    `Why they differ: ${d.why.en}`,
  ];
  return lines.join('\n');
}
