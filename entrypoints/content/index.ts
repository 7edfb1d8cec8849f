import detectorData from 'virtual:gloss-kb/detector';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installedCardUi, isCardHost } from '../../utils/cards/card-ui';
import { loadDetector } from '../../utils/detect';
import { sendMessage } from '../../utils/messaging';
import { paintHighlights, supportsHighlights } from '../../utils/page/highlights';
import { startHoverCards } from '../../utils/page/hover-cards';
import { toMarks } from '../../utils/page/marks';
import { scanDocument } from '../../utils/page/scan-document';
import { createSlicer } from '../../utils/page/slicer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!supportsHighlights()) return;
    const root = document.body ?? document.documentElement;
    const scan = await scanDocument(root, loadDetector(detectorData), {
      slicer: createSlicer(),
      cancelled: () => ctx.isInvalid,
      ignore: isCardHost,
    });
    if (ctx.isInvalid) return;
    const marks = toMarks(scan);
    if (marks.length === 0) return;
    ctx.onInvalidated(paintHighlights(marks));
    startHoverCards(ctx, document, marks, {
      loadCard: (mark) =>
        sendMessage('getCard', {
          kind: mark.kind === 'figure' ? 'dispute' : 'entity',
          id: mark.id,
          ...(mark.value !== undefined ? { pageValue: mark.value } : {}),
        }),
      loadUi: async () => {
        const ui = installedCardUi() ?? ((await sendMessage('loadCardUi', undefined)) && installedCardUi());
        if (!ui) throw new Error('The card UI could not be loaded.');
        return ui;
      },
    });
  },
});
