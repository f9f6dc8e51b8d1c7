import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FILE, EXPORT_MODE } from '../../build/single-file.ts';
import { SLIDES } from '../../slides/index.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import { isCanvasChart } from '../../src/model/chart-spec.ts';
import { type PageProblems, screenshot, useBrowser, watchProblems } from './deck-page.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real font inside each embedded family ('Deck SC' is Noto Sans SC …), as CDP names it. */
const EMBEDDED_FONT = { en: 'Noto Sans', zh: 'Noto Sans SC', ja: 'Noto Sans JP' } as const;

/** Which embedded fonts may draw a locale's text: its own, plus its designed fallback. */
const ALLOWED_FONTS = {
  zh: [EMBEDDED_FONT.zh, EMBEDDED_FONT.en],
  ja: [EMBEDDED_FONT.ja, EMBEDDED_FONT.en],
} as const;

/** Schemes the offline file may load from: itself and what it carries. */
const LOCAL_URL = /^(file|data|blob):/;

const browser = useBrowser();
let folder: string;
let fileUrl: string;

beforeAll(async () => {
  // Exactly what `npm run export` does, then the file alone in an empty folder: nothing
  // next to it can help it along.
  await build({ root: ROOT, mode: EXPORT_MODE, logLevel: 'warn' });
  folder = await mkdtemp(path.join(tmpdir(), 'deck-offline-'));
  const file = path.join(folder, EXPORT_FILE.name);
  await copyFile(path.join(ROOT, EXPORT_FILE.dir, EXPORT_FILE.name), file);
  fileUrl = pathToFileURL(file).href;
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** An opened offline file and what it did: problems, policy violations, network attempts. */
interface OfflinePage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: PageProblems;
  /** Requests to anything but file:, data: or blob:, each aborted. */
  readonly network: string[];
  violations(): Promise<string[]>;
}

declare global {
  interface Window {
    /** Content-Security-Policy violations, recorded from before the deck's first script. */
    cspViolations?: string[];
    /** Whether chart.js had been run when reveal announced `ready`. */
    engineAtReady?: boolean;
  }
}

/**
 * Opens the file in a fresh context with the network cut off: every request that is not
 * file:, data: or blob: is aborted and counted. Violations are recorded from the first byte.
 */
async function openFile(
  query = '',
  hash = '',
  viewport = { width: 1280, height: 720 },
): Promise<OfflinePage> {
  const context = await browser().newContext({
    viewport,
    reducedMotion: 'reduce',
  });
  const network: string[] = [];
  context.on('request', (request) => {
    if (!LOCAL_URL.test(request.url())) network.push(request.url());
  });
  await context.route('**/*', async (route) => {
    if (LOCAL_URL.test(route.request().url())) await route.continue();
    else await route.abort('internetdisconnected');
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'ready',
      () => {
        window.engineAtReady ??= 'DeckChartEngine' in window;
      },
      { capture: true },
    );
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${fileUrl}${query}${hash}`);
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  await page.evaluate(() => document.fonts.ready);
  const violations = () => page.evaluate(() => window.cspViolations ?? ['not recorded']);
  return { page, context, problems, network, violations };
}

/** Everything a clean offline run must show: nothing fetched, logged or blocked. */
async function expectClean(opened: OfflinePage): Promise<void> {
  expect(opened.network).toEqual([]);
  expect(opened.problems.errors.filter((error) => !selfLoadByCssAgent(error))).toEqual([]);
  expect(await opened.violations()).toEqual([]);
}

/**
 * Chromium 150's DevTools CSS agent, which the font checks enable, fetches the document itself
 * and logs this error for a file:// page (the deck logs nothing of the kind: the first test,
 * without the agent, checks that). Only the page loading its own URL is forgiven.
 */
function selfLoadByCssAgent(error: string): boolean {
  const match =
    /^console\.error: Unsafe attempt to load URL (\S+) from frame with URL (\S+)\. /.exec(error);
  return match !== null && match[1] === match[2];
}

/** The first headline of the current slide, as shown. */
async function currentHeadline(page: Page): Promise<string> {
  return page.evaluate(
    () => window.deck?.reveal.getCurrentSlide().querySelector('.slide-headline')?.textContent ?? '',
  );
}

/** Shows slide `index` with all its points, so each one is laid out and drawn. */
async function showWhole(page: Page, index: number): Promise<void> {
  await page.evaluate((h) => {
    const reveal = window.deck?.reveal;
    reveal?.slide(h, 0, Number.MAX_SAFE_INTEGER);
  }, index);
}

/**
 * The font families Chromium drew an element's text with, each marked ` (system)` unless it is
 * a web font.
 */
async function platformFonts(cdp: CDPSession, nodeId: number): Promise<string[]> {
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => `${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
}

/**
 * The fonts of a node's text and of every element in it: Chromium names only the fonts of a
 * node's own text, and a word kept whole (広報・教育) is an element of its own inside the text.
 */
async function subtreeFonts(cdp: CDPSession, nodeId: number): Promise<string[]> {
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
  const fonts = await Promise.all([nodeId, ...nodeIds].map((id) => platformFonts(cdp, id)));
  return [...new Set(fonts.flat())];
}

/**
 * For every slide: the fonts its headline and points were drawn with, keyed `slide: text`.
 * Uses Chromium's own answer (DevTools protocol), not computed styles, which only list wishes.
 */
async function fontsOfEverySlide(page: Page): Promise<Map<string, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const used = new Map<string, string[]>();
  for (const [index, slide] of SLIDES.entries()) {
    await showWhole(page, index);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const selector = `section[data-slide-id="${slide.id}"] :is(.slide-headline, .points > li, .columns > li)`;
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    for (const nodeId of nodeIds) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      const text = outerHTML.replace(/<[^>]+>/g, '').slice(0, 24);
      used.set(`${slide.id}: ${text}`, await subtreeFonts(cdp, nodeId));
    }
  }
  await cdp.detach();
  return used;
}

/** A DevTools session that can ask for fonts, and the nodes `selector` matches now. */
async function fontQuery(
  page: Page,
  selector: string,
): Promise<{ cdp: CDPSession; nodeIds: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  return { cdp, nodeIds };
}

/**
 * The deck's own controls as drawn: each language button and the menu toggle with the fonts
 * of its language (the lang it declares, else the page's), and the slide number's, keyed by
 * what they show. Form controls do not inherit fonts by default, so each is asked for.
 */
async function fontsOfControls(
  page: Page,
): Promise<{ label: string; lang: string; fonts: string[] }[]> {
  await page.click('.deck-menu-toggle');
  const { cdp, nodeIds } = await fontQuery(page, '.deck-menu button, .slide-number');
  const pageLang = await page.evaluate(() => document.documentElement.lang);
  const drawn = [];
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const attribute = (name: string) => attributes[attributes.indexOf(name) + 1] ?? '';
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    drawn.push({
      label: `${attribute('class')}: ${outerHTML.replace(/<[^>]+>/g, '').trim()}`,
      lang: attributes.includes('lang') ? attribute('lang') : pageLang,
      fonts: await platformFonts(cdp, nodeId),
    });
  }
  await cdp.detach();
  return drawn;
}

