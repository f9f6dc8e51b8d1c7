import type { RevealApi } from 'reveal.js';

/**
 * Runs reveal's start-up and returns a function that clears what reveal 6's `destroy()`
 * leaves behind. It starts an interval (it puts the wrapper's scroll back to 0 every second),
 * which kept the whole destroyed deck in memory; and `initialize()` resolves its promise from
 * a 'ready' listener on the page's one `.reveal` element, which kept the ready event, and
 * through it each ended deck's first slide and backgrounds (82 nodes a restart).
 */
export async function startNotingLeftovers(
  reveal: RevealApi,
  start: () => Promise<unknown>,
): Promise<() => void> {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'setInterval');
  const original = window.setInterval.bind(window);
  const intervals: number[] = [];
  window.setInterval = ((...args: Parameters<typeof original>) => {
    const id = original(...args);
    intervals.push(id);
    return id;
  }) as typeof original;
  // Noted on the element: reveal adds its listener through an inner object, not `reveal.on`.
  const root = reveal.getRevealElement();
  const readyListeners: EventListenerOrEventListenerObject[] = [];
  if (root !== null) {
    root.addEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) => {
      if (type === 'ready') readyListeners.push(listener);
      HTMLElement.prototype.addEventListener.call(root, type, listener, options);
    };
  }
  try {
    await start();
  } finally {
    if (descriptor === undefined) Reflect.deleteProperty(window, 'setInterval');
    else Object.defineProperty(window, 'setInterval', descriptor);
    if (root !== null) Reflect.deleteProperty(root, 'addEventListener');
  }
  return () => {
    for (const interval of intervals) window.clearInterval(interval);
    for (const listener of readyListeners) root?.removeEventListener('ready', listener);
  };
}
