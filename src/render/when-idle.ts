/** Runs work when the browser is idle, so preparing ahead never delays a transition. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

/**
 * Runs work in the first idle moment after the next frame. At start-up the browser can be
 * idle before it draws the first slide; work queued this way never delays that drawing.
 */
export function whenIdleAfterFrame(work: () => void): void {
  requestAnimationFrame(() => {
    whenIdle(work);
  });
}
