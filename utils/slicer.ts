/**
 * Cuts long work into slices so that no task blocks its thread for long: call
 * `slice()` between small units of work; it yields to the event loop once the
 * current slice has run for `budgetMs`. Used in the page (reading and
 * segmenting its text) and in the background (the detection engine, so that
 * the scans of several tabs take turns).
 */
export interface Slicer {
  slice(): Promise<void> | undefined;
}

export function createSlicer(budgetMs = 8, now: () => number = () => performance.now()): Slicer {
  let sliceStart = now();
  return {
    slice() {
      if (now() - sliceStart < budgetMs) return undefined;
      return yieldToEventLoop().then(() => {
        sliceStart = now();
      });
    },
  };
}

/** How a long run is paced: where it may pause, and when it should stop. */
export interface Pacing {
  /** Yields between units of work; omit to run in one go (Node tools). */
  slicer?: Slicer;
  /** Stops early (e.g. the extension was reloaded); the run then ends with what it has. */
  cancelled?: () => boolean;
}

/** Pauses if the slicer says so; true when the work should stop. */
export async function pause(pacing: Pacing): Promise<boolean> {
  const wait = pacing.slicer?.slice();
  if (!wait) return false;
  await wait;
  return pacing.cancelled?.() ?? false;
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
