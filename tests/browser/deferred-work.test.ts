/**
 * The deck defers work to stay fast (texts of far slides written in idle time, hidden slides
 * skipped by rendering, charts repainted from their own earlier drawing). These tests check
 * that a user never sees the difference.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { openDeck, useBrowser, waitForWholeDeck, watchProblems } from './deck-page.ts';

const browser = useBrowser();

/** What a slide shows: its headline, its notes, and the language they are marked in. */
interface SlideText {
  readonly id: string;
  readonly headline: string;
  readonly notes: string;
  readonly lang: string;
}

/** Every slide's texts, by slide id, as the page holds them now. */
function slideTexts(page: Page): Promise<Record<string, SlideText>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.slides > section[data-slide-id]')].map(
        (section) => [
          section.dataset['slideId'] ?? '',
          {
            id: section.dataset['slideId'] ?? '',
            headline: section.querySelector('.slide-headline .deck-text')?.textContent ?? '',
            notes: section.querySelector('aside.notes')?.textContent ?? '',
            lang: section.closest('[lang]')?.getAttribute('lang') ?? '',
          },
        ],
      ),
    ),
  );
}

/** Every slide's texts in `lang`, from a deck left alone until every slide is written. */
async function writtenDeck(lang: string): Promise<Record<string, SlideText>> {
  const { page } = await openDeck(browser(), { query: `?lang=${lang}` });
  await waitForWholeDeck(page);
  const texts = await slideTexts(page);
  await page.close();
  expect(Object.keys(texts)).toHaveLength(SLIDES.length);
  return texts;
}

/** A deck whose idle callbacks never run: only what reveal is about to show gets written. */
async function openNeverIdle(query: string, hash: string) {
  const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const problems = watchProblems(page);
  await page.goto(`${inject('baseUrl')}${query}${hash}`);
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  return { page, problems };
}

/**
 * Jumps all over the deck (0, 7, 14, … 28, 6, 13, …), as the overview or a deep link would,
 * and returns each slide's texts as shown.
 */
async function jumpEverywhere(page: Page): Promise<Record<string, SlideText>> {
  const seen: Record<string, SlideText> = {};
  for (let step = 0; step < SLIDES.length; step += 1) {
    const index = (step * 7) % SLIDES.length;
    const current = await page.evaluate((target) => {
      window.deck?.reveal.slide(target);
      const section = window.deck?.reveal.getCurrentSlide();
      return {
        id: section?.dataset['slideId'] ?? '',
        headline: section?.querySelector('.slide-headline .deck-text')?.textContent ?? '',
        notes: section?.querySelector('aside.notes')?.textContent ?? '',
        lang: section?.closest('[lang]')?.getAttribute('lang') ?? '',
      };
    }, index);
    seen[current.id] = current;
  }
  return seen;
}

