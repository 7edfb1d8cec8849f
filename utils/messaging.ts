/**
 * The typed messages between the content script and the background, which
 * holds the whole compiled knowledge base and runs the detection engine.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardModel, CardRequest } from './cards/card-model';
import type { DetectionEngine, ScanRequest } from './detect/engine';
import type { PageResult } from './detect/types';

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
  /** The gate over a page's text (`DetectionEngine.gate`). */
  gate(text: string): number[] | null;
  /** The scan of the blocks around a page's anchors (`DetectionEngine.scan`). */
  scanBlocks(request: ScanRequest): PageResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<GlossProtocol>();

/** The detection engine of the background, asked by message from a page's scripts. */
export const backgroundEngine: DetectionEngine = {
  gate: (text) => sendMessage('gate', text),
  scan: (request) => sendMessage('scanBlocks', request),
};

/** Serves `backgroundEngine`'s messages from `engine` (in the background). */
export function serveEngine(engine: () => DetectionEngine): void {
  onMessage('gate', ({ data }) => engine().gate(data));
  onMessage('scanBlocks', ({ data }) => engine().scan(data));
}
