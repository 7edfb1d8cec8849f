/**
 * The one element Gloss adds to a page: a host with an open shadow root that
 * exists only while a card is shown. It is promoted to the top layer (a manual
 * popover) so page overlays and z-index stacks cannot cover it.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { CARD_HOST_TAG, type CardHost, type CardHostEvents } from '../utils/cards/card-ui';
import { CARD_CSS } from './card-styles';
import { CardView } from './CardView';

export function createCardHost(doc: Document, events: CardHostEvents): CardHost {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let stopPositioning: (() => void) | undefined;

  const mount = (): ShadowRoot => {
    if (root) return root;
    host = doc.createElement(CARD_HOST_TAG);
    root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    host.addEventListener('pointerenter', events.onPointerEnter);
    host.addEventListener('pointerleave', events.onPointerLeave);
    if ('popover' in host) host.popover = 'manual';
    doc.documentElement.append(host);
    if (host.popover) host.showPopover();
    return root;
  };

  return {
    get element() {
      return host;
    },
    show(card, anchor) {
      const shadow = mount();
      stopPositioning?.();
      render(<CardView card={card} onClose={events.onClose} />, shadow);
      const panel = shadow.querySelector<HTMLElement>('.card');
      if (!panel) return;
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
      };
      const place = () =>
        void computePosition(reference, panel, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(6),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            // Never taller than the room beside the mark: the card scrolls inside instead.
            size({
              padding: 8,
              apply({ availableHeight }) {
                panel.style.maxHeight = `${Math.max(140, Math.min(460, availableHeight))}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          panel.style.left = `${x}px`;
          panel.style.top = `${y}px`;
        });
      stopPositioning = autoUpdate(reference, panel, place);
    },
    hide() {
      stopPositioning?.();
      stopPositioning = undefined;
      if (root) render(null, root);
      host?.remove();
      host = undefined;
      root = undefined;
    },
  };
}
