import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TalkClockStore } from '../../src/presenter/talk-clock.ts';

/** A tab's session storage, as far as the clock uses it. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, value),
    removeItem: (key) => items.delete(key),
  };
}

const page = { pathname: '/dalian/' };

describe('the talk’s clock', () => {
  beforeEach(() => {
    Object.assign(globalThis, { sessionStorage: memoryStorage() });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it('starts once, on the slide shown, and a reloaded page reads the same start', () => {
    const clock = new TalkClockStore(page);
    expect(clock.clock).toBeNull();
    expect(clock.start(15, 1_000)).toBe(true);
    expect(clock.start(16, 9_000)).toBe(false);
    expect(new TalkClockStore(page).clock).toEqual({ startedAt: 1_000, fromSlide: 15 });
  });

  it('keeps each deck’s talk apart, and a reset is remembered too', () => {
    new TalkClockStore(page).start(0, 1_000);
    expect(new TalkClockStore({ pathname: '/other-deck/' }).clock).toBeNull();
    new TalkClockStore(page).reset();
    expect(new TalkClockStore(page).clock).toBeNull();
  });

  it('ignores a stored value it did not write', () => {
    globalThis.sessionStorage.setItem('dalian-deck.talk:/dalian/', '{"startedAt":"soon"}');
    expect(new TalkClockStore(page).clock).toBeNull();
    globalThis.sessionStorage.setItem('dalian-deck.talk:/dalian/', 'not json');
    expect(new TalkClockStore(page).clock).toBeNull();
  });

  it('runs for the page alone when storage is blocked', () => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
    const clock = new TalkClockStore(page);
    expect(clock.start(2, 5_000)).toBe(true);
    expect(clock.clock).toEqual({ startedAt: 5_000, fromSlide: 2 });
  });
});