/**
 * reveal's help overlay (?) opened with the key, and the fonts each of its elements' own text
 * was drawn with, keyed `element: text`: its title, headings, keycaps and descriptions.
 */
async function fontsOfHelp(page: Page): Promise<Map<string, string[]>> {
  await page.keyboard.press('Shift+Slash');
  await page.locator('.r-overlay-help').waitFor({ state: 'visible' });
  await page.evaluate(() => document.fonts.ready);
  const { cdp, nodeIds } = await fontQuery(page, '.r-overlay-help *');
  const used = new Map<string, string[]>();
  for (const nodeId of nodeIds) {
    const fonts = await platformFonts(cdp, nodeId);
    if (fonts.length === 0) continue;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    const tag = /^<(\w+)/.exec(outerHTML)?.[1] ?? '';
    used.set(`${tag}: ${outerHTML.replace(/<[^>]+>/g, '').trim()}`, fonts);
  }
  await cdp.detach();
  return used;
}

describe('the offline file, opened by double-click (file://) with no network', () => {
  it('starts with no request, no console error and no policy violation', async () => {
    const opened = await openFile();
    expect(await opened.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await currentHeadline(opened.page)).not.toBe('');
    await expectClean(opened);
    await opened.context.close();
  });

  it('carries a strict policy: scripts by hash, no eval, nothing remote', async () => {
    const opened = await openFile();
    const policy = await opened.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|\*/);
    // Scripts not in the policy are refused, which proves it is enforced, not just present.
    await opened.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
    });
    expect(await opened.page.evaluate(() => 'injected' in window)).toBe(false);
    expect(await opened.violations()).toEqual(['script-src-elem blocked inline']);
    await opened.context.close();
  });

  it('switches language live, and takes ?lang= from the file URL', async () => {
    const opened = await openFile('?lang=zh');
    const { page } = opened;
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    const chinese = await currentHeadline(page);
    expect(chinese).toMatch(/\p{Script=Han}/u);

    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'ja' });
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const japanese = await currentHeadline(page);
    expect(japanese).not.toBe(chinese);
    expect(page.url()).toContain('lang=ja');

    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'en' });
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await currentHeadline(page)).not.toMatch(/\p{Script=Han}/u);
    await expectClean(opened);
    await opened.context.close();
  });

  it('paints the chart on #/cooperation-timeline in every language', async () => {
    const opened = await openFile('?lang=ja', '#/cooperation-timeline');
    const { page } = opened;
    for (const locale of ['ja', 'zh', 'en'] as const satisfies readonly Locale[]) {
      await page.evaluate(async (audience) => {
        window.deck?.language.set({ audience });
        await window.deck?.charts.settled();
      }, locale);
      const canvas = 'section[data-slide-id="cooperation-timeline"] canvas';
      const painted = await page.$eval(canvas, (element) => {
        const canvas = element as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 3; i < (pixels?.data.length ?? 0); i += 4) {
          if ((pixels?.data[i] ?? 0) > 0) count += 1;
        }
        return count;
      });
      expect(painted, `painted pixels in ${locale}`).toBeGreaterThan(1000);
    }
    await expectClean(opened);
    await opened.context.close();
  });

  it.each(['zh', 'ja'] as const)(
    'draws every headline, point and control in %s with the embedded fonts, never a system one',
    async (locale) => {
      const opened = await openFile(`?lang=${locale}`);
      const { page } = opened;
      const used = await fontsOfEverySlide(page);
      expect(used.size).toBeGreaterThanOrEqual(SLIDES.length);
      const allowed: readonly string[] = ALLOWED_FONTS[locale];
      const wrong = [...used].filter(
        ([, fonts]) =>
          fonts.length === 0 ||
          !fonts.includes(EMBEDDED_FONT[locale]) ||
          fonts.some((font) => !allowed.includes(font)),
      );
      expect(wrong).toEqual([]);

      // The menu's buttons in their own language's font; the slide number in the Latin one,
      // whose tabular figures the theme asks for.
      const controls = await fontsOfControls(page);
      expect(controls.filter(({ label }) => label.startsWith('slide-number'))).toHaveLength(1);
      expect(controls.length).toBeGreaterThan(6);
      const expected = (control: { label: string; lang: string }) =>
        control.label.startsWith('slide-number')
          ? EMBEDDED_FONT.en
          : EMBEDDED_FONT[
              control.lang.startsWith('zh') ? 'zh' : control.lang === 'ja' ? 'ja' : 'en'
            ];
      expect(
        controls.filter(
          (control) =>
            control.fonts.some((font) => font.endsWith('(system)')) ||
            (control.fonts.length > 0 && !control.fonts.includes(expected(control))),
        ),
      ).toEqual([]);
      expect(controls.filter((control) => control.fonts.length > 0).length).toBeGreaterThan(6);

      await showWhole(
        page,
        SLIDES.findIndex((slide) => slide.id === 'size'),
      );
      await page.evaluate(() => window.deck?.charts.settled());
      await screenshot(page, `offline/${locale}-size`);
      await showWhole(
        page,
        SLIDES.findIndex((slide) => slide.kind === 'list'),
      );
      await screenshot(page, `offline/${locale}-list`);
      await expectClean(opened);
      await opened.context.close();
    },
  );

  // reveal's overlay named system fonts only (ui-sans-serif, system-ui …): on a laptop with no
  // Chinese or Japanese font every description was a row of boxes, and its ↑ ↓ were in no
  // subset. Every text of it, the keycaps' arrows too, is drawn from the file's own fonts.
  it.each(['zh', 'ja'] as const)(
    'draws the help overlay (?) in %s with the embedded fonts, never a system one',
    async (locale) => {
      const { page } = await openFile(`?lang=${locale}`);
      const used = await fontsOfHelp(page);
      const allowed: readonly string[] = ALLOWED_FONTS[locale];
      const texts = [...used.keys()];
      expect(texts).toContain(`p: ${RESOURCES[locale].deck.help.title}`);
      expect(texts).toContain(`td: ${RESOURCES[locale].deck.help.next}`);
      expect(texts).toContain('kbd: ↑');
      expect(used.size).toBeGreaterThan(30);
      expect(
        [...used].filter(([, fonts]) => fonts.some((font) => !allowed.includes(font))),
      ).toEqual([]);
      // The descriptions in the language's own face, not only its Latin fallback.
      const descriptions = [...used].filter(([text]) => text.startsWith('td: '));
      expect(descriptions.length).toBeGreaterThanOrEqual(15);
      expect(descriptions.filter(([, fonts]) => !fonts.includes(EMBEDDED_FONT[locale]))).toEqual(
        [],
      );
      await screenshot(page, `offline/${locale}-help`);
    },
  );

  it('shows its first slide before compiling chart.js, then draws charts with it', async () => {
    const opened = await openFile('', '#/cooperation-timeline');
    const { page } = opened;
    expect(await page.evaluate(() => window.engineAtReady)).toBe(false);
    await page.waitForFunction(() => (window.deck?.charts.count() ?? 0) > 0);
    expect(await page.evaluate(() => 'DeckChartEngine' in window)).toBe(true);
    await expectClean(opened);
    await opened.context.close();
  });

  it('opens the speaker view (key S) from the file under the same policy', async () => {
    const opened = await openFile('?lang=ja');
    // Listened to on the context: a popup can report a blocked script before it is watched.
    const speakerErrors: string[] = [];
    opened.context.on('console', (message) => {
      if (message.page() !== opened.page && message.type() === 'error') {
        speakerErrors.push(message.text());
      }
    });
    const popupOpened = opened.context.waitForEvent('page');
    await opened.page.keyboard.press('s');
    const speaker = await popupOpened;
    await speaker.waitForLoadState('load');
    // The two file:// windows must find each other: the notes and previews arrive.
    await speaker.waitForSelector('.speaker-notes p');
    // The notes as written, readings over names (ruby) aside.
    const notes = await speaker.$eval('.speaker-notes', (element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const reading of copy.querySelectorAll('rt, rp')) reading.remove();
      return copy.textContent;
    });
    expect(notes).toBe(RESOURCES.ja.deck.slides.title.notes);
    expect(await speaker.textContent('.speaker-current-slide .slide-headline')).toBe(
      RESOURCES.ja.deck.slides.title.headline,
    );
    await opened.page.keyboard.press('ArrowRight');
    await expect
      .poll(() => speaker.textContent('.speaker-current-slide .slide-headline'))
      .toContain(RESOURCES.ja.deck.slides.greeting.headline);
    await screenshot(speaker, 'offline/speaker-ja');
    for (const frame of speaker.frames()) {
      expect(await frame.evaluate(() => window.cspViolations ?? []), frame.url()).toEqual([]);
    }
    expect(speakerErrors).toEqual([]);
    await expectClean(opened);
    await opened.context.close();
  });
});

