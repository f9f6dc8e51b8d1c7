/**
 * Runs reveal's start-up and returns the intervals it started. reveal 6 starts one (it puts
 * the wrapper's scroll back to 0 every second) that its `destroy()` never clears, and that
 * interval keeps the whole destroyed deck in memory; the deck's own destroy clears it.
 */
export async function startNotingIntervals(start: () => Promise<unknown>): Promise<number[]> {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'setInterval');
  const original = window.setInterval.bind(window);
  const intervals: number[] = [];
  window.setInterval = ((...args: Parameters<typeof original>) => {
    const id = original(...args);
    intervals.push(id);
    return id;
  }) as typeof original;
  try {
    await start();
  } finally {
    if (descriptor === undefined) Reflect.deleteProperty(window, 'setInterval');
    else Object.defineProperty(window, 'setInterval', descriptor);
  }
  return intervals;
}
