/**
 * The card UI (Preact, positioning, the cards) is not part of the content
 * script: most pages never show a card, so they never pay for it. On the
 * first hover the background injects `card-ui.js` into the same isolated
 * world, which registers itself here for the content script to pick up.
 */
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

const REGISTRY = Symbol.for('gloss.card-ui');
type Registry = { [REGISTRY]?: CardUi };

export function provideCardUi(ui: CardUi): void {
  (globalThis as Registry)[REGISTRY] = ui;
}

export function installedCardUi(): CardUi | undefined {
  return (globalThis as Registry)[REGISTRY];
}

export function isCardHost(element: Element): boolean {
  return element.localName === CARD_HOST_TAG;
}
