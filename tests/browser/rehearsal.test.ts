import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { openDeck, position, screenshot, useBrowser, watchProblems } from './deck-page.ts';

const browser = useBrowser();

/** Where the audience is, as one comparable string. */
async function where(page: Page): Promise<string> {
  const { h, f } = await position(page);
  return `${h}.${f}`;
}

describe('a rehearsal from the speaker window alone', () => {
  it('presents the whole talk through a reload, a blackout and a language change', async () => {
    // The audience window on the projector's size, the speaker view on the laptop's.
    const { page, problems } = await openDeck(browser(), {
      query: '?minutes=20',
      viewport: { width: 1024, height: 768 },
    });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.setViewportSize({ width: 1366, height: 768 });
    await popup.waitForSelector('.speaker-notes p');
    const popupProblems = watchProblems(popup);
    const last = SLIDES.length - 1;
    const seen = new Set<number>();

    for (let step = 0; step < 200; step += 1) {
      const { h } = await position(page);
      seen.add(h);
      if (h === 3 && !(await page.evaluate(() => window.deck?.reveal.isPaused()))) {
        await popup.keyboard.press('b');
        await expect.poll(() => popup.isVisible('.speaker-screen')).toBe(true);
        await screenshot(popup, 'rehearsal/blackout-1366x768');
        await popup.keyboard.press('b');
        await expect.poll(() => page.evaluate(() => window.deck?.reveal.isPaused())).toBe(false);
      }
      if (h === 11 && !(await page.evaluate(() => window.deck?.language.state.audience === 'zh'))) {
        await popup.keyboard.press('t');
        await expect
          .poll(() => popup.textContent('.speaker-current-slide .slide-headline'))
          .toBe(RESOURCES.zh.deck.slides.trainees.headline);
        await popup.setViewportSize({ width: 1280, height: 800 });
        await screenshot(popup, 'rehearsal/zh-slides-1280x800');
      }
      if (h === 15 && step < 150 && !seen.has(-15)) {
        // F5 in the audience window in the middle of the talk.
        seen.add(-15);
        await page.reload();
        await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
      }
      if (h === last && !(await page.evaluate(() => window.deck?.reveal.availableFragments().next)))
        break;
      const before = await where(page);
      await popup.keyboard.press('ArrowRight');
      await expect.poll(() => where(page), { timeout: 3000 }).not.toBe(before);
    }

    expect((await position(page)).id).toBe('closing');
    expect(seen.size).toBeGreaterThanOrEqual(SLIDES.length);
    // After the reload the language chosen earlier is still on screen.
    expect(await popup.textContent('.speaker-current-slide .slide-headline')).toBe(
      RESOURCES.zh.deck.slides.closing.headline,
    );
    expect(await popup.getAttribute('.speaker-talk', 'data-action')).toBe('reset');
    expect(await popup.textContent('.speaker-elapsed')).not.toMatch(/ 0:00$/);
    await screenshot(popup, 'rehearsal/end-1280x800');
    await screenshot(page, 'rehearsal/audience-end-1024x768');
    expect(problems.errors).toEqual([]);
    expect(popupProblems.errors).toEqual([]);
  });
});
