import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { pageForTest } from './page-pool.ts';

/** Screenshots go here (git-ignored) for people to look at. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * Whether this run saves screenshots (`SCREENSHOTS=1`). They are for people to look at and no
 * test reads them back, and PNG encoding was about a third of the stepping tests' time.
 */
export const SAVE_SCREENSHOTS = process.env['SCREENSHOTS'] === '1';

/**
 * The test run's Chromium (Debian's, headless, a fresh profile; started by the global set-up),
 * connected to for a test file before its tests and disconnected after them, which closes the
 * pages and contexts the file made. Each `newPage` has a context of its own: no cookies or
 * storage are shared between pages. Call it at the top of the file; the function it returns
 * gives the browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('The browser is launched in beforeAll.');
    return browser;
  };
}

/** Problems a page reported: uncaught errors and console errors. */
export interface PageProblems {
  readonly errors: string[];
  readonly warnings: string[];
}

/** Records page errors, console errors and warnings for a page. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], warnings: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  return problems;
}

/** Options for opening the deck. */
export interface OpenOptions {
  readonly query?: string;
  readonly hash?: string;
  readonly viewport?: { width: number; height: number };
  readonly context?: BrowserContext;
  /** Motion as a laptop plays it, from the first load: reduced motion is not emulated. */
  readonly motion?: boolean;
}

/** Opens the built deck and waits until reveal is ready and fonts have loaded. */
export async function openDeck(
  browser: Browser,
  {
    query = '',
    hash = '',
    viewport = { width: 1280, height: 720 },
    context,
    motion = false,
  }: OpenOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const page = context ? await context.newPage() : await pageForTest(browser, viewport);
  if (context) await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion: motion ? 'no-preference' : 'reduce' });
  const problems = watchProblems(page);
  await page.goto(`${inject('baseUrl')}${query}${hash}`);
  // Polled on a timer, not on frames: a loaded machine can hold a new page's frames back.
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true, undefined, {
    polling: 50,
  });
  await page.evaluate(() => document.fonts.ready);
  // Input sent before the page's first frame can be lost (a CI run on a loaded machine lost a
  // T pressed right after this): wait until a frame has been painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return { page, problems };
}

/**
 * Waits until every slide is in the document and written, as the deck leaves it after its
 * idle moments (before that, slides far from the current one may be unwritten).
 */
export async function waitForWholeDeck(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.slides > section')].every(
        (section) => (section.querySelector('aside.notes')?.textContent ?? '') !== '',
      ),
    undefined,
    { polling: 100 },
  );
}

/** Saves a PNG of the page under test-results/NAME when this run saves screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SAVE_SCREENSHOTS) return;
  const path = `${SCREENSHOT_DIR}${name}.png`;
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  await page.screenshot({ path });
}

/**
 * Goes to a slide by its id, as a deep link does, and waits until reveal shows it. The hash is
 * set again if the slide has not come: reveal writes the hash of a step at most once a second,
 * so a write it deferred for the slide before can land between this hash and its
 * `hashchange` (seen on a loaded machine), and reveal then reads the old slide's hash.
 */
export async function goToSlide(page: Page, id: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await page.evaluate((slideId) => {
      window.location.hash = `#/${slideId}`;
    }, id);
    try {
      await page.waitForFunction(
        (slideId) => window.deck?.reveal.getCurrentSlide().dataset['slideId'] === slideId,
        id,
        { timeout: 5000 },
      );
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Steps through the whole deck with the → key as a presenter does, calling `atSlide` once per
 * slide when all its points are shown. Returns the slide ids in the order they were reached.
 */
export async function walkDeck(
  page: Page,
  atSlide: (slide: { id: string; h: number }) => Promise<void>,
): Promise<string[]> {
  const visited: string[] = [];
  for (let step = 0; step < 200; step += 1) {
    const state = await page.evaluate(() => ({
      moreFragments: window.deck?.reveal.availableFragments().next ?? false,
      last: window.deck?.reveal.isLastSlide() ?? true,
    }));
    if (!state.moreFragments) {
      const { id, h } = await position(page);
      visited.push(id);
      await atSlide({ id, h });
      if (state.last) break;
    }
    await page.keyboard.press('ArrowRight');
  }
  return visited;
}

/** The text of reveal's help overlay, opened with ? as a user would. */
export async function helpOverlayText(page: Page): Promise<string> {
  await page.keyboard.press('Shift+Slash');
  await page.locator('.r-overlay-help').waitFor({ state: 'visible' });
  return (await page.textContent('.r-overlay-help')) ?? '';
}

/** A file name for a slide's screenshot: its number and id. */
export function slideShotName(slide: { id: string; h: number }): string {
  return `${String(slide.h + 1).padStart(2, '0')}-${slide.id}`;
}

/** Slide id and fragment index of what the audience sees now. */
export async function position(page: Page): Promise<{ id: string; h: number; f: number }> {
  return page.evaluate(() => {
    const deck = window.deck?.reveal;
    const indices = deck?.getIndices() ?? { h: -1, f: -1 };
    return {
      id: deck?.getCurrentSlide().dataset['slideId'] ?? '',
      h: indices.h,
      f: indices.f,
    };
  });
}

/**
 * Elements of the current slide that stick out of it, or text cut inside its box: what an
 * audience would see as overflow.
 */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = window.deck?.reveal.getCurrentSlide();
    if (!slide) return ['no current slide'];
    // Content must stay inside the slide's padding box edges, where the theme puts its margins.
    const outer = slide.getBoundingClientRect();
    const scale = outer.width / slide.offsetWidth;
    const style = getComputedStyle(slide);
    const inset = (value: string) => (parseFloat(value) * scale) / 2;
    const box = {
      left: outer.left + inset(style.paddingLeft),
      right: outer.right - inset(style.paddingRight),
      top: outer.top + inset(style.paddingTop),
      bottom: outer.bottom - inset(style.paddingBottom),
    };
    const tolerance = 2;
    const problems: string[] = [];
    for (const element of slide.querySelectorAll<HTMLElement>('*')) {
      // The stage numeral and the faint map behind a dark card are decoration that bleeds.
      if (element.closest('aside.notes, .visually-hidden, .divider-number, .slide-backdrop-map'))
        continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const label = `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.slice(0, 40)}`;
      // The stage label stands in the top margin on purpose, above the headline; it is still
      // inside the slide.
      const top = element.closest('.stage-label') ? outer.top : box.top;
      if (
        rect.left < box.left - tolerance ||
        rect.right > box.right + tolerance ||
        rect.top < top - tolerance ||
        rect.bottom > box.bottom + tolerance
      ) {
        problems.push(`outside the slide: ${label}`);
      }
      if (
        element.scrollWidth > element.clientWidth + tolerance &&
        getComputedStyle(element).overflowX !== 'visible'
      ) {
        problems.push(`text cut: ${label}`);
      }
    }
    return problems;
  });
}

