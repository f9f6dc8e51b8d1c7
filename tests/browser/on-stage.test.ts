/**
 * On stage without surprises: the menu, the keys, the URL, storage, printing and the phone
 * behave as a speaker and an audience expect.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/i18n/resources.ts';
import {
  helpOverlayText,
  openDeck,
  overflowingElements,
  position,
  screenshot,
  SAVE_SCREENSHOTS,
  SCREENSHOT_DIR,
  useBrowser,
  waitForWholeDeck,
} from './deck-page.ts';
import { PdfInspector } from './pdf-inspect.ts';

const browser = useBrowser();

/** How visible the language menu's rows are (0 folded into its corner button, 1 open). */
const menuOpacity = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('.deck-menu-row')].map((row) =>
        Number(getComputedStyle(row).opacity),
      ),
    ),
  );

/** How visible the language menu is as a whole, its folded button included. */
const menuShown = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const menu = document.querySelector('.deck-menu');
    return menu ? Number(getComputedStyle(menu).opacity) : -1;
  });

describe('the language button', () => {
  it('stays out of sight on a projected slide until the pointer moves, then leaves again', async () => {
    const { page, problems } = await openDeck(browser(), { hash: '#/title' });
    expect(await menuShown(page)).toBe(0);
    await page.mouse.move(400, 300);
    await page.mouse.move(440, 320);
    await expect.poll(() => menuShown(page)).toBe(1);
    // Only the button shows on the dark title slide: the folded menu's panel is not a dark box.
    expect(
      await page.evaluate(() => {
        const menu = document.querySelector('.deck-menu');
        return menu ? getComputedStyle(menu).backgroundColor : '';
      }),
    ).toBe('rgba(0, 0, 0, 0)');
    // The speaker talks on, the pointer rests: the button goes again.
    await expect.poll(() => menuShown(page), { timeout: 8000 }).toBe(0);
    // T changes the language and shows the button with its new name, folded: the opened menu
    // had covered the end of a long headline.
    await page.keyboard.press('t');
    await expect.poll(() => menuShown(page)).toBe(1);
    expect(await page.textContent('.deck-menu-toggle')).toBe('中文');
    await page.waitForTimeout(400);
    expect(await menuOpacity(page)).toBe(0);
    expect(await page.getAttribute('.deck-menu-toggle', 'aria-expanded')).toBe('false');
    expect(problems.errors).toEqual([]);
  });

  // Escape in the open menu opened reveal's overview behind it and left the menu open; a
  // press outside did not close it either (it folded only on its idle timer).
  it('closes on Escape, without the overview, and on a press outside it', async () => {
    const { page, problems } = await openDeck(browser(), { hash: '#/size' });
    const expanded = () =>
      page.evaluate(() =>
        document.querySelector('.deck-menu-toggle')?.getAttribute('aria-expanded'),
      );
    await page.click('.deck-menu-toggle');
    expect(await expanded()).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => menuOpacity(page)).toBe(0);
    expect(await expanded()).toBe('false');
    expect(await page.evaluate(() => window.deck?.reveal.isOverview())).toBe(false);
    await page.click('.deck-menu-toggle');
    await expect.poll(() => menuOpacity(page)).toBe(1);
    await page.mouse.click(400, 400);
    await expect.poll(() => menuOpacity(page)).toBe(0);
    expect(await expanded()).toBe('false');
    expect(problems.errors).toEqual([]);
  });

  it('stays on a phone, where followers look for their language', async () => {
    const { page } = await openDeck(browser(), { viewport: { width: 390, height: 844 } });
    expect(await menuShown(page)).toBe(1);
  });
});

