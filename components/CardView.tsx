import type { CardModel } from '../utils/cards/card-model';
import { DisputeCard } from './DisputeCard';
import { EntityCard } from './EntityCard';

export function CardView({ card, onClose }: { card: CardModel; onClose: () => void }) {
  return card.kind === 'entity' ? <EntityCard card={card} onClose={onClose} /> : <DisputeCard card={card} onClose={onClose} />;
}