/** The deck's own chart instances, chart.js's live ones, and the chart canvases on the page. */
export function chartInstances(
  page: Page,
): Promise<{ owned: number; live: number; canvases: number }> {
  return page.evaluate(() => ({
    owned: window.deck?.charts.count() ?? -1,
    live: window.deck?.charts.liveInstances() ?? -1,
    canvases: document.querySelectorAll('canvas[data-chart]').length,
  }));
}

/**
 * The sizes of the text chart.js paints on the current slide's canvas, read from the chart's
 * resolved options (in the chart's CSS pixels), and the canvas's scale on screen (reveal's slide
 * scale): a canvas has no text nodes to measure. No chart: no texts.
 */
export function chartTextSizes(
  page: Page,
): Promise<{ texts: { name: string; size: number }[]; scale: number }> {
  return page.evaluate(() => {
    const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
    const chart = canvas ? window.deck?.charts.chartFor(canvas) : undefined;
    if (!canvas || !chart) return { texts: [], scale: 1 };
    const fonts: [string, unknown][] = [];
    for (const [name, scale] of Object.entries(chart.scales)) {
      if (scale.options.display === false) continue;
      const ticks = (scale.options as { ticks?: { display?: boolean; font?: unknown } }).ticks;
      if (ticks?.display !== false) fonts.push([`${name} ticks`, ticks?.font]);
    }
    chart.data.datasets.forEach((dataset, index) => {
      const labels = (dataset as { datalabels?: { display?: unknown; font?: unknown } }).datalabels;
      if (labels?.display === true) fonts.push([`dataset ${index} labels`, labels.font]);
    });
    if (chart.options.plugins?.legend?.display === true) {
      fonts.push(['legend', chart.options.plugins.legend.labels?.font]);
    }
    const marks = chart.options.plugins?.deckTimeline;
    if (marks) fonts.push(['stage badges', marks.stageFont]);
    if (marks?.subtitles) fonts.push(['names’ subtitles', marks.subtitles.style]);
    return {
      texts: fonts.map(([name, font]) => ({
        name,
        size: (font as { size?: number } | undefined)?.size ?? 12,
      })),
      scale:
        canvas.offsetWidth === 0 ? 1 : canvas.getBoundingClientRect().width / canvas.offsetWidth,
    };
  });
}

/**
 * How far, in slide pixels, the boxes `selector` finds on the current slide keep above reveal's
 * arrows (bottom right, outside the scaled slide), counting only boxes across the arrows' width;
 * Infinity if none is. The subtitle room keeps 16 px (render/subtitle-room.ts).
 */
export function roomAboveArrows(page: Page, selector: string): Promise<number> {
  return page.evaluate((query) => {
    const slide = window.deck?.reveal.getCurrentSlide();
    const arrows = [
      ...document.querySelectorAll('.reveal .controls :is(.navigate-left, .navigate-right)'),
    ].map((arrow) => arrow.getBoundingClientRect());
    if (!slide || arrows.length === 0) return -1;
    const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
    const left = Math.min(...arrows.map((arrow) => arrow.left));
    const top = Math.min(...arrows.map((arrow) => arrow.top));
    const room = [...slide.querySelectorAll(query)]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.right > left)
      .map((box) => (top - box.bottom) / scale);
    return Math.min(Infinity, ...room);
  }, selector);
}
