/**
 * When to prepare, show and hide a hover card, after Wikipedia's Page Previews:
 * prepare once the pointer has rested on a mark for a moment, show a little
 * later, and hide shortly after the pointer leaves unless it moves onto the
 * card. Pure timing logic; timers are injected so tests can drive them.
 */
export interface HoverTimings {
  prepareMs: number;
  showMs: number;
  hideMs: number;
}

export const DEFAULT_TIMINGS: HoverTimings = { prepareMs: 150, showMs: 500, hideMs: 300 };

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export interface HoverIntentHandlers<T> {
  prepare(target: T): void;
  show(target: T): void;
  hide(): void;
}

export interface HoverIntent<T> {
  /** The target under the pointer now (undefined when over nothing). */
  pointerAt(target: T | undefined): void;
  enterCard(): void;
  leaveCard(): void;
  /** Hide at once (Esc, scroll, page change). */
  close(): void;
  readonly shown: T | undefined;
}

export function createHoverIntent<T>(
  handlers: HoverIntentHandlers<T>,
  timers: Timers,
  timings: HoverTimings = DEFAULT_TIMINGS,
): HoverIntent<T> {
  let pending: T | undefined;
  let shown: T | undefined;
  let overCard = false;
  let prepareTimer: number | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;

  const cancel = (timer: number | undefined) => {
    if (timer !== undefined) timers.clear(timer);
    return undefined;
  };
  const cancelPending = () => {
    prepareTimer = cancel(prepareTimer);
    showTimer = cancel(showTimer);
    pending = undefined;
  };
  const hideNow = () => {
    hideTimer = cancel(hideTimer);
    if (shown === undefined) return;
    shown = undefined;
    overCard = false;
    handlers.hide();
  };
  const scheduleHide = () => {
    if (shown === undefined || hideTimer !== undefined) return;
    hideTimer = timers.set(() => {
      hideTimer = undefined;
      hideNow();
    }, timings.hideMs);
  };

  return {
    get shown() {
      return shown;
    },
    pointerAt(target) {
      if (target === undefined) {
        cancelPending();
        if (!overCard) scheduleHide();
        return;
      }
      if (target === shown) {
        hideTimer = cancel(hideTimer);
        cancelPending();
        return;
      }
      if (target === pending) return;
      cancelPending();
      scheduleHide();
      pending = target;
      prepareTimer = timers.set(() => {
        prepareTimer = undefined;
        handlers.prepare(target);
      }, timings.prepareMs);
      showTimer = timers.set(() => {
        showTimer = undefined;
        pending = undefined;
        hideNow();
        shown = target;
        handlers.show(target);
      }, timings.showMs);
    },
    enterCard() {
      overCard = true;
      hideTimer = cancel(hideTimer);
    },
    leaveCard() {
      overCard = false;
      scheduleHide();
    },
    close() {
      cancelPending();
      hideNow();
    },
  };
}
