import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { isCanvasChart } from '../../src/model/chart-spec.ts';
import {
  chartInstances,
  openDeck,
  SAVE_SCREENSHOTS,
  SCREENSHOT_DIR,
  screenshot,
  useBrowser,
} from './deck-page.ts';

const CHART_SLIDES = SLIDES.filter(
  (slide) => slide.kind === 'chart' && isCanvasChart(slide.chart),
).map((slide) => slide.id);

const browser = useBrowser();

/** What a user would see of one chart: painted pixels, size against its frame, labels. */
async function inspectChart(page: Page, canvas: string) {
  return page.$eval(canvas, (element) => {
    const node = element as HTMLCanvasElement;
    const context = node.getContext('2d');
    const pixels =
      context?.getImageData(0, 0, node.width, node.height).data ?? new Uint8ClampedArray();
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4)
      if ((pixels[index] ?? 0) > 0) painted += 1;
    const rect = node.getBoundingClientRect();
    const frame = node.parentElement?.getBoundingClientRect();
    return {
      paintedShare: painted / (node.width * node.height),
      width: rect.width,
      height: rect.height,
      frameWidth: frame?.width ?? 0,
      frameHeight: frame?.height ?? 0,
      bitmapWidth: node.width,
      ratio: window.devicePixelRatio,
      label: node.getAttribute('aria-label') ?? '',
      role: node.getAttribute('role'),
      table: node.closest('figure')?.querySelector('table')?.textContent ?? '',
    };
  });
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('charts at $width×$height', (viewport) => {
  it.each(LOCALES)(
    'paint every chart slide in %s, sized to its frame, labelled',
    async (locale) => {
      const { page, problems } = await openDeck(browser(), { query: `?lang=${locale}`, viewport });
      for (const id of CHART_SLIDES) {
        await page.evaluate((slideId) => {
          window.location.hash = `#/${slideId}`;
        }, id);
        const canvas = `section[data-slide-id="${id}"] canvas`;
        await page.waitForFunction((selector) => {
          const node = document.querySelector<HTMLCanvasElement>(selector);
          return node !== null && window.deck?.charts.chartFor(node) !== undefined;
        }, canvas);
        const chart = await inspectChart(page, canvas);
        expect(chart.paintedShare, `${id} painted`).toBeGreaterThan(0.02);
        expect(Math.abs(chart.width - chart.frameWidth)).toBeLessThan(2);
        expect(Math.abs(chart.height - chart.frameHeight)).toBeLessThan(2);
        // Crisp: one canvas pixel per screen pixel, at least, after reveal's scaling.
        expect(chart.bitmapWidth).toBeGreaterThanOrEqual(Math.floor(chart.width * chart.ratio) - 2);
        expect(chart.role).toBe('img');
        expect(chart.label.length).toBeGreaterThan(20);
        expect(chart.table.length).toBeGreaterThan(10);
        if (locale !== 'en') {
          expect(chart.label).toMatch(/\p{Script=Han}/u);
          expect(chart.table).toMatch(/\p{Script=Han}/u);
        }
        if (viewport.width === 1280) await screenshot(page, `charts/${locale}/${id}`);
      }
      expect(problems.errors).toEqual([]);
      await page.close();
    },
  );
});

describe('chart lifecycle', () => {
  it('does not leak chart instances over 50 language switches and a pass through the deck', async () => {
    const { page, problems } = await openDeck(browser(), { hash: '#/cooperation-timeline' });
    await page.waitForFunction(() => (window.deck?.charts.count() ?? 0) > 0);
    for (let i = 0; i < 50; i += 1) {
      await page.evaluate((index) => {
        window.deck?.language.set({ audience: (['zh', 'ja', 'en'] as const)[index % 3] ?? 'en' });
      }, i);
    }
    for (let i = 0; i < 80; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    const counts = await chartInstances(page);
    expect(counts.live).toBe(counts.owned);
    expect(counts.owned).toBeLessThanOrEqual(counts.canvases);
    expect(problems.errors).toEqual([]);
  });

  // A tooltip showed wherever the presenter's pointer rested on the projected chart: a dark
  // box over the labels beside it (09's 1993). Every mark is named on the chart itself.
  it('draws nothing over the chart where the pointer rests on a bar', async () => {
    const { page, problems } = await openDeck(browser(), {
      hash: '#/cooperation-timeline',
      viewport: { width: 1920, height: 1080 },
    });
    const canvas = 'section[data-slide-id="cooperation-timeline"] canvas';
    await page.waitForFunction((selector) => {
      const node = document.querySelector<HTMLCanvasElement>(selector);
      return node !== null && window.deck?.charts.chartFor(node) !== undefined;
    }, canvas);
    await page.waitForTimeout(900);
    const pixels = () =>
      page.$eval(canvas, (element) => (element as HTMLCanvasElement).toDataURL());
    const before = await pixels();
    for (const index of [0, 2, 4]) {
      const point = await page.$eval(
        canvas,
        (element, barIndex) => {
          const node = element as HTMLCanvasElement;
          const chart = window.deck?.charts.chartFor(node);
          const bar = chart?.getDatasetMeta(0).data[barIndex];
          const { x, y, base } = (bar?.getProps(['x', 'y', 'base'], true) ?? {}) as Record<
            string,
            number
          >;
          const rect = node.getBoundingClientRect();
          const scale = rect.width / node.offsetWidth;
          const middle = ((x ?? 0) + (base ?? 0)) / 2;
          return { x: rect.left + middle * scale, y: rect.top + (y ?? 0) * scale };
        },
        index,
      );
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(300);
      expect(await pixels(), `pointer on row ${String(index)}`).toBe(before);
    }
    expect(problems.errors).toEqual([]);
  });
});

describe('the print view (?print-pdf)', () => {
  it('paints every chart on its page, without animation', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?print-pdf' });
    await page.waitForSelector('.pdf-page');
    await page.waitForFunction(
      (expected) => (window.deck?.charts.count() ?? 0) >= expected,
      CHART_SLIDES.length,
    );
    const canvases = await page.$$eval('.pdf-page canvas[data-chart]', (nodes) =>
      nodes.map((node) => node.closest('section')?.getAttribute('data-slide-id') ?? ''),
    );
    expect(canvases.sort()).toEqual([...CHART_SLIDES].sort());
    for (const id of CHART_SLIDES) {
      const chart = await inspectChart(page, `.pdf-page section[data-slide-id="${id}"] canvas`);
      expect(chart.paintedShare, `${id} painted in print`).toBeGreaterThan(0.02);
    }
    const animated = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].some(
        (canvas) => window.deck?.charts.chartFor(canvas)?.options.animation !== false,
      ),
    );
    expect(animated).toBe(false);
    const timeline = page.locator('[data-slide-id="cooperation-timeline"]');
    if (SAVE_SCREENSHOTS) {
      await page.locator('.pdf-page', { has: timeline }).screenshot({
        path: `${SCREENSHOT_DIR}print/cooperation-timeline.png`,
      });
    }
    expect(problems.errors).toEqual([]);
  });
});
