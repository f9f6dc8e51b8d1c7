import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import {
  chartInstances,
  goToSlide,
  openDeck,
  overflowingElements,
  position,
  useBrowser,
} from './deck-page.ts';

const browser = useBrowser();

const MARKUP = '<img src=x onerror=alert(1)>';

/** The current slide's headline is on screen, with text. */
async function headlineShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const headline = window.deck?.reveal.getCurrentSlide().querySelector('.slide-headline');
    const rect = headline?.getBoundingClientRect();
    return (headline?.textContent.trim().length ?? 0) > 0 && (rect?.height ?? 0) > 0;
  });
}

/** Event listeners on window and document, as DevTools counts them. */
async function listenerCount(page: Page, cdp: CDPSession): Promise<number> {
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (result.objectId === undefined) continue;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    total += listeners.length;
  }
  await page.evaluate(() => undefined);
  return total;
}

describe('bad URL input', () => {
  it('shows markup in every parameter as nothing, with warnings and no error', async () => {
    const value = encodeURIComponent(MARKUP);
    const { page, problems } = await openDeck(browser(), {
      query: `?lang=${value}&speaker=${value}&sub=${value}&minutes=${value}`,
    });
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await headlineShown(page)).toBe(true);
    expect(problems.warnings.length).toBeGreaterThanOrEqual(3);
    expect(problems.errors).toEqual([]);
  });

  it('keeps notes in the slide language for an unknown ?speaker', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: '?lang=ja&speaker=zz',
      hash: '#/greeting',
    });
    expect(problems.warnings.some((text) => text.includes('?speaker'))).toBe(true);
    expect(
      await page.$eval(
        'section[data-slide-id="greeting"] aside.notes',
        (notes) => notes.textContent,
      ),
    ).toContain('おはようございます');
    expect(problems.errors).toEqual([]);
  });

  it('keeps its own options over reveal options given in the query', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: '?controls=false&progress=false&slideNumber=false&center=true',
    });
    expect(await page.locator('.reveal .controls .navigate-right').isVisible()).toBe(true);
    expect(await page.locator('.reveal .progress').isVisible()).toBe(true);
    expect(await page.locator('.reveal .slide-number').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.deck?.reveal.getConfig().center)).toBe(false);
    expect(problems.errors).toEqual([]);
  });

  it('never loads an address given as ?url (reveal copies it into its config)', async () => {
    const context = await browser().newContext();
    const elsewhere: string[] = [];
    const origin = new URL(inject('baseUrl')).origin;
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) elsewhere.push(url);
    });
    const { page, problems } = await openDeck(browser(), {
      context,
      query: `?url=${encodeURIComponent('https://example.com/')}`,
    });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('.speaker-notes p');
    expect(new URL(popup.url()).origin).toBe(origin);
    expect(elsewhere).toEqual([]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it.each(['#/999', '#/-1', '#/no-such-slide'])('shows a real slide for %s', async (hash) => {
    const { page, problems } = await openDeck(browser(), { hash });
    const { id } = await position(page);
    expect(SLIDES.map((slide) => slide.id)).toContain(id);
    expect(await headlineShown(page)).toBe(true);
    expect(problems.errors).toEqual([]);
  });
});

describe('extreme screens', () => {
  it('falls back to reveal’s scroll view on a 320×480 phone', async () => {
    const { page, problems } = await openDeck(browser(), { viewport: { width: 320, height: 480 } });
    await page.waitForFunction(() => document.body.classList.contains('reveal-scroll'));
    await page.mouse.move(160, 300);
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    expect(await headlineShown(page), 'headline after scrolling').toBe(true);
    expect((await position(page)).h).toBeGreaterThan(0);
    expect(problems.errors).toEqual([]);
  });

  it.each([
    { width: 1024, height: 768 },
    { width: 3840, height: 2160 },
  ])('fits every slide at $width×$height', async (viewport) => {
    const { page, problems } = await openDeck(browser(), { viewport });
    const overflow: string[] = [];
    for (const slide of SLIDES) {
      await goToSlide(page, slide.id);
      // All points shown: the slide at its fullest.
      await page.evaluate(() => {
        const fragments = window.deck?.reveal.getCurrentSlide().querySelectorAll('.fragment');
        window.deck?.reveal.navigateFragment((fragments?.length ?? 0) - 1);
      });
      overflow.push(...(await overflowingElements(page)).map((text) => `${slide.id}: ${text}`));
    }
    expect(overflow).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});

describe('rapid input', () => {
  it('survives bursts of switches, key presses and resizes, leaking nothing', async () => {
    const { page, problems } = await openDeck(browser(), { hash: '#/cooperation-timeline' });
    const cdp = await page.context().newCDPSession(page);
    await page.waitForFunction(() => (window.deck?.charts.count() ?? 0) > 0);
    const listenersBefore = await listenerCount(page, cdp);

    for (let i = 0; i < 200; i += 1) await page.keyboard.press('t');
    for (let i = 0; i < 20; i += 1) {
      await page.setViewportSize({ width: 800 + (i % 5) * 200, height: 500 + (i % 4) * 150 });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    // Three forward for one back, then only forward for the last hundred: 250 steps net, more
    // than the deck's slides and fragments.
    for (let i = 0; i < 400; i += 1)
      await page.keyboard.press(i % 4 === 3 && i < 300 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(500);

    // 200 steps through three languages from English end on Japanese (200 mod 3 = 2).
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const { id } = await position(page);
    expect(id).toBe('closing');
    expect(
      await page.textContent('section[data-slide-id="closing"] .slide-headline .deck-text'),
    ).toBe(RESOURCES.ja.deck.slides.closing.headline);
    const charts = await chartInstances(page);
    expect(charts.live).toBe(charts.owned);
    expect(charts.owned).toBeLessThanOrEqual(charts.canvases);
    expect(await listenerCount(page, cdp)).toBe(listenersBefore);
    expect(problems.errors).toEqual([]);
  });
});

describe('security', () => {
  it('runs under its Content-Security-Policy without a violation, requesting only its origin', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const origin = new URL(inject('baseUrl')).origin;
    const elsewhere: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });
    const { page, problems } = await openDeck(browser(), { context, query: '?lang=zh&sub=ja' });
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    for (let i = 0; i < 60; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('t');
    const violations = await page.evaluate(
      () => (window as Window & { cspViolations?: string[] }).cspViolations ?? ['not listening'],
    );
    expect(violations).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

describe('contrast preferences', () => {
  it.each([{ forcedColors: 'active' as const }, { contrast: 'more' as const }])(
    'keeps text readable with %o',
    async (media) => {
      const { page, problems } = await openDeck(browser(), { hash: '#/location' });
      await page.emulateMedia({ ...media, reducedMotion: 'reduce' });
      const readable = await page.evaluate(() => {
        const headline = document.querySelector('section.present .slide-headline');
        const menu = document.querySelector('.deck-menu');
        if (!headline || !menu) return false;
        const style = getComputedStyle(headline);
        return style.color !== style.backgroundColor && style.visibility === 'visible';
      });
      expect(readable).toBe(true);
      expect(problems.errors).toEqual([]);
      await page.close();
    },
  );
});
