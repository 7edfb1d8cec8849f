/**
 * Cuts long work into slices so that no task blocks the page for long: call
 * `slice()` between small units of work; it yields to the event loop once the
 * current slice has run for `budgetMs`.
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

interface SchedulerWithYield {
  yield(): Promise<void>;
}

function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
