/** Schedules work for an idle moment; returns the function that cancels it. */
function requestIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(work, { timeout: 1000 });
    return () => {
      window.cancelIdleCallback(id);
    };
  }
  const id = setTimeout(work, 50);
  return () => {
    clearTimeout(id);
  };
}

/**
 * Work run when the browser is idle, so preparing ahead never delays a transition; one per
 * owner (the deck, the charts, the speaker view), whose `destroy` ends it: what is still
 * pending is cancelled, and nothing new is scheduled.
 */
export class IdleJobs {
  /** Cancels the pending callbacks (idle or frame). */
  readonly #pending = new Set<() => void>();
  #ended = false;

  /** Runs work in an idle moment. */
  readonly whenIdle = (work: () => void): void => {
    if (this.#ended) return;
    const cancel = requestIdle(() => {
      this.#pending.delete(cancel);
      work();
    });
    this.#pending.add(cancel);
  };

  /**
   * Runs work in the first idle moment after the next frame. At start-up the browser can be
   * idle before it draws the first slide; work queued this way never delays that drawing.
   */
  readonly whenIdleAfterFrame = (work: () => void): void => {
    if (this.#ended) return;
    const frame = requestAnimationFrame(() => {
      this.#pending.delete(cancel);
      this.whenIdle(work);
    });
    const cancel = (): void => {
      cancelAnimationFrame(frame);
    };
    this.#pending.add(cancel);
  };

  /** Cancels the pending work; later requests are ignored. */
  end(): void {
    this.#ended = true;
    for (const cancel of this.#pending) cancel();
    this.#pending.clear();
  }
}
