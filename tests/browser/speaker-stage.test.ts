import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { openDeck, position, screenshot, useBrowser, watchProblems } from './deck-page.ts';

const browser = useBrowser();

/** Opens the speaker view as a presenter does: press S and take the popup. */
async function openSpeakerView(page: Page, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await popup.setViewportSize(viewport);
  await popup.waitForSelector('.speaker-notes p');
  return popup;
}

const currentHeadline = (popup: Page) =>
  popup.textContent('.speaker-current-slide .slide-headline');

/** The elapsed time the speaker view shows, in seconds. */
async function elapsedSeconds(popup: Page): Promise<number> {
  const text = (await popup.textContent('.speaker-elapsed')) ?? '';
  const match = /(\d+):(\d\d)$/.exec(text.trim());
  if (match === null) throw new Error(`No elapsed time in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** What the audience window shows besides the slide: blackout, overview, languages. */
async function audienceScreen(page: Page) {
  return page.evaluate(() => ({
    blackout: window.deck?.reveal.isPaused() ?? false,
    overview: window.deck?.reveal.isOverview() ?? false,
    audience: window.deck?.language.state.audience,
    subtitles: window.deck?.language.state.subtitles ?? null,
  }));
}

describe('the speaker view on stage', () => {
  it('finds the audience window again after a reload, and the talk’s clock keeps running', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?minutes=20' });
    const popup = await openSpeakerView(page);
    const popupProblems = watchProblems(popup);

    // Opening the speaker view does not start the talk.
    await page.waitForTimeout(1200);
    expect(await elapsedSeconds(popup)).toBe(0);
    expect(await popup.getAttribute('.speaker-talk', 'data-action')).toBe('start');

    await page.evaluate(() => window.deck?.reveal.slide(2));
    await expect
      .poll(() => currentHeadline(popup))
      .toBe(RESOURCES.en.deck.slides.location.headline);
    // The speaker view's clock ticks once a second.
    await expect.poll(() => elapsedSeconds(popup), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const beforeReload = await elapsedSeconds(popup);

    // F5 in the audience window, then a step there: the speaker view follows.
    await page.reload();
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    await page.evaluate(() => window.deck?.reveal.slide(3));
    await expect.poll(() => currentHeadline(popup)).toBe(RESOURCES.en.deck.slides.size.headline);
    // … and its keys move the reloaded audience window.
    await popup.keyboard.press('ArrowRight');
    await expect.poll(async () => (await position(page)).id).not.toBe('size');
    expect(await elapsedSeconds(popup)).toBeGreaterThanOrEqual(beforeReload);

    // S again, at once after a reload and later: it focuses the open speaker view instead of
    // loading it anew (which restarted its clock).
    const stillHere = () =>
      popup.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere === true);
    await popup.evaluate(() => {
      (window as Window & { stillHere?: boolean }).stillHere = true;
    });
    await page.reload();
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    await page.keyboard.press('s');
    await page.waitForTimeout(500);
    expect(await stillHere()).toBe(true);
    await page.keyboard.press('s');
    await page.waitForTimeout(500);
    expect(await stillHere()).toBe(true);
    expect(page.context().pages()).toHaveLength(2);

    // Closed and opened again: the clock has not gone back to 0:00.
    const beforeClose = await elapsedSeconds(popup);
    await popup.close();
    // A person takes longer than the browser needs to forget the closed window's name.
    await page.waitForTimeout(500);
    const reopened = await openSpeakerView(page);
    await expect
      .poll(() => elapsedSeconds(reopened), { timeout: 5000 })
      .toBeGreaterThanOrEqual(beforeClose);
    expect(await reopened.getAttribute('.speaker-talk', 'data-action')).toBe('reset');

    // Reset: back to "not started", until the next step starts the talk again.
    await reopened.click('.speaker-talk');
    await expect.poll(() => reopened.getAttribute('.speaker-talk', 'data-action')).toBe('start');
    expect(await elapsedSeconds(reopened)).toBe(0);
    expect(problems.errors).toEqual([]);
    expect(popupProblems.errors).toEqual([]);
  });

  it('measures pacing from where the talk starts: opened on slide 16 it is not “ahead”', async () => {
    const { page } = await openDeck(browser(), {
      query: '?minutes=20',
      hash: '#/stage-2-jica-study',
    });
    const popup = await openSpeakerView(page);
    await page.waitForTimeout(1200);
    const pacing = () => popup.textContent('.speaker-pacing');
    expect(await pacing()).toBe(RESOURCES.en.deck.speaker.notStarted);
    expect(await elapsedSeconds(popup)).toBe(0);

    await popup.keyboard.press('ArrowRight');
    await expect.poll(pacing).toContain(RESOURCES.en.deck.speakerView.onTime);
    expect(await popup.getAttribute('.speaker-pacing', 'data-state')).toBe('on-time');
  });

  it('greys out Previous on the first slide and Forward on the last, and only there', async () => {
    const { page } = await openDeck(browser());
    const popup = await openSpeakerView(page);
    const disabled = () =>
      popup.$$eval('.speaker-navigation > button', (buttons: HTMLButtonElement[]) =>
        buttons.map((button) => button.disabled),
      );
    expect(await disabled()).toEqual([true, false]);
    await popup.click('.speaker-navigation > button:nth-child(2)');
    await expect.poll(disabled).toEqual([false, false]);
    await page.evaluate(() => window.deck?.reveal.slide(window.deck.reveal.getTotalSlides() - 1));
    await expect.poll(disabled).toEqual([false, true]);
    // Greyed out, not only inert: it reads as a button that does nothing here.
    const [previousColour, forwardColour] = await popup.$$eval(
      '.speaker-navigation > button',
      (buttons) => buttons.map((button) => getComputedStyle(button).color),
    );
    expect(forwardColour).not.toBe(previousColour);
  });

  it('presents from the speaker window alone: every deck key acts on the audience', async () => {
    const { page, problems } = await openDeck(browser());
    const popup = await openSpeakerView(page);
    const popupProblems = watchProblems(popup);

    await popup.keyboard.press('b');
    await expect.poll(async () => (await audienceScreen(page)).blackout).toBe(true);
    await expect
      .poll(() => popup.textContent('.speaker-screen'))
      .toBe(RESOURCES.en.deck.speaker.blackout);
    await popup.keyboard.press('.');
    await expect.poll(async () => (await audienceScreen(page)).blackout).toBe(false);

    await popup.keyboard.press('o');
    await expect.poll(async () => (await audienceScreen(page)).overview).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(async () => (await audienceScreen(page)).overview).toBe(false);

    await popup.keyboard.press('End');
    await expect.poll(async () => (await position(page)).id).toBe('closing');
    await popup.keyboard.press('Home');
    await expect.poll(async () => (await position(page)).id).toBe('title');

    await popup.keyboard.press('g');
    await popup.keyboard.type('16');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await position(page)).id).toBe('stage-2-jica-study');

    await popup.keyboard.press('t');
    await expect.poll(async () => (await audienceScreen(page)).audience).toBe('zh');
    await expect
      .poll(() => currentHeadline(popup))
      .toBe(RESOURCES.zh.deck.slides.jicaStudy.headline);
    await popup.keyboard.press('u');
    await expect.poll(async () => (await audienceScreen(page)).subtitles).not.toBeNull();

    // Full screen: the audience window goes full screen (headless Chromium lets it) …
    await popup.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    // … and a browser that keeps full screen to keys pressed in that window: the speaker is
    // told calmly what to do, in the notes language (Chinese, which followed the slides).
    await page.evaluate(() => {
      document.documentElement.requestFullscreen = () =>
        Promise.reject(new TypeError('Permissions check failed'));
    });
    await popup.keyboard.press('f');
    await popup.locator('.stage-notice').waitFor({ state: 'visible' });
    expect(await popup.textContent('.stage-notice p')).toBe(
      RESOURCES.zh.deck.speaker.fullscreenRefused,
    );
    expect(problems.errors).toEqual([]);
    expect(popupProblems.errors).toEqual([]);
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 1280, height: 800 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])(
    'shows both previews, the notes and the clock, filling the screen without scrolling at $width×$height',
    async (size) => {
      const { page } = await openDeck(browser(), { hash: '#/stage-3-results' });
      const popup = await openSpeakerView(page, size);
      await popup.waitForSelector('.speaker-next-slide .slide-headline');
      const boxes = await popup.evaluate(() => {
        const box = (selector: string) => {
          const rect = document.querySelector(selector)?.getBoundingClientRect();
          return rect
            ? { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }
            : null;
        };
        const notes = document.querySelector<HTMLElement>('.speaker-notes');
        // The next slide whole in its frame: its bottom edge not cut off.
        const nextFrame = document.querySelector('.speaker-next-slide .speaker-frame');
        const nextSlide = nextFrame?.querySelector('section')?.getBoundingClientRect();
        const frame = nextFrame?.getBoundingClientRect();
        return {
          nextSlideCut:
            nextSlide === undefined ||
            frame === undefined ||
            nextSlide.bottom > frame.bottom + 1 ||
            nextSlide.right > frame.right + 1,
          current: box('.speaker-current-slide .speaker-frame'),
          next: box('.speaker-next-slide .speaker-frame'),
          notes: box('.speaker-notes'),
          timers: box('.speaker-timers'),
          // The panel's lines: from the clock's top to the pacing line's bottom.
          clock: box('.speaker-clock'),
          pacing: box('.speaker-pacing'),
          nav: box('.speaker-navigation'),
          keys: box('.speaker-keys'),
          notesScroll: notes ? getComputedStyle(notes).overflowY : '',
          pageScrolls: document.scrollingElement
            ? document.scrollingElement.scrollHeight > window.innerHeight
            : true,
          sizes: [...document.querySelectorAll('.speaker-clock > span')].map((part) =>
            parseFloat(getComputedStyle(part).fontSize),
          ),
        };
      });
      expect(boxes.pageScrolls).toBe(false);
      expect(boxes.nextSlideCut).toBe(false);
      for (const [name, box] of Object.entries({
        current: boxes.current,
        next: boxes.next,
        notes: boxes.notes,
        timers: boxes.timers,
        keys: boxes.keys,
      })) {
        expect(box, name).not.toBeNull();
        expect(box?.top, name).toBeGreaterThanOrEqual(0);
        expect(box?.left, name).toBeGreaterThanOrEqual(0);
        expect(box?.bottom, name).toBeLessThanOrEqual(size.height);
        expect(box?.right, name).toBeLessThanOrEqual(size.width);
      }
      // The next slide is a usable size, and long notes scroll in their own pane.
      expect((boxes.next?.right ?? 0) - (boxes.next?.left ?? 0)).toBeGreaterThan(300);
      expect(boxes.notesScroll).toBe('auto');
      // Both columns reach the bottom: the empty band below each column's lowest pane is at most
      // a tenth of the screen (at 1920×1080 the left one once ended at 73 %, under the keys line).
      const lowest = (panes: ({ bottom: number } | null)[]) =>
        Math.max(...panes.map((pane) => pane?.bottom ?? 0));
      const left = lowest([boxes.current, boxes.next]);
      const right = lowest([boxes.timers, boxes.notes, boxes.nav, boxes.keys]);
      expect(size.height - left, 'band under the slides’ column').toBeLessThanOrEqual(
        size.height * 0.1,
      );
      expect(size.height - right, 'band under the notes').toBeLessThanOrEqual(size.height * 0.1);
      // The timer panel as tall as its two lines, not a band (233 px at 1920×1080 once, for a
      // 107 px clock and pacing line); its labels small beside the figures (once as large).
      const height = (pane: typeof boxes.current) => (pane ? pane.bottom - pane.top : 0);
      const lines = (boxes.pacing?.bottom ?? 0) - (boxes.clock?.top ?? 0);
      expect(height(boxes.timers) - lines, 'timer panel beyond its lines').toBeLessThanOrEqual(16);
      const [labelSize = 0, figureSize = 0] = boxes.sizes;
      expect(labelSize / figureSize, 'label against figure').toBeLessThanOrEqual(0.45);
      expect(figureSize).toBeGreaterThanOrEqual(size.height * 0.055);
      // The room goes to the notes, from under the next slide to the full height: more than
      // 28 % of the window (once 16 % at 1280×720, 18 % at 1920×1080), and the next slide
      // keeps its size (38 % of the window's width).
      const width = (pane: typeof boxes.current) => (pane ? pane.right - pane.left : 0);
      const notesArea = width(boxes.notes) * height(boxes.notes);
      expect(notesArea / (size.width * size.height), 'notes’ share').toBeGreaterThan(0.28);
      expect(width(boxes.next), 'next slide’s width').toBeGreaterThanOrEqual(size.width * 0.38);
      // The two slides one size, so that the next one reads as a slide too (it was nine tenths
      // of the current one: 492 against 540 px at 1280×720), and the lower one 16 px or more
      // above the window's edge (once 12 px).
      expect(Math.abs(width(boxes.next) - width(boxes.current)), 'widths').toBeLessThanOrEqual(1);
      expect(
        size.height - (boxes.next?.bottom ?? size.height),
        'under the next',
      ).toBeGreaterThanOrEqual(16);
      await screenshot(popup, `speaker/layout-${size.width}x${size.height}`);
    },
  );
});

/** The notes' type size, how much of their pane their text fills, and whether they scroll. */
function notesPane(popup: Page) {
  return popup.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.speaker-notes');
    if (pane === null) return { size: 0, filled: 0, scrolls: false };
    const top = pane.getBoundingClientRect().top - pane.scrollTop;
    const bottom = Math.max(
      ...[...pane.querySelectorAll('p')].map(
        (paragraph) => paragraph.getBoundingClientRect().bottom,
      ),
    );
    return {
      size: parseFloat(getComputedStyle(pane).fontSize),
      filled: (bottom - top) / pane.clientHeight,
      scrolls: pane.scrollHeight > pane.clientHeight + 1,
    };
  });
}

/** Moves the audience window to a slide and waits for the speaker view to show it. */
async function showSlide(page: Page, popup: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const index = window.deck?.reveal
      .getSlides()
      .findIndex((slide) => slide.dataset['slideId'] === slideId);
    window.deck?.reveal.slide(index ?? 0);
  }, id);
  await popup.waitForSelector(`.speaker-current-slide section[data-slide-id="${id}"]`);
}

// The notes had one size however short they were: at 1920×1080 the three paragraphs of 23
// ended at 71 % of their pane, a divider's one line left it all but empty. Short notes grow,
// up to a quarter larger (at half as large again their size jumped from slide to slide), to
// fill their column; long ones keep the sheet's size and scroll.
describe('the speaker view’s notes', () => {
  it('grow to fill their column when short, keep their size and scroll when long', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=en', hash: '#/stage-2' });
    const popup = await openSpeakerView(page, { width: 1920, height: 1080 });
    await popup.waitForSelector('.speaker-current-slide section[data-slide-id="stage-2"]');
    // The sheet's size at 1080 px: 2.8 % of the height, 30 px.
    const sheet = 1080 * 0.028;
    // One line: a quarter larger, no more.
    await expect
      .poll(async () => (await notesPane(popup)).size)
      .toBeGreaterThanOrEqual(sheet * 1.2);
    expect((await notesPane(popup)).size).toBeLessThanOrEqual(sheet * 1.25 + 1);
    await screenshot(popup, 'speaker/notes-short-1920x1080');
    // Three paragraphs: larger than the sheet's size, to the pane's foot, without scrolling.
    await showSlide(page, popup, 'stage-3-results');
    await expect.poll(async () => (await notesPane(popup)).size).toBeGreaterThan(sheet + 2);
    const results = await notesPane(popup);
    expect(results.filled).toBeGreaterThanOrEqual(0.8);
    expect(results.scrolls).toBe(false);
    await screenshot(popup, 'speaker/notes-results-1920x1080');
    // At 1280×720 the same notes are longer than the pane: the sheet's 24 px, scrolling.
    await popup.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => (await notesPane(popup)).size).toBe(24);
    expect((await notesPane(popup)).scrolls).toBe(true);
    await popup.close();
  });
});

describe('a narrow speaker window', () => {
  it('stacks everything on the dark ground, the notes to their end', async () => {
    const { page } = await openDeck(browser(), { hash: '#/stage-2-site-diagnosis' });
    const popup = await openSpeakerView(page, { width: 700, height: 900 });
    await popup.waitForSelector('.speaker-next-slide .slide-headline');
    const ends = await popup.evaluate(() => ({
      ground: document.querySelector('.speaker')?.getBoundingClientRect().bottom ?? 0,
      notes: document.querySelector('.speaker-notes p:last-child')?.getBoundingClientRect().bottom,
      page: document.scrollingElement?.scrollHeight ?? 0,
    }));
    // The notes once ran on below the dark ground, pale text on the page's pale background.
    expect(ends.notes).toBeDefined();
    expect(ends.notes ?? Infinity).toBeLessThanOrEqual(ends.ground);
    expect(ends.page).toBeLessThanOrEqual(Math.ceil(ends.ground) + 1);
    await popup.evaluate(() => {
      document.scrollingElement?.scrollTo(0, 99999);
    });
    await screenshot(popup, 'speaker/narrow-700x900-notes');
    await popup.close();
  });
});

describe('a speaker view the browser blocks', () => {
  it('tells the speaker on screen, in the slide language, to allow pop-ups', async () => {
    // Playwright turns Chromium's pop-up blocker off (its flag, and automation mode, which lets
    // every pop-up through): this browser keeps it.
    const blocking = await chromium.launch({
      executablePath: inject('chromiumPath'),
      args: [...CHROMIUM_ARGS],
      ignoreDefaultArgs: ['--disable-popup-blocking', '--enable-automation'],
    });
    const page = await blocking.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = watchProblems(page);
    await page.goto(`${inject('baseUrl')}?lang=ja`);
    // Everything through the DevTools protocol without a user gesture: Playwright's own
    // evaluate counts as one, and the browser would then let the pop-up through. S is pressed
    // as a key event no person typed, which the blocker refuses a new window.
    const cdp = await page.context().newCDPSession(page);
    const run = (expression: string) =>
      cdp.send('Runtime.evaluate', { expression, awaitPromise: true, userGesture: false });
    await run(`new Promise((resolve) => {
      const check = () => (window.deck?.reveal.isReady() ? resolve(true) : setTimeout(check, 50));
      check();
    })`);
    await run(
      `document.dispatchEvent(new KeyboardEvent('keydown', { key: 's', keyCode: 83, bubbles: true }))`,
    );
    const notice = page.locator('.stage-notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.locator('p').textContent()).toBe(RESOURCES.ja.deck.speaker.popupBlocked);
    expect(await notice.getAttribute('lang')).toBe('ja');
    expect(page.context().pages()).toHaveLength(1);
    await screenshot(page, 'speaker/popup-blocked-ja');
    expect(problems.errors).toEqual([]);
    await blocking.close();
  });
});
