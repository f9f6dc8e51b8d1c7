/**
 * A running deck can be ended and started again in the same page (a host page, a hot
 * reload, the tests themselves): `RunningDeck.destroy()` must leave no chart, listener,
 * timer or idle job behind, or ten restarts would leave ten decks' worth running.
 */
import type { Page } from 'playwright-core';
import { expect, it, onTestFinished } from 'vitest';
import { openDeck, useBrowser, waitForWholeDeck } from './deck-page.ts';

declare global {
  interface Window {
    /** Timers, intervals, idle callbacks and frames scheduled and not yet run or cancelled. */
    pendingWork?: () => string[];
  }
}

const browser = useBrowser();
const ROUNDS = 10;

/**
 * Installed before the deck's scripts: keeps a list of the page's pending timers, intervals,
 * idle callbacks and animation frames, which CDP does not count.
 */
function trackPendingWork(): void {
  const pending = new Set<string>();
  const track = <Id extends number>(
    kind: string,
    schedule: (callback: (...args: never[]) => void, ...rest: never[]) => Id,
    cancel: (id: Id) => void,
    repeats: boolean,
  ): [typeof schedule, typeof cancel] => [
    (callback, ...rest) => {
      const id: Id = schedule(
        (...args) => {
          if (!repeats) pending.delete(`${kind} ${id}`);
          callback(...args);
        },
        ...rest,
      );
      pending.add(`${kind} ${id}`);
      return id;
    },
    (id) => {
      pending.delete(`${kind} ${id}`);
      cancel(id);
    },
  ];
  const w = window as unknown as Record<string, unknown>;
  for (const [kind, set, clear, repeats] of [
    ['timeout', 'setTimeout', 'clearTimeout', false],
    ['interval', 'setInterval', 'clearInterval', true],
    ['idle', 'requestIdleCallback', 'cancelIdleCallback', false],
    ['frame', 'requestAnimationFrame', 'cancelAnimationFrame', false],
  ] as const) {
    const [scheduled, cancelled] = track(
      kind,
      (w[set] as (callback: () => void) => number).bind(window),
      (w[clear] as (id: number) => void).bind(window),
      repeats,
    );
    w[set] = scheduled;
    w[clear] = cancelled;
  }
  window.pendingWork = () => [...pending];
}

/** What a destroyed deck may have left: live objects after a garbage collection. */
interface Leftovers {
  /**
   * Event listeners on live objects, reveal's own `ready` listener on its root among them: its
   * `initialize()` adds one per start and never removes it; the deck does (reveal-leftovers.ts).
   */
  readonly listeners: number;
  /** Nodes no longer in the document that a collection could not free: a leak. */
  readonly detachedNodes: number;
  /**
   * Elements in the document, less the `<wbr>` phrase breaks and the spans that keep a quoted
   * name or a figure with its unit whole: which language a far slide was last written in when
   * the deck ended varies with idle timing (a zh headline has more `<wbr>`, spans and text
   * nodes than its English), so whole node counts vary by a dozen.
   */
  readonly elements: number;
  readonly pending: readonly string[];
  readonly liveCharts: number;
}

/** Ends the running deck, lets its last callbacks run, collects garbage and counts. */
async function destroyAndCount(page: Page): Promise<Leftovers> {
  const liveCharts = await page.evaluate(async () => {
    const deck = window.deck;
    deck?.destroy();
    // Two frames and an idle moment: whatever was already running finishes.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return deck?.charts.liveInstances() ?? -1;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const counters = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  const pending = await page.evaluate(() => window.pendingWork?.() ?? ['not tracked']);
  const inDocument = await page.evaluate(() => {
    const walker = document.createTreeWalker(document);
    let nodes = 1;
    while (walker.nextNode()) nodes += 1;
    return {
      nodes,
      elements: document.querySelectorAll('*:not(wbr, .deck-quoted, .deck-kept)').length,
    };
  });
  return {
    listeners: counters.jsEventListeners,
    detachedNodes: counters.nodes - inDocument.nodes,
    elements: inDocument.elements,
    pending,
    liveCharts,
  };
}

/** Starts a new deck in the page and waits until it is whole, its charts drawn. */
async function startAgain(page: Page): Promise<void> {
  await page.evaluate(() => window.restartDeck?.());
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  await waitForWholeDeck(page);
  await page.waitForFunction(
    () =>
      window.deck !== undefined &&
      window.deck.charts.count() > 0 &&
      window.deck.charts.count() === document.querySelectorAll('canvas[data-chart]').length,
  );
}

it('starts and destroys the deck ten times and leaves nothing behind', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  onTestFinished(() => context.close());
  await context.addInitScript(trackPendingWork);
  const { page, problems } = await openDeck(browser(), { context });
  await startAgain(page);
  const rounds: Leftovers[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.push(await destroyAndCount(page));
    await startAgain(page);
    // Each deck works: the language switch still reaches the slides and the charts.
    await page.keyboard.press('t');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.evaluate(() => window.deck?.charts.settled());
  }
  rounds.push(await destroyAndCount(page));
  const [first] = rounds;
  if (first === undefined) throw new Error('No round was measured.');
  for (const round of rounds) {
    expect(round.liveCharts).toBe(0);
    expect(round.pending).toEqual([]);
    expect(round.listeners).toBe(first.listeners);
    expect(round.detachedNodes).toBeLessThanOrEqual(first.detachedNodes);
    expect(round.elements).toBe(first.elements);
  }
  expect(problems.errors).toEqual([]);
});
