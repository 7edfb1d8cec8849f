import kb from 'virtual:gloss-kb/full';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCard } from '../utils/cards/build-card';
import { onMessage } from '../utils/messaging';

export default defineBackground(() => {
  onMessage('getCard', ({ data }) => buildCard(kb, data));
  // The page scanner goes only into frames whose gate found an anchor (utils/page/page-scanner.ts),
  // the card UI only into frames that show a card (utils/cards/card-ui.ts).
  onMessage('inject', async ({ data: script, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [`/${script}.js`],
    });
    return true;
  });
});
