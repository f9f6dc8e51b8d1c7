import { parseClock, type TalkClock } from './speaker-protocol.ts';

/**
 * The talk's clock, kept by the audience window in its tab's session storage under a key of
 * this deck's page: it survives a reload of the audience window and the speaker view being
 * closed and opened again, and a new tab starts a new talk. Storage may be blocked; the clock
 * then lasts as long as the page.
 */
export class TalkClockStore {
  readonly #key: string;
  #clock: TalkClock | null;

  constructor(page: Pick<Location, 'pathname'>) {
    this.#key = `dalian-deck.talk:${page.pathname}`;
    this.#clock = this.#read();
  }

  /** When the talk started, or null before it has. */
  get clock(): TalkClock | null {
    return this.#clock;
  }

  /** Starts the talk now on `slide`, unless it has started already; whether it started now. */
  start(slide: number, now = Date.now()): boolean {
    if (this.#clock !== null) return false;
    this.#clock = { startedAt: now, fromSlide: slide };
    this.#write();
    return true;
  }

  /** Back to "not started": the next slide change or start starts the clock again. */
  reset(): void {
    this.#clock = null;
    this.#write();
  }

  #read(): TalkClock | null {
    try {
      const text = globalThis.sessionStorage.getItem(this.#key);
      return text === null ? null : (parseClock(JSON.parse(text)) ?? null);
    } catch {
      return null;
    }
  }

  #write(): void {
    try {
      if (this.#clock === null) globalThis.sessionStorage.removeItem(this.#key);
      else globalThis.sessionStorage.setItem(this.#key, JSON.stringify(this.#clock));
    } catch {
      // Storage unavailable: the clock lasts as long as this page.
    }
  }
}
