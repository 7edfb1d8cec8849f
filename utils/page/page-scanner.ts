/**
 * The page scanner (segmenting the blocks around the anchors, the marks and
 * the hover cards) is not part of the content script: the content script
 * only reads the page's text for the gate (find-anchors.ts, the gate itself
 * running in the background), and most pages hold nothing for it, so they
 * never load the rest. When the gate finds an anchor, the background injects
 * `page-scanner.js` into the same isolated world, which registers itself
 * here for the content script to call.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worldSlot } from '../world-slot';
import type { PageAnchors } from './find-anchors';

export interface PageScanner {
  /** Has the blocks around the anchors the gate found scanned, marks what is found and starts the hover cards. */
  markPage(ctx: ContentScriptContext, root: Element, anchors: PageAnchors): Promise<void>;
}

export const pageScannerSlot = worldSlot<PageScanner>('gloss.page-scanner');
