import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from '../components/card-host';
import { cardUiSlot } from '../utils/cards/card-ui';

/** Injected by the background into a page's isolated world on the first hover (see utils/cards/card-ui.ts). */
export default defineUnlistedScript(() => cardUiSlot.provide({ createCardHost }));
