import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { SLIDES } from '../../slides/index.ts';
import { formatFigures } from '../../src/i18n/format-figure.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { TextKey } from '../../src/i18n/keys.ts';
import { LANG_TAGS, LOCALES, type Locale } from '../../src/i18n/languages.ts';
import type { Slide } from '../../src/model/slide.ts';
import {
  helpOverlayText,
  openDeck,
  overflowingElements,
  position,
  screenshot,
  slideShotName,
  goToSlide,
  useBrowser,
  waitForWholeDeck,
  walkDeck,
} from './deck-page.ts';

const browser = useBrowser();

/** Every ordered pair of different languages: slides in the first, subtitles in the second. */
const PAIRS = LOCALES.flatMap((audience) =>
  LOCALES.filter((sub) => sub !== audience).map((sub) => [audience, sub] as const),
);

/** The main texts and subtitles of the current slide, with the subtitles' `lang`. */
async function currentTexts(page: Page) {
  return page.evaluate(() => {
    const slide = window.deck?.reveal.getCurrentSlide();
    // What this layout shows: not the phone's timeline list, left out of a projected slide.
    const shown = (element: HTMLElement) => element.parentElement?.checkVisibility() === true;
    const texts = [...(slide?.querySelectorAll<HTMLElement>('.deck-text') ?? [])].filter(shown);
    const subtitles = [...(slide?.querySelectorAll<HTMLElement>('.deck-subtitle') ?? [])].filter(
      shown,
    );
    return {
      main: texts.map((element) => element.textContent),
      subtitles: subtitles.map((element) => ({
        text: element.textContent,
        lang: element.lang,
        visible: element.checkVisibility(),
      })),
    };
  });
}

/** A slide of the deck by id. */
function slideById(id: string): Slide {
  const slide = SLIDES.find((candidate) => candidate.id === id);
  if (slide === undefined) throw new Error(`No slide ${id}`);
  return slide;
}

/** A text of a slide as the deck writes it in `locale`, figures formatted for that locale. */
function expectedText(locale: Locale, slide: Slide, key: TextKey): string {
  const t = createDeckI18n(locale).getFixedT(locale);
  return t(key, formatFigures(t, slide.figures));
}

/** The subtitle under the headline of a slide. */
const headlineSubtitle = (id: string) =>
  `section[data-slide-id="${id}"] .slide-headline .deck-subtitle`;

/**
 * The current slide's headline: its top and its rule's top in slide pixels and, where it has a
 * subtitle, how far
 * the subtitle's first line stands under the headline's last and how far its rule (the
 * headline's ::after, at its foot) stands under the subtitle's last line.
 */
function headlineAndRule(page: Page) {
  return page.evaluate(() => {
    const slide = window.deck?.reveal.getCurrentSlide();
    const headline = slide?.querySelector<HTMLElement>('.slide-headline');
    if (!slide || !headline) return null;
    const box = slide.getBoundingClientRect();
    const scale = box.width / slide.offsetWidth;
    const rect = headline.getBoundingClientRect();
    const subtitle = headline.querySelector(':scope > .deck-subtitle');
    const lines = subtitle?.checkVisibility() === true ? subtitle.getClientRects() : [];
    const last = lines[lines.length - 1];
    const text = headline.querySelector(':scope > .deck-text')?.getClientRects() ?? [];
    const lastOfText = text[text.length - 1];
    const rule = parseFloat(getComputedStyle(headline, '::after').height) * scale;
    return {
      top: (rect.top - box.top) / scale,
      ruleTop: (rect.bottom - rule - box.top) / scale,
      ruleGap: last === undefined ? null : (rect.bottom - rule - last.bottom) / scale,
      subtitleGap:
        lines[0] === undefined || lastOfText === undefined
          ? null
          : (lines[0].top - lastOfText.bottom) / scale,
    };
  });
}

