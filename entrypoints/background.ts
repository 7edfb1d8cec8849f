import kb from 'virtual:gloss-kb/full';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCard } from '../utils/cards/build-card';
import { onMessage } from '../utils/messaging';

export default defineBackground(() => {
  onMessage('getCard', ({ data }) => buildCard(kb, data));
  // The card UI is injected only into frames that show a card (see utils/cards/card-ui.ts).
  onMessage('loadCardUi', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/card-ui.js'],
    });
    return true;
  });
});
