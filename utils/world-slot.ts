/**
 * A slot in the extension's isolated world of a page, shared by the scripts
 * that run there: the content script, and the scripts the background injects
 * into the same world on demand (the page scanner, the card UI), which put
 * what they provide in a slot for the content script to pick up.
 */
export interface WorldSlot<T> {
  provide(value: T): void;
  installed(): T | undefined;
}

export function worldSlot<T>(name: string): WorldSlot<T> {
  const key = Symbol.for(name);
  const world = globalThis as Record<symbol, T | undefined>;
  return {
    provide: (value) => {
      world[key] = value;
    },
    installed: () => world[key],
  };
}
