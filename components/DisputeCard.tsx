import type { CardStatement, DisputeCardModel } from '../utils/cards/card-model';
import { CardFrame } from './CardFrame';
import { StatementItem } from './StatementItem';

function StatementList({ title, statements, pageValue }: { title: string; statements: CardStatement[]; pageValue?: number }) {
  if (statements.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {statements.map((statement) => (
          <StatementItem key={statement.id} statement={statement} match={pageValue !== undefined && statement.number === pageValue} />
        ))}
      </ul>
    </>
  );
}

export function DisputeCard({ card, onClose }: { card: DisputeCardModel; onClose: () => void }) {
  const { pageValue } = card;
  const same = pageValue === undefined ? [] : card.answers.filter((answer) => answer.number === pageValue);
  const current = card.answers.filter((answer) => answer.rank !== 'deprecated');
  const superseded = card.answers.filter((answer) => answer.rank === 'deprecated');
  return (
    <CardFrame title={card.question} badge="disputed" subtitle={card.subject} kb={card.kb} onClose={onClose}>
      {pageValue !== undefined && (
        <p>
          This page says <strong>{pageValue.toLocaleString('en')}</strong>.{' '}
          {same.length > 0
            ? `${same.length === 1 ? 'One source' : `${same.length} sources`} gave the same figure.`
            : 'The knowledge base has no source that gave this exact figure.'}
        </p>
      )}
      <StatementList title={`Who said ${pageValue?.toLocaleString('en') ?? ''}`} statements={same} pageValue={pageValue} />
      <StatementList title={card.numeric ? 'Figures given, by date' : 'What sources said'} statements={current} pageValue={pageValue} />
      <StatementList title="Superseded or unofficial" statements={superseded} pageValue={pageValue} />
      <h3>Why they differ</h3>
      <p>{card.why}</p>
    </CardFrame>
  );
}
