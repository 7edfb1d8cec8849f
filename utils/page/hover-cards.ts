/**
 * Wires the page's marks to hover cards: pointer moves are hit-tested against
 * the highlight ranges (one check per animation frame), hover intent decides
 * when to prepare, show and hide, and the card UI, loaded on first use, draws
 * the card. Preparing fetches both the card and the UI, so showing is instant.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardModel } from '../cards/card-model';
import type { CardHost, CardUi } from '../cards/card-ui';
import { createHoverIntent } from '../hover-intent';
import { createHitTester } from './hit-test';
import type { Mark } from './marks';

export interface CardSources {
  loadCard(mark: Mark): Promise<CardModel | null>;
  loadUi(): Promise<CardUi>;
}

export function startHoverCards(ctx: ContentScriptContext, doc: Document, marks: readonly Mark[], sources: CardSources) {
  const hitTest = createHitTester(doc, marks);
  const cards = new Map<string, Promise<CardModel | null>>();
  const load = (mark: Mark) => {
    const key = `${mark.kind}:${mark.id}:${mark.value ?? ''}`;
    let card = cards.get(key);
    if (!card) {
      card = sources.loadCard(mark).catch(() => null);
      cards.set(key, card);
    }
    return card;
  };

  let host: CardHost | undefined;
  let hostReady: Promise<CardHost | undefined> | undefined;
  const loadHost = () =>
    (hostReady ??= sources.loadUi().then(
      (ui) =>
        (host = ui.createCardHost(doc, {
          onPointerEnter: () => intent.enterCard(),
          onPointerLeave: () => intent.leaveCard(),
          onClose: () => intent.close(),
        })),
      () => (hostReady = undefined),
    ));

  const intent = createHoverIntent<Mark>(
    {
      prepare: (mark) => {
        void load(mark);
        void loadHost();
      },
      show: (mark) =>
        void Promise.all([load(mark), loadHost()]).then(([card, ready]) => {
          if (card && ready && intent.shown === mark && !ctx.isInvalid) ready.show(card, mark.range);
        }),
      hide: () => host?.hide(),
    },
    { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (id) => clearTimeout(id) },
  );

  let frame = 0;
  let x = 0;
  let y = 0;
  let overHost = false;
  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      x = event.clientX;
      y = event.clientY;
      const element = host?.element;
      overHost = element !== undefined && event.composedPath().includes(element);
      if (frame) return;
      frame = ctx.requestAnimationFrame(() => {
        frame = 0;
        if (!overHost) intent.pointerAt(hitTest(x, y));
      });
    },
    { passive: true },
  );
  ctx.addEventListener(doc, 'pointerout', (event) => {
    if (event.relatedTarget === null) intent.pointerAt(undefined);
  });
  ctx.addEventListener(doc, 'keydown', (event) => {
    if (event.key === 'Escape' && intent.shown) intent.close();
  });
  ctx.onInvalidated(() => host?.hide());
}
