/**
 * A world slot loads what an injected script provides: from the slot when it
 * is there, else after asking the background to inject the script, with one
 * more try when that fails.
 */
import { describe, expect, it } from 'vitest';
import { worldSlot } from '../../utils/world-slot';

let names = 0;
/** A slot of its own per test (slots live on globalThis), and an injector that fills it after `failures` failed calls. */
function setUp(failures: number, fills = true) {
  const slot = worldSlot<{ name: string }>(`gloss.test-slot-${names++}`);
  let calls = 0;
  const inject = async (): Promise<boolean> => {
    calls++;
    if (calls <= failures) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (fills) slot.provide({ name: 'scanner' });
    return true;
  };
  return { slot, inject, calls: () => calls };
}

describe('a world slot', () => {
  it('gives what is installed without injecting anything', async () => {
    const { slot, inject, calls } = setUp(0);
    slot.provide({ name: 'already here' });
    expect(await slot.load(inject)).toEqual({ name: 'already here' });
    expect(calls()).toBe(0);
  });

  it('injects the script once when the slot is empty, and keeps what it provided', async () => {
    const { slot, inject, calls } = setUp(0);
    expect(await slot.load(inject)).toEqual({ name: 'scanner' });
    expect(await slot.load(inject)).toEqual({ name: 'scanner' });
    expect(calls()).toBe(1);
  });

  it('tries a failed injection once more (the background may have been starting)', async () => {
    const { slot, inject, calls } = setUp(1);
    expect(await slot.load(inject)).toEqual({ name: 'scanner' });
    expect(calls()).toBe(2);
  });

  it('gives up after a second failure, with the error', async () => {
    const { slot, inject, calls } = setUp(2);
    await expect(slot.load(inject)).rejects.toThrow('Receiving end does not exist');
    expect(calls()).toBe(2);
    expect(slot.installed()).toBeUndefined();
  });

  it('gives nothing when the injected script left the slot empty', async () => {
    const { slot, inject } = setUp(0, false);
    expect(await slot.load(inject)).toBeUndefined();
  });
});
