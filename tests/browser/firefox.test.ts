/**
 * Firefox lays out a table's caption in a box of its own, outside the table: the chart data
 * tables, there for screen readers, must stay invisible there too.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAVE_SCREENSHOTS, SCREENSHOT_DIR } from './deck-page.ts';
import { launchFirefox } from './firefox.ts';

let firefox: Browser | undefined;

beforeAll(async () => {
  firefox = await launchFirefox();
}, 600_000);

afterAll(async () => {
  await firefox?.close();
});

/** Opens the deck in Firefox at 1280×720 and waits until the slide's charts are drawn. */
async function openInFirefox(query: string, hash: string): Promise<Page> {
  if (firefox === undefined) throw new Error('Firefox is launched in beforeAll.');
  const page = await firefox.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${inject('baseUrl')}${query}${hash}`);
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  await page.waitForFunction(() => (window.deck?.charts.count() ?? 0) > 0);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** A screenshot of the page as it is, then one with the chart data tables taken out. */
async function withAndWithoutTables(page: Page): Promise<[Uint8Array, Uint8Array]> {
  const settle = () =>
    page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  await settle();
  const shown = await page.screenshot();
  await page.evaluate(() => {
    for (const table of document.querySelectorAll<HTMLElement>('.chart-table')) {
      table.style.setProperty('display', 'none', 'important');
    }
  });
  await settle();
  const hidden = await page.screenshot();
  return [shown, hidden];
}

describe.each([
  ['', '#/size'],
  ['?lang=ja', '#/stage-3-results'],
])('a chart slide in Firefox (%s%s)', (query, hash) => {
  it('shows nothing of its screen-reader table: no caption line', async () => {
    const page = await openInFirefox(query, hash);
    const caption = await page.$eval('section.present .chart-table caption', (element) => {
      const rect = element.getBoundingClientRect();
      return { text: element.textContent, width: rect.width, height: rect.height };
    });
    // The caption is there for screen readers, with its text.
    expect(caption.text.length).toBeGreaterThan(5);
    if (SAVE_SCREENSHOTS) {
      mkdirSync(`${SCREENSHOT_DIR}firefox`, { recursive: true });
      await page.screenshot({
        path: `${SCREENSHOT_DIR}firefox/chart${query.replace(/\W/g, '-')}.png`,
      });
    }
    const [shown, hidden] = await withAndWithoutTables(page);
    expect(Buffer.from(shown).equals(Buffer.from(hidden))).toBe(true);
    await page.close();
  });
});
