/**
 * The card UI (Preact, positioning, the cards) is in neither the content
 * script nor the page scanner: most pages never show a card, so they never
 * pay for it. On the first hover the background injects `card-ui.js` into
 * the same isolated world, which registers itself here for the hover cards
 * (utils/page/hover-cards.ts) to pick up.
 */
import { worldSlot } from '../world-slot';
import type { CardModel } from './card-model';

export const CARD_HOST_TAG = 'gloss-card-host';

export interface CardHostEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onClose(): void;
}

export interface CardHost {
  show(card: CardModel, anchor: Range): void;
  hide(): void;
  readonly element: HTMLElement | undefined;
}

export interface CardUi {
  createCardHost(doc: Document, events: CardHostEvents): CardHost;
}

export const cardUiSlot = worldSlot<CardUi>('gloss.card-ui');

export function isCardHost(element: Element): boolean {
  return element.localName === CARD_HOST_TAG;
}
