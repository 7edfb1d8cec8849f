import detectorData from 'virtual:gloss-kb/detector';
import kb from 'virtual:gloss-kb/full';
import gateData from 'virtual:gloss-kb/gate';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCard } from '../utils/cards/build-card';
import { loadDetector } from '../utils/detect/detector';
import { type DetectionEngine, localEngine } from '../utils/detect/engine';
import { Gate } from '../utils/detect/gate';
import type { Detector } from '../utils/detect/types';
import { onMessage, serveEngine } from '../utils/messaging';
import { createSlicer } from '../utils/slicer';

export default defineBackground(() => {
  onMessage('getCard', ({ data }) => buildCard(kb, data));
  // The detection engine runs here, for every frame's content script: a page's own thread only reads its
  // text and, where the gate opens, segments the blocks around the anchors. Each call is sliced, so the
  // scans of several tabs take turns.
  let engine: DetectionEngine | undefined;
  let detector: Detector | undefined;
  serveEngine(() => (engine ??= localEngine(new Gate(gateData), () => (detector ??= loadDetector(detectorData)), () => ({ slicer: createSlicer() }))));
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
