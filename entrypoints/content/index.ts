import { defineContentScript } from 'wxt/utils/define-content-script';
import { backgroundEngine, sendMessage } from '../../utils/messaging';
import { findAnchors } from '../../utils/page/find-anchors';
import { supportsHighlights } from '../../utils/page/highlights';
// The ::highlight() rules ship as the content script's style sheet, in the page from the start.
import '../../utils/page/highlights.css';
import { pageScannerSlot } from '../../utils/page/page-scanner';
import { createSlicer } from '../../utils/slicer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!supportsHighlights()) return;
    const root = document.body ?? document.documentElement;
    // Every page: its text read once, for the gate (run in the background). Only pages where it finds an
    // anchor load the page scanner.
    const anchors = await findAnchors(root, backgroundEngine, { slicer: createSlicer(), cancelled: () => ctx.isInvalid });
    if (!anchors || ctx.isInvalid) return;
    const scanner = await pageScannerSlot.load(() => sendMessage('inject', 'page-scanner'));
    if (!scanner || ctx.isInvalid) return;
    await scanner.markPage(ctx, root, anchors);
  },
});
