import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { goToSlide, openDeck, position, screenshot, useBrowser } from './deck-page.ts';

const browser = useBrowser();

/** The headline and points of the slide the audience sees, as shown. */
async function shownTexts(page: Page): Promise<{ headline: string; points: string[] }> {
  return page.evaluate(() => {
    const slide = window.deck?.reveal.getCurrentSlide();
    return {
      headline: slide?.querySelector('.slide-headline .deck-text')?.textContent ?? '',
      points: [...(slide?.querySelectorAll(':is(.points, .columns) > li .deck-text') ?? [])].map(
        (point) => point.textContent,
      ),
    };
  });
}

/** Painted (non-transparent) pixels of the current slide's chart. */
async function paintedChartPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return -1;
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < (pixels?.data.length ?? 0); i += 4) if ((pixels?.data[i] ?? 0) > 0) count++;
    return count;
  });
}

/** The text of the current slide's visual (the deck's HTML charts), as shown. */
const visualText = (page: Page) =>
  page.evaluate(
    () => window.deck?.reveal.getCurrentSlide().querySelector('figure.chart')?.textContent ?? '',
  );

/** Whether reveal shows its scroll view (its API has no type for `isScrollView`). */
const inScrollView = (page: Page) =>
  page.evaluate(() => document.querySelector('.reveal-scroll') !== null);

describe('a window that was narrow (reveal’s scroll view) and is widened again', () => {
  it('keeps every headline, point and chart of the slides, and their language switches', async () => {
    const { page, problems } = await openDeck(browser(), {
      viewport: { width: 400, height: 700 },
    });
    expect(await inScrollView(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => inScrollView(page)).toBe(false);

    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await position(page)).id).toBe('greeting');
    expect((await shownTexts(page)).headline).toBe(RESOURCES.en.deck.slides.greeting.headline);

    await goToSlide(page, 'stage-2-jica-study');
    const list = await shownTexts(page);
    expect(list.headline).toBe(RESOURCES.en.deck.slides.jicaStudy.headline);
    expect(list.points.length).toBeGreaterThan(2);
    expect(list.points.every((point) => point !== '')).toBe(true);

    // The deck's HTML visuals keep their texts, and chart.js's timeline is painted.
    await goToSlide(page, 'size');
    expect(await visualText(page)).toContain(RESOURCES.en.deck.slides.size.oldUrbanArea);
    await goToSlide(page, 'cooperation-timeline');
    await page.evaluate(() => window.deck?.charts.settled());
    await expect.poll(() => paintedChartPixels(page)).toBeGreaterThan(1000);

    // A language switch after the round trip still reaches the slides on screen.
    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'zh' });
    });
    expect((await shownTexts(page)).headline).toBe(RESOURCES.zh.deck.slides.timeline.headline);
    await screenshot(page, 'scroll-view/widened-zh-timeline');

    // Narrow again and back: still the same, written slides.
    await page.setViewportSize({ width: 400, height: 700 });
    await expect.poll(() => inScrollView(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => inScrollView(page)).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await position(page)).id).toBe('stage-1');
    expect(problems.errors).toEqual([]);
  });
});