describe.each(PAIRS)('the %s deck with %s subtitles, stepped through', (audience, sub) => {
  it('shows both languages on every slide, without overflow or console errors', async () => {
    const { page, problems } = await openDeck(browser(), { query: `?lang=${audience}&sub=${sub}` });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(LANG_TAGS[audience]);
    const missing: string[] = [];
    const overflow: string[] = [];
    const crowded: string[] = [];
    const headlineTops = new Set<number>();
    const ruleTops = new Set<number>();
    const visited = await walkDeck(page, async (slide) => {
      const { id } = slide;
      // The rule under a headline had run through its subtitle's descenders (22, 2 px under
      // its line box), and a stage label had set the headline 37 px lower on stage slides.
      const headline = await headlineAndRule(page);
      if (headline?.ruleGap != null && headline.ruleGap < 10) {
        crowded.push(`${id}: rule ${headline.ruleGap.toFixed(1)} px under the subtitle`);
      }
      // The subtitle's text had touched or overlapped the headline's (from the font's ascent
      // to its descent; 3 px of ink under en 22's descenders), nearer to it than to the rule:
      // it read as part of the headline.
      if (
        headline?.subtitleGap != null &&
        headline.subtitleGap < 3 &&
        !['title', 'divider', 'closing'].includes(slideById(id).kind)
      ) {
        crowded.push(`${id}: subtitle ${headline.subtitleGap.toFixed(1)} px under the headline`);
      }
      if (headline !== null && !['title', 'divider', 'closing'].includes(slideById(id).kind)) {
        headlineTops.add(Math.round(headline.top));
        ruleTops.add(Math.round(headline.ruleTop));
      }
      const { main, subtitles } = await currentTexts(page);
      if (subtitles.length === 0 || subtitles.length !== main.length) {
        missing.push(`${id}: ${subtitles.length} subtitles for ${main.length} texts`);
      }
      for (const subtitle of subtitles) {
        if (subtitle.text.trim() === '' || !subtitle.visible || subtitle.lang !== LANG_TAGS[sub]) {
          missing.push(`${id}: ${JSON.stringify(subtitle)}`);
        }
      }
      overflow.push(...(await overflowingElements(page)).map((p) => `${id}: ${p}`));
      await screenshot(page, `subtitles/${audience}-${sub}/${slideShotName(slide)}`);
    });
    expect(visited).toEqual(SLIDES.map((slide) => slide.id));
    expect(missing).toEqual([]);
    expect(overflow).toEqual([]);
    expect(crowded).toEqual([]);
    expect([...headlineTops]).toHaveLength(1);
    // The headline's block had ended at 193, 179 or 169 px as a slide was roomy, shrunk or
    // dense: its rule jumped as the speaker stepped. One block on every content slide.
    expect([...ruleTops]).toHaveLength(1);
    expect(problems.errors).toEqual([]);
  });
});

