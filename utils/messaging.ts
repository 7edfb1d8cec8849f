/**
 * The typed messages between the content script and the background, which
 * holds the whole compiled knowledge base.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardModel, CardRequest } from './cards/card-model';

interface GlossProtocol {
  getCard(request: CardRequest): CardModel | null;
  /** Injects the card UI into the sender's frame; true once it is there. */
  loadCardUi(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<GlossProtocol>();