/** The opened menu's box, and how light its background is (0 black … 1 white). */
const openedMenu = async (page: import('playwright-core').Page) => {
  await page.mouse.move(640, 360);
  await page.hover('.deck-menu-toggle');
  await expect.poll(() => menuOpacity(page)).toBe(1);
  return page.evaluate(() => {
    const menu = document.querySelector('.deck-menu');
    const toggle = document.querySelector('.deck-menu-toggle');
    if (menu === null || toggle === null) return null;
    const box = menu.getBoundingClientRect();
    const button = toggle.getBoundingClientRect();
    const [r = 0, g = 0, b = 0] = (getComputedStyle(menu).backgroundColor.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number);
    return {
      left: box.left,
      right: box.right,
      top: box.top,
      width: box.width,
      height: box.height,
      toggleTop: button.top,
      toggleRight: button.right,
      lightness: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
      rows: [...menu.querySelectorAll('.deck-menu-row')].length,
      notesButtons: menu.querySelectorAll('button[data-notes]').length,
    };
  });
};

// The opened menu had been a white bar 960–1,063 px wide across the top of the slide: it drops
// down under its button, in its corner, compact, dark on the dark slides.
describe('the opened language menu', () => {
  it.each([
    ['en', 'greeting', 'light'],
    ['ja', 'greeting', 'light'],
    ['en', 'title', 'dark'],
    ['zh', 'stage-2', 'dark'],
    ['ja', 'closing', 'dark'],
  ] as const)('in %s on %s is a compact %s dropdown in the corner', async (lang, slide, tone) => {
    const { page, problems } = await openDeck(browser(), {
      query: `?lang=${lang}`,
      hash: `#/${slide}`,
    });
    const menu = await openedMenu(page);
    expect(menu).not.toBeNull();
    if (menu === null) return;
    expect(menu.width).toBeLessThanOrEqual(340);
    expect(menu.height).toBeLessThanOrEqual(220);
    // In the top-right corner, its button at the top, the rows under it.
    expect(1280 - menu.right).toBeLessThanOrEqual(16);
    expect(menu.top).toBeLessThanOrEqual(16);
    expect(menu.toggleTop - menu.top).toBeLessThanOrEqual(12);
    expect(menu.right - menu.toggleRight).toBeLessThanOrEqual(12);
    if (tone === 'dark') expect(menu.lightness).toBeLessThan(0.3);
    else expect(menu.lightness).toBeGreaterThan(0.9);
    await screenshot(page, `on-stage/menu-${lang}-${slide}`);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('faces the audience: slide language and subtitles, no speaker-notes row', async () => {
    const { page } = await openDeck(browser(), { hash: '#/greeting' });
    const menu = await openedMenu(page);
    expect(menu?.rows).toBe(2);
    expect(menu?.notesButtons).toBe(0);
    await page.close();
  });
});

describe('the language menu after a click', () => {
  it.each([
    ['中文', '.deck-menu button[data-locale="zh"]'],
    ['a subtitle button', '.deck-menu button[data-subtitles="ja"]'],
  ])('gives the keyboard back to the deck after clicking %s', async (_, selector) => {
    const { page, problems } = await openDeck(browser(), { hash: '#/greeting' });
    const before = await position(page);
    await page.click(selector);
    await page.keyboard.press('Space');
    const after = await position(page);
    // Space shows the next point, as it does without the click.
    expect(after.id).toBe('greeting');
    expect(after.f).toBe(before.f + 1);
    expect(await page.evaluate(() => document.activeElement?.closest('.deck-menu') ?? null)).toBe(
      null,
    );
    // The deck key folds the menu into its corner button, though the pointer rests on it.
    await expect.poll(() => menuOpacity(page), { timeout: 6000 }).toBe(0);
    await screenshot(page, 'on-stage/menu-after-click');
    expect(problems.errors).toEqual([]);
  });

  it('keeps normal button behaviour and a focus ring for keyboard users', async () => {
    const { page } = await openDeck(browser());
    const japanese = page.locator('.deck-menu button[data-locale="ja"]');
    await japanese.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await japanese.evaluate((button) => button.matches(':focus-visible'))).toBe(true);
    expect(await menuOpacity(page)).toBe(1);
  });
});

/** Starts a browser context whose storage remembers yesterday's choices. */
async function contextRemembering(values: Record<string, string>) {
  const context = await browser().newContext({ locale: 'en-US' });
  await context.addInitScript((stored) => {
    for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
  }, values);
  return context;
}

/** The slide language and the subtitle language the page shows (`undefined`: none). */
const shownLanguages = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    subtitles: document.documentElement.dataset['subtitles'],
  }));

