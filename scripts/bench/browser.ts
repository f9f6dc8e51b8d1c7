/**
 * Browser measurements of a single-file deck opened by file://, in Debian's Chromium through
 * playwright-core. Times are taken inside the page (performance.now), so the DevTools round
 * trips of the driver are never counted.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.ts';
import type { Locale } from '../../src/i18n/languages.ts';

/** What the probe records in the page from before the deck's first script. */
interface BenchProbe {
  /** When reveal's `ready` event fired, in ms since navigation start. */
  readyAt: number | null;
  /** Long tasks (> 50 ms) the browser reported, start and duration in ms. */
  readonly longTasks: { start: number; duration: number }[];
  /** For each key press: ms from the input event to the end of the next frame's work. */
  readonly keyToFrame: number[];
}

declare global {
  interface Window {
    benchProbe?: BenchProbe;
  }
}

/** Installed before any page script: records reveal's `ready` and every long task. */
function installProbe(): void {
  const probe: BenchProbe = { readyAt: null, longTasks: [], keyToFrame: [] };
  window.benchProbe = probe;
  // A task queued from the next animation frame runs once that frame's style, layout and
  // paint are done: the time a presenter waits for a key press to show.
  document.addEventListener(
    'keydown',
    (event) => {
      requestAnimationFrame(() => {
        setTimeout(() => probe.keyToFrame.push(performance.now() - event.timeStamp), 0);
      });
    },
    { capture: true },
  );
  // reveal dispatches `ready` on its wrapper; capturing on the document sees it first.
  document.addEventListener(
    'ready',
    () => {
      probe.readyAt ??= performance.now();
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Starts a fresh headless Chromium (new process, new profile). */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
}

/** Opens a file by file:// in a fresh page with the probe, and waits for reveal and fonts. */
export async function openFile(browser: Browser, file: string, suffix = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(installProbe);
  await page.goto(`${pathToFileURL(file).href}${suffix}`);
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Start-up of one fresh browser: time to reveal's `ready` and to first contentful paint. */
export interface Startup {
  readonly readyMs: number;
  readonly fcpMs: number;
}

/** How long a closed browser's processes take to exit; the next start waits for them. */
const BROWSER_EXIT_MS = 500;

/** One cold start: a new browser process opens the file once. */
export async function measureStartup(file: string): Promise<Startup> {
  await new Promise((resolve) => setTimeout(resolve, BROWSER_EXIT_MS));
  const browser = await launch();
  try {
    const page = await openFile(browser, file);
    await page.waitForFunction(() =>
      performance.getEntriesByName('first-contentful-paint').some(Boolean),
    );
    return await page.evaluate(() => ({
      readyMs: window.benchProbe?.readyAt ?? Number.NaN,
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
  } finally {
    await browser.close();
  }
}

/** Waits for the next frame to be produced, so work queued by the last step has run. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          setTimeout(resolve, 0);
        });
      }),
  );
}

/**
 * One language switch on the current slide, timed from `language.set` until every text and
 * note is replaced, the chart is rebuilt in the new font, and the page is laid out again.
 */
async function timeSwitch(page: Page, audience: Locale): Promise<number> {
  return page.evaluate(async (next) => {
    const deck = window.deck;
    if (deck === undefined) throw new Error('No deck');
    const started = performance.now();
    deck.language.set({ audience: next });
    await deck.charts.settled();
    // Reading layout forces the style and layout work the new texts cause.
    document.body.getBoundingClientRect();
    return performance.now() - started;
  }, audience);
}

/** The three languages in turn, starting after `from`. */
function cycle(from: Locale, count: number): Locale[] {
  const order = ['en', 'zh', 'ja'] as const satisfies readonly Locale[];
  const start = order.indexOf(from);
  return Array.from({ length: count }, (_, i) => order[(start + i + 1) % order.length] ?? 'en');
}

/** Language switch latencies, and what the `<html lang>` change alone costs on that page. */
export interface Switches {
  readonly latencies: number[];
  /** `<html lang>` set to the next language and the page laid out again: a switch's floor. */
  readonly langOnly: number[];
}

/**
 * Latencies of `count` language switches on `#/size` (a chart slide), after a warm-up; then,
 * on the same page, `count` changes of `<html lang>` alone with the relayout they cause.
 */
export async function measureSwitches(
  browser: Browser,
  file: string,
  count: number,
): Promise<Switches> {
  const page = await openFile(browser, file, '?lang=en#/size');
  for (const locale of cycle('en', 3)) await timeSwitch(page, locale);
  const latencies: number[] = [];
  for (const locale of cycle('en', count)) {
    latencies.push(await timeSwitch(page, locale));
    await nextFrame(page);
  }
  const langOnly: number[] = [];
  for (const locale of cycle(
    await page.evaluate(() => window.deck?.language.state.audience ?? 'en'),
    count,
  )) {
    langOnly.push(
      await page.evaluate(
        (tag) => {
          const started = performance.now();
          document.documentElement.lang = tag;
          document.body.getBoundingClientRect();
          return performance.now() - started;
        },
        locale === 'zh' ? 'zh-Hans' : locale,
      ),
    );
    await nextFrame(page);
  }
  await page.close();
  return { latencies, langOnly };
}

/** Stepping through a deck: the time of each step and the long tasks meanwhile. */
export interface Stepping {
  /** Per step, from the key press to the end of the frame that shows it. */
  readonly stepsMs: number[];
  readonly longTasks: number;
  /** Long tasks from navigation start to the first step (start-up), for context. */
  readonly startupLongTasks: number;
}

/** A presenter's pace is seconds; this is enough for transitions and idle work to settle. */
const STEP_PAUSE_MS = 300;

/**
 * Steps through every slide and fragment with the → key, as a presenter would (transitions
 * and chart animations on), from a freshly opened file after its first paint. Real key
 * presses, not API calls: only tasks the browser runs itself are reported as long tasks.
 */
export async function measureStepping(browser: Browser, file: string): Promise<Stepping> {
  const page = await openFile(browser, file);
  await page.waitForTimeout(1000);
  const startedAt = await page.evaluate(() => performance.now());
  const atEnd = () =>
    page.evaluate(() => {
      const reveal = window.deck?.reveal;
      return reveal === undefined || (reveal.isLastSlide() && !reveal.availableFragments().next);
    });
  for (let step = 0; step < 500 && !(await atEnd()); step += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(STEP_PAUSE_MS);
  }
  const probe = await page.evaluate(() => window.benchProbe);
  await page.close();
  if (probe === undefined) throw new Error('The bench probe did not run.');
  return {
    stepsMs: probe.keyToFrame,
    longTasks: probe.longTasks.filter((task) => task.start >= startedAt).length,
    startupLongTasks: probe.longTasks.filter((task) => task.start < startedAt).length,
  };
}

/** JS heap in use after a full garbage collection, in bytes (DevTools protocol). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  // Timers and idle callbacks from the last steps may still hold objects: let them run first.
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Heap before and after a soak. */
export interface Soak {
  /** After one pass over every slide in every language: includes the JIT's warm-up. */
  readonly coldBytes: number;
  readonly beforeBytes: number;
  readonly afterBytes: number;
  readonly switches: number;
  readonly navigations: number;
}

/**
 * Heap before and after `navigations` slide changes with a language switch after every
 * other one (so `navigations / 2` switches). Before is measured after a warm-up soak of the
 * same length: V8 keeps compiling the deck's hot code into optimized machine code, held in
 * the JS heap, for the first thousand or so steps (about 0.9 MB here), which is warm-up, not
 * a leak. `coldBytes` (after one pass over every slide and language) shows that part.
 */
export async function measureSoak(
  browser: Browser,
  file: string,
  navigations: number,
  switchEvery: number,
): Promise<Soak> {
  const page = await openFile(browser, file);
  const run = (count: number, every: number) =>
    page.evaluate(
      async ({ count, every }) => {
        const deck = window.deck;
        if (deck === undefined) throw new Error('No deck');
        const total = deck.reveal.getTotalSlides();
        const languages = ['en', 'zh', 'ja'] as const;
        let switches = 0;
        for (let i = 0; i < count; i += 1) {
          deck.reveal.slide(i % total);
          await new Promise(requestAnimationFrame);
          if (every > 0 && i % every === every - 1) {
            switches += 1;
            deck.language.set({ audience: languages[switches % languages.length] ?? 'en' });
            await deck.charts.settled();
          }
        }
        // End where every run ends, so before and after compare the same state.
        deck.reveal.slide(0);
        deck.language.set({ audience: 'en' });
        await deck.charts.settled();
        return switches;
      },
      { count, every },
    );
  // Every slide in every language once, so each chart has been built in each.
  const slides = await page.evaluate(() => window.deck?.reveal.getTotalSlides() ?? 0);
  await run(3 * slides, slides);
  const coldBytes = await heapAfterGc(page);
  await run(navigations, switchEvery);
  const beforeBytes = await heapAfterGc(page);
  const switches = await run(navigations, switchEvery);
  const afterBytes = await heapAfterGc(page);
  await page.close();
  return { coldBytes, beforeBytes, afterBytes, switches, navigations };
}
