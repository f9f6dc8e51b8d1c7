/**
 * The audience reads the deck on phones: the slides reflowed to the phone's width at reading
 * size, in reveal's scroll view (the static deck) and one slide at a time (as `npm run
 * present`'s followers see it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { chinesePhrases } from '../../src/render/chinese-phrases.ts';
import {
  chartTextSizes,
  goToSlide,
  openDeck,
  screenshot,
  useBrowser,
  waitForWholeDeck,
} from './deck-page.ts';
import { channels, contrast } from './contrast.ts';
import { textLines } from './text-lines.ts';

const browser = useBrowser();

/** A 390×844 phone (an iPhone 12–14 in portrait). */
const PHONE = { width: 390, height: 844 } as const;

/** Opens the deck on a phone in `locale`. */
async function openOnPhone(
  locale: string,
  hash = '',
  viewport: { width: number; height: number } = PHONE,
  motion = false,
) {
  const context = await browser().newContext({
    viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
  });
  const opened = await openDeck(browser(), {
    context,
    query: `?lang=${locale}`,
    hash,
    viewport,
    motion,
  });
  return { ...opened, context };
}

/** What a reader sees too small or too wide, in the given part of the page. */
interface Measured {
  /** Visible texts under 16 CSS pixels: "size px: text". */
  readonly small: string[];
  /** Elements reaching beyond the screen's left or right edge. */
  readonly outside: string[];
  /** The page's width, against the window's. */
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** How many texts were measured (a blank deck must not pass). */
  readonly texts: number;
}

/**
 * Measures every visible text on the page (the current slide only when `currentOnly`):
 * its font size as seen (computed size times the slide's scale), and whether any element
 * reaches past the screen's sides.
 */
function measure(page: Page, currentOnly: boolean): Promise<Measured> {
  return page.evaluate((onlyCurrent) => {
    const current = window.deck?.reveal.getCurrentSlide();
    const hidden = (element: Element): boolean => {
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        if (Number(style.opacity) === 0) return true;
      }
      return false;
    };
    const skipped = (element: Element): boolean =>
      element.closest('aside.notes, .visually-hidden, [aria-hidden="true"]') !== null ||
      (onlyCurrent &&
        element.closest('.slides') !== null &&
        current !== undefined &&
        !current.contains(element));
    const small: string[] = [];
    let texts = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || element === null || skipped(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || hidden(element)) continue;
      texts += 1;
      // As seen: reveal scales a slide laid out at 1280×720 down to the screen.
      const section = element.closest('section');
      const scale =
        section === null || section.offsetWidth === 0
          ? 1
          : section.getBoundingClientRect().width / section.offsetWidth;
      const size = Math.round(parseFloat(getComputedStyle(element).fontSize) * scale * 10) / 10;
      if (size < 16) small.push(`${size} px: ${text.slice(0, 40)}`);
    }
    const outside: string[] = [];
    const root = onlyCurrent ? current : document.querySelector('.slides');
    for (const element of root?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (skipped(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < -1 || rect.right > window.innerWidth + 1) {
        outside.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return {
      small,
      outside,
      texts,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    };
  }, currentOnly);
}

/** Items of the current slide whose icon reaches into their text: "the text". */
function iconsOverText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = window.deck?.reveal.getCurrentSlide();
    return [...(slide?.querySelectorAll('li > .deck-icon') ?? [])].flatMap((icon) => {
      const text = icon.parentElement?.querySelector('.deck-text');
      if (!text) return [];
      const overlap = icon.getBoundingClientRect().right - text.getBoundingClientRect().left;
      return overlap > 0 ? [text.textContent.slice(0, 30)] : [];
    });
  });
}

/** The width of each chart canvas as drawn, and whether it has painted pixels. */
function charts(page: Page, currentOnly: boolean) {
  return page.evaluate((onlyCurrent) => {
    const scope = onlyCurrent ? window.deck?.reveal.getCurrentSlide() : document;
    // Shown ones: on a phone the timeline's canvas gives way to its list (timeline.test.ts).
    const canvases = [...(scope?.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]') ?? [])];
    return canvases
      .filter((canvas) => canvas.getClientRects().length > 0)
      .map((canvas) => {
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < (pixels?.data.length ?? 0); i += 4) {
          if ((pixels?.data[i] ?? 0) > 0) painted += 1;
        }
        return { width: canvas.getBoundingClientRect().width, painted };
      });
  }, currentOnly);
}