/** WCAG relative luminance of `rgb(r, g, b)` or `#rrggbb`. */
function luminance(color: string): number {
  const channels = color.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
    : (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** axe-core's browser script, injected into pages for the contrast check. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

declare global {
  interface Window {
    axe?: { run: (context: unknown, options: unknown) => Promise<AxeResults> };
  }
}

describe('subtitles on light and dark slides', () => {
  it.each([
    ['zh', 'en'],
    ['en', 'ja'],
  ] as const)('meet WCAG AA contrast (%s slides, %s subtitles)', async (audience, sub) => {
    // The deck's CSP admits only its own scripts; the test's axe-core is let in on purpose.
    const context = await browser().newContext({ bypassCSP: true });
    const { page } = await openDeck(browser(), { context, query: `?lang=${audience}&sub=${sub}` });
    await page.addScriptTag({ path: AXE_SCRIPT });
    const failures: string[] = [];
    for (const id of ['history', 'size', 'stage-2-jica-study', 'stage-3-results']) {
      await page.evaluate((slideId) => {
        const deck = window.deck?.reveal;
        const index = deck?.getSlides().findIndex((s) => s.dataset['slideId'] === slideId) ?? 0;
        deck?.slide(index, 0, Number.MAX_SAFE_INTEGER);
      }, id);
      const results = await page.evaluate(async () => {
        const selector = '.slides section.present .deck-subtitle';
        const result = await window.axe?.run(
          { include: [[selector]] },
          { runOnly: ['color-contrast'] },
        );
        if (result === undefined) return { checked: 0, failures: ['axe did not run'] };
        return {
          checked: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
          failures: result.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary ?? v.id)),
        };
      });
      // Guard against a vacuous pass: axe must have measured this slide's subtitles.
      if (results.checked === 0) failures.push(`${id}: no subtitle was checked`);
      failures.push(...results.failures.map((text) => `${id}: ${text}`));
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  // axe cannot see through the gradient behind the title, dividers and closing: measure them.
  it('meet WCAG AA contrast on every colour of the dark gradient', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=en&sub=zh' });
    await waitForWholeDeck(page);
    const dark = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section[data-background-gradient]')].map(
        (section) => ({
          id: section.dataset['slideId'] ?? '',
          gradient: section.dataset['backgroundGradient'] ?? '',
          colors: [...section.querySelectorAll('.deck-subtitle')].map(
            (e) => getComputedStyle(e).color,
          ),
        }),
      ),
    );
    expect(dark.length).toBeGreaterThan(0);
    const failures = dark.flatMap(({ id, gradient, colors }) => {
      const stops = gradient.match(/#[0-9a-f]{6}/gi) ?? [];
      expect(stops.length, id).toBeGreaterThan(0);
      expect(colors.length, id).toBeGreaterThan(0);
      return colors.flatMap((color) =>
        stops
          .map((stop) => ({ stop, ratio: contrastRatio(color, stop) }))
          .filter(({ ratio }) => ratio < 4.5)
          .map(({ stop, ratio }) => `${id}: ${color} on ${stop} is ${ratio.toFixed(2)}:1`),
      );
    });
    expect(failures).toEqual([]);
  });
});

/**
 * The query of the address the page shows, read in the page: Playwright's `page.url()` learns
 * of a `replaceState` by an event that may come after the next line has run.
 */
async function addressQuery(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams(await page.evaluate(() => window.location.search));
}

describe('switching subtitles while presenting', () => {
  it('keeps the slide and fragment and updates texts, lang, URL and menu', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: '?lang=zh',
      hash: '#/stage-3-model-city',
    });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const before = await position(page);
    expect(before).toMatchObject({ id: 'stage-3-model-city', f: 1 });
    const subtitle = page.locator(headlineSubtitle('stage-3-model-city'));
    expect(await subtitle.isVisible()).toBe(false);

    await page.click('.deck-menu button[data-subtitles="en"]');
    expect(await position(page)).toEqual(before);
    const modelCity = slideById('stage-3-model-city');
    expect(await subtitle.textContent()).toBe(expectedText('en', modelCity, modelCity.headline));
    expect(await subtitle.getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The address is rewritten after the texts (a loaded CI read the old one): poll it.
    await expect.poll(async () => (await addressQuery(page)).get('sub')).toBe('en');
    expect(
      await page.locator('.deck-menu button[data-subtitles="en"]').getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('.deck-menu button[data-subtitles="zh"]').isDisabled()).toBe(true);
    await screenshot(page, 'subtitles/switched-zh-en');

    await page.keyboard.press('u');
    expect(await subtitle.getAttribute('lang')).toBe('ja');
    expect(await subtitle.textContent()).toBe(expectedText('ja', modelCity, modelCity.headline));
    expect(await position(page)).toEqual(before);

    await page.keyboard.press('u');
    expect(await subtitle.isVisible()).toBe(false);
    expect(await subtitle.getAttribute('lang')).toBeNull();
    await expect.poll(async () => (await addressQuery(page)).has('sub')).toBe(false);
    expect(
      await page.evaluate(() => document.documentElement.dataset['subtitles']),
    ).toBeUndefined();
    expect(await position(page)).toEqual(before);
    expect(problems.errors).toEqual([]);
  });

  it('writes figures the subtitle language’s way', async () => {
    const history = slideById('history');
    if (history.kind !== 'statement') throw new Error('history is a statement slide');
    const [firstPoint] = history.points;
    if (firstPoint === undefined) throw new Error('history has points');
    const { page } = await openDeck(browser(), { query: '?lang=en&sub=zh', hash: '#/history' });
    const subtitle = page.locator('section[data-slide-id="history"] li .deck-subtitle').first();
    const expected = expectedText('zh', history, firstPoint);
    expect(expected).toContain('年代');
    expect(await subtitle.textContent()).toBe(expected);
  });

  // Japanese under Chinese slides had the Chinese text's full-width colon (1970年代：古い, a
  // one-character hole), Chinese under Japanese slides the Japanese half-width one.
  it.each([
    ['zh', 'ja', 0.7, 'below'],
    ['ja', 'zh', 0.9, 'above'],
  ] as const)(
    'sets a %s slide’s %s subtitle’s colon as its own language does',
    async (audience, sub, share, side) => {
      const { page, problems } = await openDeck(browser(), {
        query: `?lang=${audience}&sub=${sub}`,
        hash: '#/history',
      });
      const colon = await page.evaluate(() => {
        const subtitle = [
          ...document.querySelectorAll('section[data-slide-id="history"] li .deck-subtitle'),
        ].find((element) => element.textContent.includes('：'));
        if (!subtitle) return null;
        // The text node that holds the colon (a date before it stands in a span of its own).
        const walker = document.createTreeWalker(subtitle, NodeFilter.SHOW_TEXT);
        let text: Node | null = walker.nextNode();
        while (text && !(text.textContent ?? '').includes('：')) text = walker.nextNode();
        const at = text?.textContent?.indexOf('：') ?? -1;
        if (!text || at < 0) return null;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return (
          range.getBoundingClientRect().width / parseFloat(getComputedStyle(subtitle).fontSize)
        );
      });
      expect(colon).not.toBeNull();
      if (side === 'below') expect(colon).toBeLessThan(share);
      else expect(colon).toBeGreaterThan(share);
      expect(problems.errors).toEqual([]);
    },
  );

  it('swaps the two languages when the slides move to the subtitle language', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=zh&sub=en' });
    await page.click('.deck-menu button[data-locale="en"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator(headlineSubtitle('title')).getAttribute('lang')).toBe('zh-Hans');
    expect((await addressQuery(page)).get('sub')).toBe('zh');
  });

  it('is operable from the keyboard alone in the menu', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=en' });
    const japanese = page.locator('.deck-menu button[data-subtitles="ja"]');
    await japanese.focus();
    await page.keyboard.press('Enter');
    expect(await japanese.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(headlineSubtitle('title')).getAttribute('lang')).toBe('ja');
    expect((await position(page)).h).toBe(0);
  });

  it('lists its shortcut in reveal’s help overlay', async () => {
    const { page } = await openDeck(browser());
    expect(await helpOverlayText(page)).toContain(RESOURCES.en.deck.help.subtitles);
  });

  it('remembers the choice across reloads', async () => {
    const context = await browser().newContext();
    const first = await openDeck(browser(), { context, query: '?lang=ja' });
    await first.page.click('.deck-menu button[data-subtitles="zh"]');
    await first.page.goto(inject('baseUrl'));
    await first.page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    expect(await first.page.locator(headlineSubtitle('title')).getAttribute('lang')).toBe(
      'zh-Hans',
    );
    await context.close();
  });
});

