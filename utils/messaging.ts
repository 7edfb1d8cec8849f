/**
 * The typed messages between the page's scripts and the background, which
 * holds the whole compiled knowledge base and runs the detection engine.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardModel, CardRequest } from './cards/card-model';
import type { DetectionEngine } from './detect/engine';
import type { PageResult } from './detect/types';
import { type BlockPiece, PartsInbox, blockBatches, joinPieces, textParts } from './message-parts';

/** The unlisted scripts of entrypoints/ that the background injects into pages. */
export type InjectedScript = 'page-scanner' | 'card-ui';

/** A part of a request sent in parts (message-parts.ts): `id` names the request among the sender's. */
interface Part<T> {
  id: number;
  part: T;
}

/** The last part, and how many parts the request has in all. */
interface LastPart<T> extends Part<T> {
  parts: number;
}

interface GlossProtocol {
  getCard(request: CardRequest): CardModel | null;
  /**
   * Injects one of the scripts the content script loads on demand into the
   * sender's frame: the page scanner (when the gate finds an anchor) or the
   * card UI (on the first hover). True once it is there.
   */
  inject(script: InjectedScript): boolean;
  /** A part of a page's text for the gate. */
  gatePart(part: Part<string>): void;
  /** The last part of a page's text: the gate's answer (`DetectionEngine.gate`). */
  gate(part: LastPart<string>): readonly number[] | null;
  /** A part of the blocks around a page's anchors. */
  scanPart(part: Part<BlockPiece[]>): void;
  /** The last part of the blocks: the page's mentions and figures (`DetectionEngine.scan`). */
  scanBlocks(part: LastPart<BlockPiece[]> & { wholePage: boolean }): PageResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<GlossProtocol>();

const requestId = () => Math.floor(Math.random() * 2 ** 31);

/** The detection engine of the background, asked by message from a page's scripts; long requests go in parts, a task each. */
export const backgroundEngine: DetectionEngine = {
  async gate(text) {
    const id = requestId();
    const parts = textParts(text);
    for (const part of parts.slice(0, -1)) await sendMessage('gatePart', { id, part });
    return sendMessage('gate', { id, part: parts.at(-1) as string, parts: parts.length });
  },
  async scan({ wholePage, blocks }) {
    const id = requestId();
    const batches = blockBatches(blocks);
    for (const part of batches.slice(0, -1)) await sendMessage('scanPart', { id, part });
    return sendMessage('scanBlocks', { id, part: batches.at(-1) as BlockPiece[], parts: batches.length, wholePage });
  },
};

/** Serves `backgroundEngine`'s messages from `engine` (in the background). */
export function serveEngine(engine: () => DetectionEngine): void {
  const texts = new PartsInbox<string>();
  const pieces = new PartsInbox<BlockPiece>();
  const from = (sender: { tab?: { id?: number }; frameId?: number }) => `${sender.tab?.id ?? '-'}/${sender.frameId ?? 0}`;
  onMessage('gatePart', ({ data, sender }) => texts.add(from(sender), data.id, [data.part]));
  onMessage('gate', ({ data, sender }) => engine().gate(texts.take(from(sender), data.id, [data.part], data.parts).join('')));
  onMessage('scanPart', ({ data, sender }) => pieces.add(from(sender), data.id, data.part));
  onMessage('scanBlocks', ({ data, sender }) =>
    engine().scan({ wholePage: data.wholePage, blocks: joinPieces(pieces.take(from(sender), data.id, data.part, data.parts)) }),
  );
}