describe('yesterday’s choices', () => {
  const yesterday = { 'dalian-deck.lang': 'ja', 'dalian-deck.sub': 'zh' };

  it('give way to the URL: ?lang=en shows English without remembered subtitles', async () => {
    const context = await contextRemembering(yesterday);
    const { page } = await openDeck(browser(), { context, query: '?lang=en' });
    expect(await shownLanguages(page)).toEqual({ lang: 'en', subtitles: undefined });
    expect(await page.locator('.slide-headline .deck-subtitle:not(:empty)').count()).toBe(0);
    await context.close();
  });

  it('still apply without language parameters', async () => {
    const context = await contextRemembering(yesterday);
    const { page } = await openDeck(browser(), { context });
    expect(await shownLanguages(page)).toEqual({ lang: 'ja', subtitles: 'zh' });
    await context.close();
  });

  it('never reach ?print-pdf, which prints the URL’s languages only', async () => {
    const context = await contextRemembering(yesterday);
    const { page } = await openDeck(browser(), { context, query: '?print-pdf' });
    expect(await shownLanguages(page)).toEqual({ lang: 'en', subtitles: undefined });
    await context.close();
  });
});

describe('the keys', () => {
  // In two full CI runs on 2 cores a T pressed right after load was lost (the page saw the
  // key, the language stayed en); alone, and in every run of this file, it switches. The press
  // now waits for the deck's start-up work to end, as a speaker's would; the cause is not
  // known, so one retry keeps a slow machine from failing the suite (the test still fails if T
  // does not switch the language).
  it('T switches the slide language; L stays reveal’s “navigate right”', { retry: 1 }, async () => {
    const { page, problems } = await openDeck(browser(), { hash: '#/location' });
    await waitForWholeDeck(page);
    await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    const before = await position(page);
    await page.keyboard.press('l');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // reveal's "navigate right": the slide's first point.
    expect(await position(page)).toEqual({ ...before, f: before.f + 1 });
    expect(problems.errors).toEqual([]);
  });

  it('are listed once each in the help overlay', async () => {
    const { page } = await openDeck(browser());
    await helpOverlayText(page);
    const keys = await page.$$eval('.r-overlay-help td:first-child', (cells) =>
      cells.map((cell) => cell.textContent.replace(/\s+/g, '')),
    );
    const single = keys.flatMap((cell) => cell.split(',')).filter((key) => /^[A-Z]$/.test(key));
    expect(single).toContain('T');
    expect(single).toContain('L');
    expect(single.length).toBe(new Set(single).size);
  });

  // reveal lists ↑ and ↓ as "Up" and "Down", moves this deck of one row of slides does not
  // have: here every arrow steps a point, then a slide, as N and P do, and shares their row.
  it('are grouped by what they do, the arrows with N and P', async () => {
    const { page } = await openDeck(browser(), { hash: '#/global-500' });
    await helpOverlayText(page);
    const rows = await page.$$eval('.r-overlay-help tr:has(td)', (lines: HTMLTableRowElement[]) =>
      lines.map((line) => ({
        keys: [...line.querySelectorAll('kbd')].map((key) => key.textContent),
        does: line.cells[1]?.textContent ?? '',
      })),
    );
    const does = rows.map((row) => row.does);
    expect(does.length).toBe(new Set(does).size);
    const keysOf = (text: string) => rows.find((row) => row.does === text)?.keys ?? [];
    expect(keysOf(RESOURCES.en.deck.help.next)).toEqual(expect.arrayContaining(['N', '→', '↓']));
    expect(keysOf(RESOURCES.en.deck.help.previous)).toEqual(
      expect.arrayContaining(['P', '←', '↑']),
    );
    await page.keyboard.press('Shift+Slash');
    const start = await position(page);
    for (const key of ['ArrowDown', 'ArrowRight']) await page.keyboard.press(key);
    expect(await position(page)).toEqual({ ...start, f: start.f + 2 });
    await page.keyboard.press('ArrowUp');
    expect(await position(page)).toEqual({ ...start, f: start.f + 1 });
  });

  it('are described in the slide language, and again after a switch', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=ja' });
    const japanese = await helpOverlayText(page);
    expect(japanese).toContain(RESOURCES.ja.deck.help.title);
    expect(japanese).toContain(RESOURCES.ja.deck.help.language);
    expect(japanese).toContain(RESOURCES.ja.deck.help.next);
    expect(japanese).not.toContain('Next slide');
    expect(japanese).not.toContain('Switch the slide language');
    await screenshot(page, 'on-stage/help-ja');
    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'zh' });
    });
    const chinese = (await page.textContent('.r-overlay-help')) ?? '';
    expect(chinese).toContain(RESOURCES.zh.deck.help.next);
    expect(chinese).not.toContain(RESOURCES.ja.deck.help.next);
  });

  // reveal read `?` by key code: Shift with the / key only. A `?` typed without Shift blacked
  // the screen out under "発表を再開" (reveal's / key), and a `?` on another key did nothing.
  it('? opens and closes the help however it is typed, never the black screen', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?lang=ja', hash: '#/size' });
    const screen = () =>
      page.evaluate(() => ({
        help: document.querySelector('.r-overlay-help') !== null,
        paused: window.deck?.reveal.isPaused() ?? true,
      }));
    // The character alone, as an on-screen keyboard or a script types it.
    await page.keyboard.press('?');
    expect(await screen()).toEqual({ help: true, paused: false });
    expect(await page.textContent('.r-overlay-help')).toContain(RESOURCES.ja.deck.help.title);
    await page.keyboard.press('?');
    expect(await screen()).toEqual({ help: false, paused: false });
    // A French keyboard's `?`: Shift with the comma key (key code 188), as the browser sends it.
    const keys = await page.context().newCDPSession(page);
    for (const type of ['keyDown', 'keyUp'] as const) {
      await keys.send('Input.dispatchKeyEvent', {
        type,
        key: '?',
        code: 'KeyM',
        windowsVirtualKeyCode: 188,
        modifiers: 8,
        ...(type === 'keyDown' ? { text: '?' } : {}),
      });
    }
    expect(await screen()).toEqual({ help: true, paused: false });
    await page.keyboard.press('Escape');
    // Shift+/ as before; B still blacks the screen out.
    expect(await helpOverlayText(page)).toContain(RESOURCES.ja.deck.help.title);
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    expect(await screen()).toEqual({ help: false, paused: true });
    expect(problems.errors).toEqual([]);
  });

  it('leave the black screen’s resume button in the slide language', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=ja' });
    await page.keyboard.press('b');
    const resume = page.locator('.pause-overlay .resume-button');
    expect(await resume.textContent()).toBe(RESOURCES.ja.deck.ui.resume);
    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'zh' });
    });
    expect(await resume.textContent()).toBe(RESOURCES.zh.deck.ui.resume);
  });
});