/** Painted (non-transparent) pixels of the chart in a speaker view preview; -1 without one. */
async function previewChartPixels(speaker: Page, which: 'current' | 'next'): Promise<number> {
  return speaker.$eval(`.speaker-${which}-slide`, (preview) => {
    const canvas = preview.querySelector('canvas');
    if (canvas === null) return -1;
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < (pixels?.data.length ?? 0); i += 4) if ((pixels?.data[i] ?? 0) > 0) count++;
    return count;
  });
}

/** The area (px²) of the visual in a speaker view preview, if it shows text; -1 without one. */
async function previewVisualArea(speaker: Page, which: 'current' | 'next'): Promise<number> {
  return speaker.$eval(`.speaker-${which}-slide`, (preview) => {
    const visual = preview.querySelector('figure.chart > :not(figcaption, .visually-hidden)');
    if (visual === null || visual.textContent.trim() === '') return -1;
    const { width, height } = visual.getBoundingClientRect();
    return width * height;
  });
}

describe('the offline file’s speaker view', () => {
  it('draws the charts of every chart slide in its current and next previews', async () => {
    const opened = await openFile('', '#/size');
    const { page, context } = opened;
    const speakerErrors: string[] = [];
    context.on('console', (message) => {
      if (message.page() !== page && message.type() === 'error') speakerErrors.push(message.text());
    });
    const popupOpened = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popupOpened;
    await speaker.waitForSelector('.speaker-notes p');
    const chartSlides = SLIDES.flatMap((slide, index) =>
      slide.kind === 'chart' ? [{ index, drawn: isCanvasChart(slide.chart) }] : [],
    );
    expect(chartSlides.length).toBe(5);
    expect(chartSlides.filter(({ drawn }) => drawn).length).toBeGreaterThan(0);
    // chart.js charts are painted in both previews; the deck's HTML visuals are there too.
    const shown = (which: 'current' | 'next', drawn: boolean) =>
      drawn ? previewChartPixels(speaker, which) : previewVisualArea(speaker, which);
    for (const { index, drawn } of chartSlides) {
      await page.evaluate((h) => window.deck?.reveal.slide(h - 1), index);
      await expect
        .poll(() => shown('next', drawn), { message: `next preview of ${index}` })
        .toBeGreaterThan(1000);
      await page.evaluate((h) => window.deck?.reveal.slide(h), index);
      await expect
        .poll(() => shown('current', drawn), { message: `preview of ${index}` })
        .toBeGreaterThan(1000);
    }
    await screenshot(speaker, 'offline/speaker-chart');
    expect(speakerErrors).toEqual([]);
    await expectClean(opened);
    await context.close();
  });
});