describe('texts written after start-up or a switch', () => {
  it('are on every slide a presenter reaches, even if the browser is never idle', async () => {
    const expected = await writtenDeck('ja');
    const { page, problems } = await openNeverIdle('?lang=ja', '#/stage-2');
    const unwrittenAtStart = Object.values(await slideTexts(page)).filter(
      (texts) => texts.headline === '',
    ).length;
    // Start-up wrote the first slide and reveal's window around it, not the whole deck.
    expect(unwrittenAtStart).toBeGreaterThan(SLIDES.length / 2);
    expect(await jumpEverywhere(page)).toEqual(expected);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('follow a switch on every slide a presenter reaches, even if the browser is never idle', async () => {
    const expected = await writtenDeck('zh');
    const { page, problems } = await openNeverIdle('?lang=ja', '#/stage-2');
    await jumpEverywhere(page);
    await page.evaluate(() => {
      window.deck?.language.set({ audience: 'zh' });
    });
    const afterSwitch = Object.values(await slideTexts(page));
    // The switch rewrote the slide on screen, not the whole deck.
    expect(afterSwitch.filter((texts) => texts.lang === 'zh-Hans').length).toBeLessThan(
      SLIDES.length / 2,
    );
    expect(await jumpEverywhere(page)).toEqual(expected);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

/** The canvas of the chart on `#/cooperation-timeline`. */
const TIMELINE_CHART = 'section[data-slide-id="cooperation-timeline"] canvas';

/** The deck in English on `#/cooperation-timeline`, once its chart is drawn. */
async function openTimelineChart(): Promise<Awaited<ReturnType<typeof openDeck>>> {
  const opened = await openDeck(browser(), {
    query: '?lang=en',
    hash: '#/cooperation-timeline',
  });
  await opened.page.waitForFunction((selector) => {
    const node = document.querySelector<HTMLCanvasElement>(selector);
    return node !== null && window.deck?.charts.chartFor(node) !== undefined;
  }, TIMELINE_CHART);
  return opened;
}

describe('a chart switched back to a language', () => {
  it('shows at once exactly what chart.js draws in that language', async () => {
    const { page, problems } = await openTimelineChart();
    const pixels = () =>
      page.$eval(TIMELINE_CHART, (node) => (node as HTMLCanvasElement).toDataURL());
    const labels = () =>
      page.$eval(TIMELINE_CHART, (node) =>
        (window.deck?.charts.chartFor(node as HTMLCanvasElement)?.data.labels ?? []).join('|'),
      );
    // Switches, and reads the canvas and chart.js's own labels in the same task.
    const switchTo = (audience: 'en' | 'zh') =>
      page.evaluate(
        async ({ locale, selector }) => {
          window.deck?.language.set({ audience: locale });
          await window.deck?.charts.settled();
          const node = document.querySelector<HTMLCanvasElement>(selector);
          const chart = node ? window.deck?.charts.chartFor(node) : undefined;
          return { pixels: node?.toDataURL() ?? '', labels: (chart?.data.labels ?? []).join('|') };
        },
        { locale: audience, selector: TIMELINE_CHART },
      );

    const english = { pixels: await pixels(), labels: await labels() };
    const chinese = await switchTo('zh');
    await switchTo('en');
    // Once chart.js has drawn the English chart again (in an idle moment)…
    await expect.poll(labels).toBe(english.labels);
    const repainted = await switchTo('zh');
    // …the switch repaints the kept Chinese drawing while chart.js still holds English…
    expect(repainted.labels).toBe(english.labels);
    expect(repainted.pixels).toBe(chinese.pixels);
    expect(repainted.pixels).not.toBe(english.pixels);
    // …which it redraws in an idle moment, to the same pixels.
    await expect.poll(labels).toBe(chinese.labels);
    expect(await pixels()).toBe(chinese.pixels);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

describe('a chart whose frame changes size with the subtitles', () => {
  it('is redrawn to the new size at once, not repainted from an older drawing', async () => {
    const { page, problems } = await openTimelineChart();
    // Kept drawings in both languages, at the size without subtitles.
    for (const audience of ['zh', 'en'] as const) {
      await page.evaluate(async (locale) => {
        window.deck?.language.set({ audience: locale });
        await window.deck?.charts.settled();
      }, audience);
    }
    const sizes = await page.evaluate(
      async ({ selector }) => {
        const node = document.querySelector<HTMLCanvasElement>(selector);
        const measure = () => ({
          canvas: Math.round(node?.getBoundingClientRect().height ?? 0),
          frame: Math.round(node?.parentElement?.getBoundingClientRect().height ?? 0),
        });
        const before = measure();
        window.deck?.language.set({ audience: 'zh', subtitles: 'en' });
        await window.deck?.charts.settled();
        return { before, after: measure() };
      },
      { selector: TIMELINE_CHART },
    );
    // The timeline's frame is taller with subtitles (its names carry their translations).
    expect(Math.abs(sizes.after.frame - sizes.before.frame)).toBeGreaterThan(10);
    // chart.js sizes its canvas in whole pixels; the frame may end half-way through one.
    expect(Math.abs(sizes.after.canvas - sizes.after.frame)).toBeLessThanOrEqual(1);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

describe('slides reveal hides', () => {
  it('are still drawn while they slide out, and skipped once they are gone', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`${inject('baseUrl')}?lang=en#/greeting`);
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    const visibility = () =>
      page.$eval(
        'section[data-slide-id="greeting"]',
        (section) => getComputedStyle(section).contentVisibility,
      );
    expect(await visibility()).toBe('visible');
    // Past the greeting's points to the next slide: the greeting slides out to the left. Read in
    // the same task as the change: on a loaded machine a second round trip can outlast the move.
    await page.evaluate(() => window.deck?.reveal.next());
    const slidingOut = await page.evaluate(() => {
      window.deck?.reveal.slide(2);
      const section = document.querySelector('section[data-slide-id="greeting"]');
      return section ? getComputedStyle(section).contentVisibility : 'missing';
    });
    expect(slidingOut).toBe('visible');
    await expect.poll(visibility, { timeout: 3000 }).toBe('hidden');
    await page.close();
  });
});