describe('reveal’s arrows and the language button', () => {
  it('are named for a screen reader in the slide language', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=ja' });
    const names = () =>
      page.evaluate(() => ({
        previous: document.querySelector('.controls .navigate-left')?.getAttribute('aria-label'),
        next: document.querySelector('.controls .navigate-right')?.getAttribute('aria-label'),
        button: document.querySelector('.deck-menu-toggle')?.getAttribute('aria-label'),
      }));
    const japanese = await names();
    expect(japanese.previous).toBe(RESOURCES.ja.deck.ui.previousSlide);
    expect(japanese.next).toBe(RESOURCES.ja.deck.ui.nextSlide);
    // The visible text first, then a full-width colon as Japanese sets it.
    expect(japanese.button).toBe(`日本語：${RESOURCES.ja.deck.ui.languageMenu}`);
    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'zh' });
    });
    const chinese = await names();
    expect(chinese.previous).toBe(RESOURCES.zh.deck.ui.previousSlide);
    expect(chinese.next).toBe(RESOURCES.zh.deck.ui.nextSlide);
    expect(chinese.button).toBe(`中文：${RESOURCES.zh.deck.ui.languageMenu}`);
    expect(chinese.previous).not.toBe(japanese.previous);
  });
});

describe('the URL while stepping', () => {
  it('names the current slide right after each step, so a reload stays there', async () => {
    const { page } = await openDeck(browser(), { hash: '#/size' });
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('ArrowRight');
      const { id } = await position(page);
      const hash = await page.evaluate(() => window.location.hash);
      expect(hash.split('/')[1]).toBe(id);
    }
    const before = await position(page);
    await page.reload();
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    expect((await position(page)).id).toBe(before.id);
  });
});

