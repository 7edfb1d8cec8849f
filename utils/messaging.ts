/**
 * The typed messages between the content script and the background, which
 * holds the whole compiled knowledge base.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardModel, CardRequest } from './cards/card-model';

/** The unlisted scripts of entrypoints/ that the background injects into pages. */
export type InjectedScript = 'page-scanner' | 'card-ui';

interface GlossProtocol {
  getCard(request: CardRequest): CardModel | null;
  /**
   * Injects one of the scripts the content script loads on demand into the
   * sender's frame: the page scanner (when the gate finds an anchor) or the
   * card UI (on the first hover). True once it is there.
   */
  inject(script: InjectedScript): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<GlossProtocol>();