describe('choosing subtitles from the URL', () => {
  /** Whether any subtitle of the deck shows. */
  const anySubtitle = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.deck-subtitle')].some(
        (element) => element.textContent !== '' || element.checkVisibility(),
      ),
    );

  it('warns once for an unknown ?sub= value and shows none', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?lang=en&sub=xx' });
    expect(problems.warnings.filter((text) => text.includes('?sub=')).length).toBe(1);
    expect(await anySubtitle(page)).toBe(false);
    expect(problems.errors).toEqual([]);
  });

  it.each<[string, Locale]>([
    ['?sub=en&lang=en', 'en'],
    ['?sub=off&lang=ja', 'ja'],
  ])('shows none for %s, without a warning or an error', async (query, audience) => {
    const { page, problems } = await openDeck(browser(), { query });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(LANG_TAGS[audience]);
    expect(await anySubtitle(page)).toBe(false);
    expect(problems.warnings.filter((text) => text.includes('sub'))).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});

// On the rows the cards share, a short text's translation sat on the tallest text's line, up
// to 81 px below its own text (en 13 with zh subtitles): it read as the card's footer.
describe.each([
  { slides: 'en', subtitles: 'zh' },
  { slides: 'zh', subtitles: 'en' },
  { slides: 'ja', subtitles: 'en' },
])('cards with subtitles, $slides over $subtitles', ({ slides, subtitles }) => {
  it('set each translation right under its own text', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: `?lang=${slides}&sub=${subtitles}`,
    });
    for (const id of ['greeting', 'stage-1-training-in-japan', 'stage-4-market', 'stage-4-kics']) {
      await goToSlide(page, id);
      await page.evaluate(() =>
        window.deck?.reveal.slide(window.deck.reveal.getIndices().h, 0, 99),
      );
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('section.present .points.cards > li:not(.cards-lead)')].map(
          (card) => {
            const text = card.querySelector('.deck-text')?.getBoundingClientRect();
            const subtitle = card.querySelector('.deck-subtitle')?.getBoundingClientRect();
            return {
              gap: text && subtitle ? subtitle.top - text.bottom : null,
              inside: subtitle ? card.getBoundingClientRect().bottom - subtitle.bottom : null,
            };
          },
        ),
      );
      expect(cards.length, id).toBeGreaterThan(1);
      for (const card of cards) {
        expect(card.gap, id).not.toBeNull();
        expect(card.gap ?? 99, `${id}: ${JSON.stringify(cards)}`).toBeLessThanOrEqual(8);
        expect(card.inside ?? -1, `${id}: ${JSON.stringify(cards)}`).toBeGreaterThanOrEqual(12);
      }
    }
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

