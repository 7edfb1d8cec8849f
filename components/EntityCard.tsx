import type { EntityCardModel } from '../utils/cards/card-model';
import { CardFrame } from './CardFrame';
import { StatementItem } from './StatementItem';

export function EntityCard({ card, onClose }: { card: EntityCardModel; onClose: () => void }) {
  return (
    <CardFrame title={card.name} badge={card.type} kb={card.kb} onClose={onClose}>
      <p>{card.description}</p>
      {card.facts.length > 0 && (
        <>
          <h3>Key facts</h3>
          <ul>
            {card.facts.map((fact) => (
              <StatementItem key={fact.id} statement={{ ...fact, value: `${fact.property}: ${fact.value}` }} />
            ))}
          </ul>
        </>
      )}
      {card.disputes.length > 0 && (
        <>
          <h3>Where sources disagree</h3>
          <ul>
            {card.disputes.map((dispute) => (
              <li key={dispute.id}>
                {dispute.question} <span class="muted">({dispute.answers} differing answers)</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </CardFrame>
  );
}
