/**
 * A slot in the extension's isolated world of a page, shared by the scripts
 * that run there: the content script, and the scripts the background injects
 * into the same world on demand (the page scanner, the card UI), which put
 * what they provide in a slot for the content script to pick up.
 */
export interface WorldSlot<T> {
  provide(value: T): void;
  installed(): T | undefined;
  /**
   * What the slot holds, once `inject` (asking the background to inject the
   * script that fills it; true once done) has run if it was empty. An
   * `inject` that fails is tried once more after a short wait (the
   * background may have been starting); a second failure is thrown.
   * Undefined when the script was injected but left the slot empty.
   */
  load(inject: () => Promise<boolean>): Promise<T | undefined>;
}

/** The wait before `load` tries a failed injection again. */
export const RETRY_MS = 250;

export function worldSlot<T>(name: string): WorldSlot<T> {
  const key = Symbol.for(name);
  const world = globalThis as Record<symbol, T | undefined>;
  const installed = (): T | undefined => world[key];
  return {
    provide: (value) => {
      world[key] = value;
    },
    installed,
    async load(inject) {
      const held = installed();
      if (held) return held;
      let injected: boolean;
      try {
        injected = await inject();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        injected = await inject();
      }
      return injected ? installed() : undefined;
    },
  };
}