// zh 22's caption ended in a full-width ）, a whole em whose right half is blank: the English
// run on after it stood that half further off than after any other caption (04's). 22 now
// shows no caption with subtitles; 16's lead line ends so, in a full-width ：.
describe('a caption with its translation on the same line', () => {
  it('stands as far from it after a Chinese colon as after a character', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?lang=zh&sub=en' });
    const gaps: Record<string, number> = {};
    for (const id of ['stage-2-jica-study', 'size']) {
      await goToSlide(page, id);
      gaps[id] = await page.evaluate(() => {
        const text = document.querySelector(
          'section.present :is(.chart-title, .list-intro) > .deck-text',
        );
        const subtitle = text?.nextElementSibling;
        const last = text?.lastChild;
        if (!text || !subtitle || !last?.textContent) return Number.NaN;
        // The last character's ink: a closing bracket's sits in its glyph's left half.
        const range = document.createRange();
        range.setStart(last, last.textContent.length - 1);
        range.setEnd(last, last.textContent.length);
        const glyph = range.getBoundingClientRect();
        const inkRight = /[）」』】》：；]$/u.test(last.textContent)
          ? glyph.left + glyph.width / 2
          : glyph.right;
        const sameLine = Math.abs(subtitle.getBoundingClientRect().bottom - glyph.bottom) < 12;
        return sameLine ? subtitle.getBoundingClientRect().left - inkRight : Number.NaN;
      });
    }
    const bracket = gaps['stage-2-jica-study'] ?? Number.NaN;
    const plain = gaps['size'] ?? Number.NaN;
    expect(plain, JSON.stringify(gaps)).toBeGreaterThan(8);
    expect(Math.abs(bracket - plain), JSON.stringify(gaps)).toBeLessThanOrEqual(6);
    expect(problems.errors).toEqual([]);
  });
});
