import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import {
  openDeck,
  overflowingElements,
  screenshot,
  slideShotName,
  useBrowser,
  walkDeck,
} from './deck-page.ts';

const browser = useBrowser();

describe.each(LOCALES)('the %s deck, stepped through with the keyboard', (locale) => {
  it('shows every slide in order with its headline, without overflow or console errors', async () => {
    const { page, problems } = await openDeck(browser(), { query: `?lang=${locale}` });
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(
      new RegExp(`^${locale}`),
    );
    const overflow: string[] = [];
    const visited = await walkDeck(page, async (slide) => {
      const headline = page.locator(`section[data-slide-id="${slide.id}"] .slide-headline`);
      await expect.poll(() => headline.isVisible()).toBe(true);
      expect((await headline.textContent())?.trim().length ?? 0).toBeGreaterThan(1);
      overflow.push(...(await overflowingElements(page)).map((p) => `${slide.id}: ${p}`));
      await screenshot(page, `slides/${locale}/${slideShotName(slide)}`);
    });
    expect(visited).toEqual(SLIDES.map((slide) => slide.id));
    // No raw key or unfilled placeholder anywhere, visible or for screen readers.
    const leftovers = await page.evaluate(() =>
      [
        document.body.textContent,
        ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
      ].filter((text) => text !== null && /\{\{|slides\.[a-z]|units\.[a-z]|ui\.[a-z]/.test(text)),
    );
    expect(leftovers).toEqual([]);
    expect(overflow).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