describe('the offline file’s speaker view after a reload of the audience window', () => {
  it('follows and steers the reloaded window (file:// pages find each other by their opener)', async () => {
    const opened = await openFile('', '#/size');
    const { page, context } = opened;
    const popupOpened = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popupOpened;
    await speaker.waitForSelector('.speaker-notes p');
    const headline = () => speaker.textContent('.speaker-current-slide .slide-headline');
    await page.reload();
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    await page.evaluate(() => window.deck?.reveal.slide(8));
    await expect
      .poll(() => headline(), { timeout: 3000 })
      .toBe(RESOURCES.en.deck.slides.timeline.headline);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.deck?.reveal.getIndices().h)).toBe(9);
    await expectClean(opened);
    await context.close();
  });
});

describe('the offline file in a window that was narrow', () => {
  it('still shows every slide’s texts and charts once widened from reveal’s scroll view', async () => {
    const opened = await openFile('', '', { width: 400, height: 700 });
    const { page } = opened;
    await page.waitForSelector('.reveal-scroll');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForSelector('.reveal-scroll', { state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentHeadline(page)).toBe(RESOURCES.en.deck.slides.greeting.headline);
    await page.evaluate(
      (h) => window.deck?.reveal.slide(h),
      SLIDES.findIndex(({ id }) => id === 'cooperation-timeline'),
    );
    await page.evaluate(() => window.deck?.charts.settled());
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
          return canvas ? window.deck?.charts.chartFor(canvas) !== undefined : false;
        }),
      )
      .toBe(true);
    await expectClean(opened);
    await opened.context.close();
  });
});