describe('on a phone', () => {
  it('opens a deep link on the linked slide', async () => {
    const { page, problems } = await openDeck(browser(), {
      hash: '#/size',
      viewport: { width: 390, height: 844 },
    });
    await page.waitForTimeout(500);
    expect((await position(page)).id).toBe('size');
    // The slide is on screen, whole.
    const onScreen = await page.evaluate(() => {
      const rect = document.querySelector('section[data-slide-id="size"]')?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(onScreen).toBe(true);
    await screenshot(page, 'on-stage/phone-deep-link');
    expect(problems.errors).toEqual([]);
  });
});

describe('a longer headline', () => {
  it.each([
    ['zh', 'size'],
    ['en', 'stage-3-results'],
  ])('leaves the %s chart of %s inside the slide', async (locale, id) => {
    const { page } = await openDeck(browser(), { query: `?lang=${locale}`, hash: `#/${id}` });
    await page.waitForFunction(() => (window.deck?.charts.count() ?? 0) > 0);
    await page.evaluate((slideId) => {
      const headline = document.querySelector(
        `section[data-slide-id="${slideId}"] .slide-headline`,
      );
      const extra = document.createElement('span');
      extra.style.display = 'block';
      extra.textContent = headline?.textContent ?? '';
      headline?.firstChild?.after(extra);
    }, id);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await screenshot(page, `on-stage/longer-headline-${locale}-${id}`);
    expect(await overflowingElements(page)).toEqual([]);
  });
});

describe('Ctrl+P on the normal view', () => {
  it('prints how to print the deck, in the slide language', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=ja', hash: '#/size' });
    const dir = mkdtempSync(path.join(tmpdir(), 'deck-ctrl-p-'));
    try {
      const file = path.join(dir, 'ctrl-p.pdf');
      writeFileSync(file, await page.pdf({ printBackground: true }));
      const pdf = await PdfInspector.open(browser(), dir);
      const text = await pdf.text(file);
      // The address to open: this page's, languages kept, in the print view.
      expect(text).toContain('/?lang=ja&print-pdf');
      expect(text).toContain('npm run export:pdf');
      expect(text).toContain(RESOURCES.ja.deck.print.heading);
      if (SAVE_SCREENSHOTS) {
        mkdirSync(path.join(SCREENSHOT_DIR, 'on-stage'), { recursive: true });
        await pdf.renderPage(file, 1, 0.6, path.join(SCREENSHOT_DIR, 'on-stage', 'ctrl-p-ja.png'));
      }
      await pdf.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells the speaker on screen too', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=zh' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const notice = page.locator('.deck-print-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(RESOURCES.zh.deck.print.heading);
    // One click opens the print view of the deck, in the same language.
    await notice.locator('a').click();
    await page.waitForURL(/\?lang=zh&print-pdf$/u);
    await page.waitForFunction(() => document.documentElement.classList.contains('reveal-print'));
    await screenshot(page, 'on-stage/print-notice-zh');
  });
});
