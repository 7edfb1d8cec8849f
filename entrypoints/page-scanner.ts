import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardUiSlot, isCardHost } from '../utils/cards/card-ui';
import { backgroundEngine, sendMessage } from '../utils/messaging';
import { paintHighlights } from '../utils/page/highlights';
import { startHoverCards } from '../utils/page/hover-cards';
import { toMarks } from '../utils/page/marks';
import { pageScannerSlot } from '../utils/page/page-scanner';
import { scanAround } from '../utils/page/scan-document';
import { createSlicer } from '../utils/slicer';

/**
 * Injected by the background into a page's isolated world when the gate
 * finds an anchor (see utils/page/page-scanner.ts): segments the blocks
 * around the anchors, has the background's engine scan them, paints the
 * marks, and starts the hover cards.
 */
export default defineUnlistedScript(() => {
  pageScannerSlot.provide({
    async markPage(ctx, root, anchors) {
      const scan = await scanAround(root, anchors, backgroundEngine, {
        slicer: createSlicer(),
        cancelled: () => ctx.isInvalid,
        ignore: isCardHost,
      });
      if (ctx.isInvalid) return;
      const marks = toMarks(scan);
      if (marks.length === 0) return;
      ctx.onInvalidated(paintHighlights(marks));
      startHoverCards(ctx, root.ownerDocument, marks, {
        loadCard: (mark) =>
          sendMessage('getCard', {
            kind: mark.kind === 'figure' ? 'dispute' : 'entity',
            id: mark.id,
            ...(mark.value !== undefined ? { pageValue: mark.value } : {}),
          }),
        loadUi: async () => {
          const ui = await cardUiSlot.load(() => sendMessage('inject', 'card-ui'));
          if (!ui) throw new Error('The card UI could not be loaded.');
          return ui;
        },
      });
    },
  });
});
