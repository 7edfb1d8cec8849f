import type { CardStatement } from '../utils/cards/card-model';
import { formatKbDate } from '../utils/format-date';
import { SourceList } from './SourceList';

export function StatementItem({ statement, match = false }: { statement: CardStatement; match?: boolean }) {
  const classes = ['answer', match && 'match', statement.rank === 'deprecated' && 'deprecated'].filter(Boolean).join(' ');
  const who = [statement.saidBy, statement.asOf && formatKbDate(statement.asOf)].filter(Boolean).join(', ');
  return (
    <li class={classes} aria-current={match ? 'true' : undefined}>
      <span class="value">{statement.value}</span>
      {statement.translation && <span class="muted"> ({statement.translation})</span>}
      {who && <span class="meta"> — {who}</span>}
      {statement.rank === 'deprecated' && (
        <div class="meta">
          Superseded or unofficial{statement.reason ? `: ${statement.reason}` : ''}
        </div>
      )}
      {statement.note && <div class="meta">{statement.note}</div>}
      <div class="meta">
        Source: <SourceList sources={statement.sources} />
      </div>
    </li>
  );
}
