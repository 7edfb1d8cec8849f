import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../utils/hover-intent';

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>(
    {
      prepare: (target) => events.push(`prepare ${target}`),
      show: (target) => events.push(`show ${target}`),
      hide: () => events.push('hide'),
    },
    { set: (callback, ms) => setTimeout(callback, ms) as unknown as number, clear: (id) => clearTimeout(id) },
  );
  return { events, intent };
}

beforeEach(() => {
  vi.useFakeTimers();
});

describe('hover intent', () => {
  it('prepares at 150 ms and shows at 500 ms of resting on a target', () => {
    const { events, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(149);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prepare a']);
    vi.advanceTimersByTime(350);
    expect(events).toEqual(['prepare a', 'show a']);
    expect(intent.shown).toBe('a');
  });

  it('shows nothing when the pointer only passes over a target', () => {
    const { events, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(100);
    intent.pointerAt(undefined);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('hides 300 ms after leaving, unless the pointer enters the card', () => {
    const { events, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(500);
    intent.pointerAt(undefined);
    vi.advanceTimersByTime(200);
    intent.enterCard();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prepare a', 'show a']);
    intent.leaveCard();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['prepare a', 'show a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prepare a', 'show a', 'hide']);
    expect(intent.shown).toBeUndefined();
  });

  it('keeps the card when the pointer comes back to its target in time', () => {
    const { events, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(500);
    intent.pointerAt(undefined);
    vi.advanceTimersByTime(200);
    intent.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prepare a', 'show a']);
  });

  it('replaces the card when the pointer rests on another target', () => {
    const { events, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(500);
    intent.pointerAt('b');
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['prepare a', 'show a', 'prepare b', 'hide', 'show b']);
    expect(intent.shown).toBe('b');
  });

  it('closes at once and forgets pending work', () => {
    const { events, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(500);
    intent.pointerAt('b');
    intent.close();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prepare a', 'show a', 'hide']);
  });
});