/** Screen-wide: at least the screen's width less the slide's side margins (16 px each). */
const FULL_WIDTH = PHONE.width - 2 * 16 - 1;

describe.each(LOCALES)('on a 390×844 phone in %s', (locale) => {
  it('shows the slides one after another at reading size, screen-wide, no sideways scroll', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    expect(await page.evaluate(() => document.querySelector('.reveal-scroll') !== null)).toBe(true);
    await waitForWholeDeck(page);
    await page.evaluate(() => window.deck?.charts.settled());
    // Charts off screen are drawn in idle moments after the texts (an undrawn canvas keeps its
    // default 300 px, seen once on a loaded machine): wait until every one is drawn.
    await page.waitForFunction(
      () => window.deck?.charts.count() === document.querySelectorAll('canvas[data-chart]').length,
    );
    const measured = await measure(page, false);
    expect(measured.texts).toBeGreaterThan(SLIDES.length * 3);
    expect(measured.small).toEqual([]);
    expect(measured.outside).toEqual([]);
    expect(measured.scrollWidth).toBeLessThanOrEqual(measured.innerWidth);
    // Slides follow one another down the page, each as wide as the screen.
    const boxes = await page.$$eval('.slides section[data-slide-id]', (sections) =>
      sections.map((section) => {
        const rect = section.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, width: rect.width };
      }),
    );
    expect(boxes).toHaveLength(SLIDES.length);
    boxes.forEach((box, index) => {
      expect(box.width).toBe(PHONE.width);
      if (index > 0) expect(box.top).toBeGreaterThanOrEqual((boxes[index - 1]?.bottom ?? 0) - 1);
    });
    // The timeline runs down the screen as a list, its canvas left out (timeline.test.ts);
    // any chart canvas shown is screen-wide and drawn.
    expect(await page.locator('#cooperation-timeline .timeline-list').isVisible()).toBe(true);
    for (const chart of await charts(page, false)) {
      expect(chart.width).toBeGreaterThanOrEqual(FULL_WIDTH);
      expect(chart.painted).toBeGreaterThan(1000);
    }
    for (const id of ['title', 'greeting', 'size', 'stage-1-trainees', 'stage-3-results']) {
      await page.evaluate((slideId) => {
        document.querySelector(`section[data-slide-id="${slideId}"]`)?.scrollIntoView();
      }, id);
      await screenshot(page, `phone/${locale}/scroll-${id}`);
    }
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('names the slide on screen in the URL, and a deep link opens at that slide', async () => {
    const { page, context } = await openOnPhone(locale, '#/stage-3-results');
    await waitForWholeDeck(page);
    await page.waitForTimeout(300);
    const top = await page.evaluate(
      () =>
        document.querySelector('section[data-slide-id="stage-3-results"]')?.getBoundingClientRect()
          .top ?? -1,
    );
    expect(Math.abs(top)).toBeLessThanOrEqual(2);
    // Scrolled by the reader to another slide: reveal's current slide and the URL follow.
    await page.evaluate(() => {
      document.querySelector('section[data-slide-id="stage-1-trainees"]')?.scrollIntoView();
    });
    await expect
      .poll(() => page.evaluate(() => window.deck?.reveal.getCurrentSlide().dataset['slideId']))
      .toBe('stage-1-trainees');
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toContain('stage-1-trainees');
    await context.close();
  });

  it('reflows each slide the same way one slide at a time, as followers of a talk see it', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await page.evaluate(() => window.deck?.reveal.configure({ scrollActivationWidth: 0 }));
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.reveal-scroll') === null))
      .toBe(true);
    const found: string[] = [];
    let texts = 0;
    for (const slide of SLIDES) {
      await goToSlide(page, slide.id);
      // Every point shown, as when the speaker has reached the slide's end.
      await page.evaluate(() => {
        while (window.deck?.reveal.nextFragment()) {
          /* one more point */
        }
      });
      const measured = await measure(page, true);
      texts += measured.texts;
      found.push(
        ...measured.small.map((small) => `${slide.id}: ${small}`),
        ...measured.outside.map((outside) => `${slide.id}: outside ${outside}`),
      );
      if (measured.scrollWidth > measured.innerWidth) found.push(`${slide.id}: sideways scroll`);
      found.push(...(await iconsOverText(page)).map((item) => `${slide.id}: icon over ${item}`));
      const drawn = await charts(page, true);
      if (drawn.length > 0) {
        await page.evaluate(() => window.deck?.charts.settled());
        for (const chart of await charts(page, true)) {
          if (chart.width < FULL_WIDTH) found.push(`${slide.id}: chart ${chart.width} px wide`);
          if (chart.painted < 1000) found.push(`${slide.id}: chart not drawn`);
        }
        // The chart's own text, as seen: painted on the canvas, read from its options.
        const { texts: chartTexts, scale } = await chartTextSizes(page);
        for (const { name, size } of chartTexts) {
          const seen = Math.round(size * scale * 10) / 10;
          if (seen < 16) found.push(`${slide.id}: chart ${name} ${seen} px`);
        }
      }
      if (['greeting', 'size', 'stage-3-projects'].includes(slide.id)) {
        await screenshot(page, `phone/${locale}/one-${slide.id}`);
      }
    }
    expect(texts).toBeGreaterThan(SLIDES.length * 3);
    expect(found).toEqual([]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

describe('quoted names and dates on a 390×844 phone', () => {
  it('keeps a quoted name whole: the zh headline breaks around “全球500佳”, not inside it', async () => {
    const { page, problems, context } = await openOnPhone('zh', '#/global-500');
    await waitForWholeDeck(page);
    const quoted = await page.evaluate(() => {
      const headline = document.querySelector(
        'section[data-slide-id="global-500"] .slide-headline > .deck-text',
      );
      return {
        headlineLines: headline?.getClientRects().length ?? 0,
        names: [...(headline?.querySelectorAll('.deck-quoted') ?? [])].map((name) => ({
          text: name.textContent,
          lines: name.getClientRects().length,
        })),
      };
    });
    // The headline wraps on the phone, and the name in it stays on one of its lines.
    expect(quoted.headlineLines).toBeGreaterThan(1);
    expect(quoted.names).toEqual([{ text: '“全球500佳”', lines: 1 }]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  // ja 11's headline broke inside its date (1979年5月 / 1日に友好都市提携). On a 390 px phone it
  // now fits one line; a 360 px one still wraps it.
  it('keeps a date whole: the ja headline breaks after 1979年5月1日に, not inside the date', async () => {
    const { page, problems, context } = await openOnPhone('ja', '#/stage-1-sister-city', {
      width: 360,
      height: 780,
    });
    await waitForWholeDeck(page);
    const [headline] = await textLines(page, '.slide-headline > .deck-text', 'stage-1-sister-city');
    expect(headline?.breaks.length).toBeGreaterThan(0);
    const date = (headline?.text ?? '').indexOf('1979年5月1日');
    expect(date).toBeGreaterThanOrEqual(0);
    const inside = headline?.breaks.filter(
      (cut) => cut > date && cut < date + '1979年5月1日'.length,
    );
    expect(inside).toEqual([]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

// zh 22's headline broke inside a word on a phone (大气、水环境与工 / 业污染治理项目), and
// zh 20's point inside a term (建设中日 / 环保合作): they break only between phrases.
describe('Chinese headlines and points on a 390×844 phone', () => {
  it('break between phrases, never inside a word', async () => {
    const { page, problems, context } = await openOnPhone('zh');
    await waitForWholeDeck(page);
    const found: string[] = [];
    let measured = 0;
    for (const slide of SLIDES) {
      const texts = await textLines(
        page,
        ':is(.slide-headline, .points > li) > .deck-text',
        slide.id,
      );
      measured += texts.length;
      for (const { text, breaks } of texts) {
        let at = 0;
        const allowed = new Set(chinesePhrases(text).map((phrase) => (at += phrase.length)));
        for (const cut of breaks.filter((offset) => !allowed.has(offset))) {
          found.push(`${slide.id}: ${text.slice(0, cut)} / ${text.slice(cut)}`);
        }
      }
    }
    expect(measured).toBeGreaterThan(60);
    expect(found).toEqual([]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

// A stage divider took most of a phone's screen in empty teal, and its headline ran under the
// stage's numeral ("Personnel exchange" under the 1).
describe.each(LOCALES)('stage dividers on a 390×844 phone in %s', (locale) => {
  it('take at most two thirds of the screen, their headline clear of the numeral', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await waitForWholeDeck(page);
    const dividers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.slide-divider[data-slide-id]')].map(
        (section) => {
          const headline = section.querySelector('.slide-headline .deck-text');
          const numeral = section.querySelector('.divider-number')?.getBoundingClientRect();
          const lines = [...(headline?.getClientRects() ?? [])];
          return {
            id: section.dataset['slideId'],
            height: section.getBoundingClientRect().height,
            headlineRight: Math.max(...lines.map((line) => line.right)),
            numeralLeft: numeral?.left ?? 0,
          };
        },
      ),
    );
    expect(dividers).toHaveLength(4);
    for (const divider of dividers) {
      // A break between slides, not a screen: with the lit stage's events, two thirds at most.
      expect(divider.height, divider.id).toBeLessThanOrEqual(844 * 0.66);
      expect(divider.headlineRight, divider.id).toBeLessThanOrEqual(divider.numeralLeft);
    }
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  // Settled: the dividers keep the lit stage's events (what the stage holds). The phone had
  // left them out (display: none), so a phone reader never saw them.
  it('list the lit stage’s events under the stepper, at reading size, inside the screen', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await waitForWholeDeck(page);
    const dividers = await page.$$eval('section.slide-divider[data-slide-id]', (sections) =>
      sections.map((section) => ({
        id: section.getAttribute('data-slide-id') ?? '',
        stepperBottom: Math.max(
          ...[...section.querySelectorAll('.stage-strip-stage > span')].map(
            (span) => span.getBoundingClientRect().bottom,
          ),
        ),
        events: [...section.querySelectorAll('.stage-strip-event > span')].map((span) => ({
          text: span.textContent,
          box: span.getBoundingClientRect().toJSON() as DOMRect,
          size: parseFloat(getComputedStyle(span).fontSize),
        })),
      })),
    );
    expect(dividers).toHaveLength(4);
    for (const { id, stepperBottom, events } of dividers) {
      // Each event's years and name: 3, 2, 1 and 1 events.
      expect(events.length, id).toBeGreaterThanOrEqual(2);
      for (const event of events) {
        const where = `${id}: ${event.text}`;
        expect(event.box.width * event.box.height, where).toBeGreaterThan(0);
        expect(event.size, where).toBeGreaterThanOrEqual(16);
        expect(event.box.top, where).toBeGreaterThanOrEqual(stepperBottom);
        expect(event.box.left, where).toBeGreaterThanOrEqual(16);
        expect(event.box.right, where).toBeLessThanOrEqual(PHONE.width - 16);
      }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    // Scrolled to the top of the screen, the events stand clear of the language pill.
    for (const { id } of dividers) {
      const overlaps = await page.evaluate((slide) => {
        const section = document.querySelector(`section[data-slide-id="${slide}"]`);
        section?.scrollIntoView();
        const pill = document.querySelector('.deck-menu')?.getBoundingClientRect();
        if (section === null || pill === undefined) return ['no section or pill'];
        return [...section.querySelectorAll('.stage-strip-event')].flatMap((item) => {
          const box = item.getBoundingClientRect();
          const apart =
            box.right <= pill.left ||
            box.left >= pill.right ||
            box.bottom <= pill.top ||
            box.top >= pill.bottom;
          return apart ? [] : [item.textContent];
        });
      }, id);
      expect(overlaps, id).toEqual([]);
    }
    await screenshot(page, `phone/${locale}-dividers`);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

/** The folded language pill: its box, the colours it is drawn in, and the pages' bottom. */
function languagePill(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('.deck-menu')?.getBoundingClientRect();
    const toggle = document.querySelector('.deck-menu-toggle');
    const style = toggle ? getComputedStyle(toggle) : undefined;
    return {
      top: box?.top ?? 0,
      area: box ? box.width * box.height : Infinity,
      background: style?.backgroundColor ?? '',
      ink: style?.color ?? '',
      blur: style?.backdropFilter ?? 'none',
      pagesBottom: document.querySelector('.reveal-viewport')?.getBoundingClientRect().bottom ?? 0,
    };
  });
}

/** The darkest ground a slide gives the pill: the dark slides' gradient starts at #0b3954. */
const DARKEST_GROUND = [11, 57, 84];

// In the scroll view the folded language button floated at the top right over the headlines,
// then took a solid 52 px strip across the foot of every screen, for one button. It is a small
// pill at the bottom right: the page seen through it, the pages using the whole screen, where a
// follower looks for their language, and usable by keyboard.
describe.each(LOCALES)('the scroll view’s chrome on a 390×844 phone in %s', (locale) => {
  it('sets the language button as a small translucent pill over pages that use the whole screen, shown wherever the reader is', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await waitForWholeDeck(page);
    const scrollable = await page.evaluate(() => {
      const viewport = document.querySelector('.reveal-viewport');
      return viewport === null ? 0 : viewport.scrollHeight - viewport.clientHeight;
    });
    expect(scrollable).toBeGreaterThan(PHONE.height * 10);
    const heights: number[] = [];
    const STOPS = 12;
    for (let stop = 0; stop <= STOPS; stop += 1) {
      const at = Math.round((scrollable * stop) / STOPS);
      await page.evaluate((top) => {
        document.querySelector('.reveal-viewport')?.scrollTo({ top, behavior: 'instant' });
      }, at);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      // Shown at every stop, on the screen: the page was moved by script, as a deep link moves
      // it; the reader's own scrolling down tucks it away (tested below).
      const toggle = await page.locator('.deck-menu-toggle').boundingBox();
      expect(toggle, `at ${String(at)}`).not.toBeNull();
      expect(toggle?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((toggle?.y ?? 0) + (toggle?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
      heights.push(toggle?.height ?? 0);
    }
    // A thumb's target.
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(40);
    const pill = await languagePill(page);
    // The pages reach the screen's foot (they ended 52 px above it), the pill a quarter of the
    // strip it replaces at most, the page seen through it, its name 4.5:1 over any slide.
    expect(pill.pagesBottom).toBe(PHONE.height);
    expect(pill.area).toBeLessThanOrEqual(PHONE.width * 52 * 0.3);
    const [red = 0, green = 0, blue = 0, alpha = 1] = (pill.background.match(/[\d.]+/g) ?? []).map(
      Number,
    );
    expect(alpha).toBeLessThan(1);
    expect(pill.blur).not.toBe('none');
    for (const ground of [[255, 255, 255], DARKEST_GROUND]) {
      const seen = [red, green, blue].map(
        (channel, index) => channel * alpha + (ground[index] ?? 0) * (1 - alpha),
      );
      expect(
        contrast(channels(pill.ink), seen),
        `${pill.ink} on ${seen.join()}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    await screenshot(page, `phone/${locale}/language-pill`);
    // By keyboard: focused, Enter opens the menu, its languages inside the screen.
    const toggle = page.locator('.deck-menu-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const buttons = await page.$$eval('.deck-menu button[data-locale]', (found) =>
      found.map((button) => {
        const rect = button.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      }),
    );
    expect(buttons).toHaveLength(LOCALES.length);
    for (const button of buttons) {
      expect(button.left).toBeGreaterThanOrEqual(0);
      expect(button.right).toBeLessThanOrEqual(PHONE.width);
      expect(button.top).toBeGreaterThanOrEqual(0);
      expect(button.bottom).toBeLessThanOrEqual(PHONE.height);
    }
    await screenshot(page, `phone/${locale}/language-sheet`);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('lets the deck’s last line scroll clear of the language pill', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await waitForWholeDeck(page);
    await page.evaluate(() => {
      const viewport = document.querySelector('.reveal-viewport');
      viewport?.scrollTo({ top: viewport.scrollHeight, behavior: 'instant' });
    });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const lastLine = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('section[data-slide-id="closing"] .deck-text')];
      const lines = texts.flatMap((text) => [...text.getClientRects()]);
      return Math.max(...lines.map((line) => line.bottom));
    });
    expect(lastLine).toBeGreaterThan(0);
    expect(lastLine).toBeLessThanOrEqual((await languagePill(page)).top);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  // A reader who stopped with a slide's last line at the screen's foot found the pill over it
  // (06, 22's "Dye plant", ja 25 and 26): the pages ended 32 px under their last line.
  it('lets every slide’s last line scroll clear of the language pill', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await waitForWholeDeck(page);
    const covered = await page.evaluate(async () => {
      const viewport = document.querySelector('.reveal-viewport');
      const toggle = document.querySelector('.deck-menu-toggle');
      if (viewport === null || toggle === null) return ['no page or pill'];
      const found: string[] = [];
      for (const section of document.querySelectorAll<HTMLElement>(
        '.scroll-page section[data-slide-id]',
      )) {
        // The slide's foot at the screen's foot, moved as a deep link moves it: the pill shown.
        viewport.scrollTop += section.getBoundingClientRect().bottom - viewport.clientHeight;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const pill = toggle.getBoundingClientRect();
        const id = section.dataset['slideId'] ?? '';
        let lines = 0;
        const range = document.createRange();
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          // Read text only: not the notes, a screen reader's words or a decoration (a stage
          // divider's big numeral runs under its foot).
          if (
            text === '' ||
            node.parentElement?.closest('aside, .visually-hidden, [aria-hidden]')
          ) {
            continue;
          }
          range.selectNodeContents(node);
          for (const line of range.getClientRects()) {
            if (line.width === 0 || line.height === 0) continue;
            lines += 1;
            if (
              line.right > pill.left &&
              line.left < pill.right &&
              line.bottom > pill.top &&
              line.top < pill.bottom
            ) {
              found.push(`${id}: ${text}`);
            }
          }
        }
        if (lines === 0) found.push(`${id}: no text measured`);
        // A card's corner under the pill read as covered too: 12 px of air above it at least
        // (cards had ended 10 px above it: 13, 25, 26).
        for (const card of section.querySelectorAll('.points.cards > li, .columns > li')) {
          const box = card.getBoundingClientRect();
          if (box.right > pill.left && box.left < pill.right && box.bottom + 12 > pill.top) {
            found.push(
              `${id}: a card ends ${String(Math.round(pill.top - box.bottom))} px above the pill`,
            );
          }
        }
      }
      return found;
    });
    expect(covered).toEqual([]);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  // The title card took 70 % of the first screen, 230 to 350 px of bare teal above its kicker;
  // reveal's track of the pages, shown while scrolling, ran 5 px beside the cards' right edge.
  it('opens on a title card as tall as its text, the page track clear of the cards and the pill', async () => {
    const { page, problems, context } = await openOnPhone(locale);
    await waitForWholeDeck(page);
    const first = await page.evaluate(() => {
      const title = document.querySelector('section[data-slide-id="title"]');
      const kicker = title?.querySelector('.title-kicker')?.getBoundingClientRect();
      const greeting = document.querySelector('section[data-slide-id="greeting"] .slide-headline');
      return {
        aboveKicker: (kicker?.top ?? 0) - (title?.getBoundingClientRect().top ?? 0),
        greeting: greeting?.getBoundingClientRect().bottom ?? Infinity,
      };
    });
    expect(first.aboveKicker).toBeLessThanOrEqual(48);
    // The greeting's headline on the first screen, under the title card.
    expect(first.greeting).toBeLessThanOrEqual(PHONE.height * 0.6);
    await page.evaluate(() => {
      document
        .querySelector('section[data-slide-id="stage-3-projects"] .group-columns')
        ?.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    const track = await page.evaluate(() => {
      const box = document.querySelector('.scrollbar-inner')?.getBoundingClientRect();
      const cards = [...document.querySelectorAll('section[data-slide-id] .group-column')];
      return {
        left: box?.left ?? 0,
        bottom: box?.bottom ?? Infinity,
        cards: Math.max(...cards.map((card) => card.getBoundingClientRect().right)),
      };
    });
    expect(track.left - track.cards, 'track beside the cards').toBeGreaterThanOrEqual(10);
    expect(track.bottom).toBeLessThanOrEqual((await languagePill(page)).top);
    await page.evaluate(() => document.querySelector('.scrollbar')?.classList.add('visible'));
    await screenshot(page, `phone/${locale}/page-track`);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

/** Scrolls the page by `by` pixels with the mouse wheel, as a reader does, and waits for it. */
async function wheel(page: Page, by: number): Promise<void> {
  const scrollTop = () =>
    page.evaluate(() => document.querySelector('.reveal-viewport')?.scrollTop);
  const before = await scrollTop();
  await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
  await page.mouse.wheel(0, by);
  await expect.poll(scrollTop).not.toBe(before);
  // The last scroll events of the wheel's step, and a frame drawn after them.
  await page.waitForTimeout(200);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Where the language pill is: on screen (its box inside the screen, a tap at its middle reaches
 * it) or tucked (below the screen's foot, a tap where it was reaches the page).
 */
function pillPlace(page: Page): Promise<'shown' | 'tucked' | 'between'> {
  return page.evaluate(
    ({ height }) => {
      const toggle = document.querySelector('.deck-menu-toggle');
      const box = toggle?.getBoundingClientRect();
      if (!toggle || !box) return 'between';
      const hit = document.elementFromPoint(box.left + box.width / 2, height - 32);
      if (box.top >= height && !document.querySelector('.deck-menu')?.contains(hit)) {
        return 'tucked';
      }
      const tapped = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return box.bottom <= height && toggle.contains(tapped) ? 'shown' : 'between';
    },
    { height: PHONE.height },
  );
}

// The pill (about 103×44) sat over the last lines of the screen while one read (06, 13, 16, 18,
// 28): it slides away while the reader scrolls down, and is back when they turn back up, reach
// the deck's end, or Tab to it.
describe('the language pill while reading on a 390×844 phone', () => {
  it('slides away while the reader scrolls down, and is back on scrolling up, at the end and on focus', async () => {
    const { page, problems, context } = await openOnPhone('en', '', PHONE, true);
    await waitForWholeDeck(page);
    expect(await pillPlace(page)).toBe('shown');
    await wheel(page, 600);
    await expect.poll(() => pillPlace(page)).toBe('tucked');
    await screenshot(page, 'phone/en/pill-tucked');
    // A few pixels back (a thumb resting on the glass) leave it away.
    await wheel(page, -5);
    await page.waitForTimeout(400);
    expect(await pillPlace(page)).toBe('tucked');
    await wheel(page, -60);
    await expect.poll(() => pillPlace(page)).toBe('shown');
    // Away again, then Tab: the keyboard finds it, and it comes back.
    await wheel(page, 500);
    await expect.poll(() => pillPlace(page)).toBe('tucked');
    for (let tab = 0; tab < 40; tab += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() =>
        document.activeElement?.classList.contains('deck-menu-toggle'),
      );
      if (focused) break;
    }
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('deck-menu-toggle');
    await expect.poll(() => pillPlace(page)).toBe('shown');
    await page.keyboard.press('Escape');
    // At the deck's end it is there to be found, though the reader scrolled down to it.
    await wheel(page, 600);
    await expect.poll(() => pillPlace(page)).toBe('tucked');
    await wheel(page, 100_000);
    await expect.poll(() => pillPlace(page)).toBe('shown');
    // With reduced motion it goes without sliding.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const durations = await page.$eval('.deck-menu', (menu) =>
      getComputedStyle(menu).transitionDuration.split(', '),
    );
    expect(
      durations.every((duration) => duration === '0s'),
      durations.join(),
    ).toBe(true);
    await wheel(page, -3000);
    await wheel(page, 600);
    expect(await pillPlace(page)).toBe('tucked');
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

// 28's message, the thanks, is a tinted band on the projected slide; on a phone it read as one
// more point, only in bold.
describe.each(LOCALES)('28’s closing message on a 390×844 phone in %s', (locale) => {
  it('is set apart from the points as on the projected slide, at reading size, inside the screen', async () => {
    const { page, problems, context } = await openOnPhone(locale, '#/conclusion');
    await waitForWholeDeck(page);
    const points = await page.$$eval('section[data-slide-id="conclusion"] .points > li', (items) =>
      items.map((item) => {
        const style = getComputedStyle(item);
        const box = item.getBoundingClientRect();
        return {
          hero: item.classList.contains('hero-point'),
          background: style.backgroundColor,
          border: parseFloat(style.borderLeftWidth),
          size: parseFloat(style.fontSize),
          left: box.left,
          right: box.right,
        };
      }),
    );
    const hero = points.find((point) => point.hero);
    const plain = points.filter((point) => !point.hero);
    expect(hero).toBeDefined();
    expect(plain).toHaveLength(2);
    for (const point of plain) {
      expect(hero?.background).not.toBe(point.background);
      expect(hero?.border ?? 0).toBeGreaterThanOrEqual(point.border + 4);
      expect(hero?.size ?? 0).toBeGreaterThan(point.size);
    }
    for (const point of points) {
      expect(point.size).toBeGreaterThanOrEqual(16);
      expect(point.left).toBeGreaterThanOrEqual(0);
      expect(point.right).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await iconsOverText(page)).toEqual([]);
    await screenshot(page, `phone/${locale}/28-conclusion`);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
