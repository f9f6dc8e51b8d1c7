/** Runs work when the browser is idle, so preparing ahead never delays a transition. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}
