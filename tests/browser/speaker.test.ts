import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { textContrast } from './contrast.ts';
import { openDeck, position, screenshot, useBrowser, watchProblems } from './deck-page.ts';

const browser = useBrowser();

/** Opens the speaker view as a presenter does: press S and take the popup. */
async function openSpeakerView(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await popup.setViewportSize({ width: 1280, height: 800 });
  await popup.waitForSelector('.speaker-notes p');
  return popup;
}

/** The deck at `hash` in the languages of `query`, and its speaker view. */
async function speakerAt(query: string, hash: string) {
  const { page, problems } = await openDeck(browser(), { query, hash });
  return { page, problems, popup: await openSpeakerView(page) };
}

const notesText = (popup: Page) => popup.textContent('.speaker-notes');
const previewHeadline = (popup: Page, which: 'current' | 'next') =>
  popup.textContent(`.speaker-${which}-slide .slide-headline`);

describe('the speaker view', () => {
  it('shows notes in the notes language, both slides in the audience language, and follows', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: '?lang=ja&speaker=zh',
      hash: '#/size',
    });
    const popup = await openSpeakerView(page);
    const popupProblems = watchProblems(popup);

    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await popup.textContent('.speaker-title')).toContain(
      RESOURCES.zh.deck.speakerView.title,
    );
    expect(await notesText(popup)).toContain('572.1万人');
    expect(await previewHeadline(popup, 'current')).toBe(RESOURCES.ja.deck.slides.size.headline);
    expect(await previewHeadline(popup, 'next')).toBe(RESOURCES.ja.deck.slides.history.headline);
    expect(await popup.$eval('.speaker-notes', (notes) => notes.getAttribute('lang'))).toBe(
      'zh-Hans',
    );
    await screenshot(popup, 'speaker/zh-notes-ja-slides');
    await screenshot(page, 'speaker/audience-ja');

    // The audience window moves: the speaker view follows.
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => previewHeadline(popup, 'current'))
      .toBe(RESOURCES.ja.deck.slides.history.headline);
    expect(await notesText(popup)).toContain('重工业');

    // The speaker view moves the audience window.
    await popup.keyboard.press('ArrowRight');
    await expect.poll(async () => (await position(page)).f).toBe(0);

    // A language changed in the speaker view reaches the audience window, and back.
    await popup.click('.speaker-languages [aria-label] button[data-locale="en"] >> nth=1');
    await expect
      .poll(() =>
        page.$eval('section[data-slide-id="history"] aside.notes', (a) => a.getAttribute('lang')),
      )
      .toBe('en');
    await expect.poll(() => notesText(popup)).toContain('heavy industry');
    await page.click('.deck-menu button[data-locale="zh"]');
    await expect
      .poll(() => previewHeadline(popup, 'current'))
      .toBe(RESOURCES.zh.deck.slides.history.headline);
    expect(await notesText(popup)).toContain('heavy industry');

    expect(problems.errors).toEqual([]);
    expect(popupProblems.errors).toEqual([]);
    await popup.close();
  });

  it('shows a name’s reading over its first mention in the notes, never on the slides', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: '?lang=zh&speaker=ja',
      hash: '#/stage-2-model-area',
    });
    const popup = await openSpeakerView(page);
    /** Each ruby in the notes: the name under it, its reading, and whether it sits above. */
    const rubies = () =>
      popup.$$eval('.speaker-notes ruby', (list) =>
        list.map((ruby) => {
          const annotations = [...ruby.querySelectorAll('rt')];
          const base = ruby.cloneNode(true) as HTMLElement;
          for (const extra of base.querySelectorAll('rt, rp')) extra.remove();
          const bottom = ruby.getBoundingClientRect().bottom;
          return {
            name: base.textContent,
            reading: annotations.map((annotation) => annotation.textContent).join(' '),
            above:
              annotations.length > 0 &&
              annotations.every((a) => a.getBoundingClientRect().bottom <= bottom - 4),
          };
        }),
      );
    const japanese = await rubies();
    expect(japanese).toContainEqual({ name: '大連', reading: 'だいれん', above: true });
    expect(japanese.filter((ruby) => ruby.name === '大連')).toHaveLength(1);
    // Readable at a glance (once 12 px over 24 px notes), and a line with a reading no farther
    // from the one above than other lines are (once 42 px against 35 px).
    const spacing = await popup.evaluate(() => {
      const pitches: number[] = [];
      for (const paragraph of document.querySelectorAll('.speaker-notes p')) {
        const bottoms = new Set<number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node.parentElement?.closest('rt')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const line of range.getClientRects()) bottoms.add(Math.round(line.bottom));
        }
        const sorted = [...bottoms].sort((a, b) => a - b);
        pitches.push(...sorted.slice(1).map((bottom, at) => bottom - (sorted[at] ?? 0)));
      }
      const sizes = [...document.querySelectorAll('.speaker-notes rt')].map((reading) =>
        parseFloat(getComputedStyle(reading).fontSize),
      );
      return { pitches, smallest: Math.min(...sizes) };
    });
    expect(spacing.smallest).toBeGreaterThanOrEqual(16);
    expect(spacing.pitches.length).toBeGreaterThan(2);
    expect(Math.max(...spacing.pitches) - Math.min(...spacing.pitches)).toBeLessThanOrEqual(2);
    await screenshot(popup, 'speaker/ja-notes-readings');

    // English notes: pinyin with tone marks over the Chinese names.
    await popup.click('.speaker-languages [aria-label] button[data-locale="en"] >> nth=1');
    await expect
      .poll(async () => (await rubies()).map((ruby) => ruby.reading))
      .toEqual(['Dàlián', 'Sòng Jiàn', 'Xiè Zhènhuá']);
    expect((await rubies()).every((ruby) => ruby.above)).toBe(true);
    await screenshot(popup, 'speaker/en-notes-readings');

    // The audience's window shows no reading anywhere, notes included.
    expect(await page.$$eval('ruby', (list) => list.length)).toBe(0);
    expect(problems.errors).toEqual([]);
    await popup.close();
  });

  // りょうとう over 遼東 spread the name apart (遼 東): the reading overhangs it instead.
  it('keeps a name under a wider reading set solid', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: '?lang=zh&speaker=ja',
      hash: '#/location',
    });
    const popup = await openSpeakerView(page);
    const name = await popup.$$eval('.speaker-notes ruby', (rubies) => {
      const ruby = rubies.find((each) => each.firstChild?.textContent === '遼東');
      const base = ruby?.firstChild;
      if (!ruby || !base) return null;
      const annotation = ruby.querySelector('rt')?.getBoundingClientRect();
      const range = document.createRange();
      const boxes = Array.from({ length: base.textContent?.length ?? 0 }, (_, at) => {
        range.setStart(base, at);
        range.setEnd(base, at + 1);
        return range.getBoundingClientRect();
      });
      const size = parseFloat(getComputedStyle(ruby).fontSize);
      return {
        size,
        widths: boxes.map((box) => box.width),
        gaps: boxes.slice(1).map((box, at) => box.left - (boxes[at]?.right ?? 0)),
        wider: (annotation?.width ?? 0) > size * boxes.length,
      };
    });
    if (name === null) throw new Error('no reading over 遼東 in the notes');
    expect(name.wider).toBe(true);
    for (const width of name.widths) expect(width).toBeLessThanOrEqual(name.size * 1.02);
    for (const gap of name.gaps) expect(Math.abs(gap)).toBeLessThan(1);
    expect(problems.errors).toEqual([]);
    await popup.close();
  });

  // Notes longer than their box were cut off at its foot with nothing to say more followed;
  // a reading over a line's first name was cut at its left (だいれん over 大連).
  it('fades long notes at their foot until read to the end, readings whole', async () => {
    const { page, problems, popup } = await speakerAt('?lang=ja', '#/stage-3-results');
    await popup.setViewportSize({ width: 1280, height: 720 });
    const notes = () =>
      popup.$eval('.speaker-notes', (element) => {
        const box = element.getBoundingClientRect();
        // Each reading's first and last character (an rt's box reaches past its text).
        const readings = [...element.querySelectorAll('rt')].flatMap((rt) => {
          const text = rt.firstChild;
          const length = text?.textContent?.length ?? 0;
          if (!text || length === 0) return [];
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 1);
          const first = range.getBoundingClientRect();
          range.setStart(text, length - 1);
          range.setEnd(text, length);
          return [{ left: first.left, right: range.getBoundingClientRect().right }];
        });
        return {
          more: element.scrollHeight - element.clientHeight,
          fade: parseFloat(getComputedStyle(element).getPropertyValue('--notes-fade')),
          readingsInside: readings.every((rt) => rt.left >= box.left && rt.right <= box.right),
          readings: readings.length,
        };
      });
    // At the notes' top (the view may have scrolled to the paragraph reached), once the
    // scroll timeline has caught up with the new pane size.
    await popup.$eval('.speaker-notes', (element) => {
      element.scrollTop = 0;
    });
    await expect.poll(async () => (await notes()).fade).toBeGreaterThanOrEqual(30);
    const top = await notes();
    expect(top.more).toBeGreaterThan(0);
    expect(top.readings).toBeGreaterThan(0);
    expect(top.readingsInside).toBe(true);
    await screenshot(popup, 'speaker/ja-long-notes');
    await popup.$eval('.speaker-notes', (element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect.poll(async () => (await notes()).fade).toBe(0);
    // Notes that fit do not fade.
    await page.evaluate(() => window.deck?.reveal.slide(2, 0));
    await popup.waitForFunction(() => {
      const element = document.querySelector('.speaker-notes');
      return element !== null && element.scrollHeight <= element.clientHeight;
    });
    await expect.poll(async () => (await notes()).fade).toBe(0);
    expect(problems.errors).toEqual([]);
    await popup.close();
  });

  it('ignores forged messages from other windows and origins', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    // A page on another origin that opens the deck and posts speaker messages to it.
    await context.route('http://forger.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>forger</title>' }),
    );
    const forger = await context.newPage();
    await forger.goto('http://forger.test/');
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      forger.evaluate(
        (url) => {
          (window as Window & { deckWindow?: Window | null }).deckWindow = window.open(url);
        },
        `${inject('baseUrl')}#/location`,
      ),
    ]);
    const problems = watchProblems(page);
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    const popup = await openSpeakerView(page);
    const before = await position(page);
    const forged = { namespace: 'dalian-deck-speaker', type: 'command', command: 'next' };
    await forger.evaluate((message) => {
      (window as Window & { deckWindow?: Window | null }).deckWindow?.postMessage(message, '*');
    }, forged);
    await page.evaluate((message) => {
      window.postMessage(message, '*');
    }, forged);
    await popup.evaluate(() => {
      const state = {
        h: 20,
        f: -1,
        total: 29,
        languages: { audience: 'ja', speaker: 'ja' },
        subtitles: null,
        clock: null,
        blackout: false,
        overview: false,
      };
      window.postMessage({ namespace: 'dalian-deck-speaker', type: 'state', ...state }, '*');
    });
    await page.waitForTimeout(300);
    expect(await position(page)).toEqual(before);
    expect(await previewHeadline(popup, 'current')).toBe(
      RESOURCES.en.deck.slides.location.headline,
    );
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});

describe('the speaker view follows the hall', () => {
  it('shows the hall’s subtitles in both previews, and takes them off when the hall does', async () => {
    const { page, problems, popup } = await speakerAt(
      '?lang=zh&sub=en',
      '#/stage-1-training-in-japan',
    );
    /** A preview's headline subtitle as it shows: its text, its language, its height. */
    const subtitle = (which: 'current' | 'next') =>
      popup.$eval(`.speaker-${which}-slide .slide-headline .deck-subtitle`, (span) => ({
        text: span.textContent,
        lang: span.getAttribute('lang'),
        shown: span.getBoundingClientRect().height > 0,
      }));
    await expect
      .poll(() => subtitle('current'))
      .toEqual({
        text: RESOURCES.en.deck.slides.trainingInJapan.headline,
        lang: 'en',
        shown: true,
      });
    expect((await subtitle('next')).shown).toBe(true);
    // The preview makes the same room for them as the hall's slide (full size, snug, tight).
    const layout = (target: Page, slide: string) =>
      target.$eval(slide, (section) =>
        ['deck-roomy', 'deck-snug', 'deck-tight'].filter((name) =>
          section.classList.contains(name),
        ),
      );
    expect(await layout(popup, '.speaker-current-slide section')).toEqual(
      await layout(page, 'section[data-slide-id="stage-1-training-in-japan"]'),
    );
    await screenshot(popup, 'speaker/zh-slides-en-subtitles');

    // U in the hall's window steps the subtitles (ja, then off): the previews follow, without
    // a reload.
    const hall = () => page.evaluate(() => document.documentElement.dataset['subtitles']);
    await page.keyboard.press('u');
    await expect.poll(hall).toBe('ja');
    await expect.poll(async () => (await subtitle('current')).lang).toBe('ja');
    await page.keyboard.press('u');
    await expect.poll(hall).toBe(undefined);
    await expect.poll(async () => (await subtitle('current')).shown).toBe(false);
    expect((await subtitle('next')).shown).toBe(false);
    expect(await popup.evaluate(() => document.documentElement.dataset['subtitles'])).toBe(
      undefined,
    );
    expect(problems.errors).toEqual([]);
    await popup.close();
  });

  it('dims the notes the speaker has not reached, and lights them as the points come', async () => {
    const { page, problems, popup } = await speakerAt('?lang=en', '#/stage-1-training-in-japan');
    /** Each notes paragraph: whether it is dimmed, and its contrast with the notes' ground. */
    const paragraphs = () =>
      popup.$$eval('.speaker-notes p', (list) =>
        list.map((paragraph) => ({
          dimmed: paragraph.classList.contains('speaker-notes-ahead'),
          colour: getComputedStyle(paragraph).color,
          ground: getComputedStyle(document.body).backgroundColor,
        })),
      );
    // The agreement (point 0) is on screen, what the trainees came back with (points 1–3) not.
    await expect.poll(async () => (await paragraphs()).map((p) => p.dimmed)).toEqual([false, true]);
    const [reached, ahead] = await paragraphs();
    expect(textContrast(ahead)).toBeGreaterThanOrEqual(4.5);
    expect(textContrast(ahead)).toBeLessThan(textContrast(reached) / 2);
    await screenshot(popup, 'speaker/notes-ahead-dimmed');

    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await paragraphs()).map((p) => p.dimmed))
      .toEqual([false, false]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await paragraphs()).map((p) => p.dimmed)).toEqual([false, true]);
    expect(problems.errors).toEqual([]);
    await popup.close();
  });

  // The preview of 15 had drawn the line from its second step on to the third, not yet shown.
  it('draws a flow in the preview up to the step the hall sees', async () => {
    const { problems, popup } = await speakerAt('?lang=ja', '#/stage-2-model-area/0');
    const drawnLines = () =>
      popup.$$eval('.speaker-current-slide .points.flow > li', (steps) =>
        steps.map((step) => {
          const line = getComputedStyle(step, '::after');
          return line.content !== 'none' && parseFloat(line.opacity) > 0;
        }),
      );
    await expect.poll(drawnLines).toEqual([true, false, false]);
    expect(problems.errors).toEqual([]);
    await popup.close();
  });

  it.each(['en', 'ja', 'zh'])('lists the keys on one line at 1280×720 in %s', async (lang) => {
    const { popup } = await speakerAt(`?lang=${lang}`, '');
    await popup.setViewportSize({ width: 1280, height: 720 });
    await popup.evaluate(() => document.fonts.ready);
    const keys = () =>
      popup.$eval('.speaker-keys', (line) => {
        const range = document.createRange();
        range.selectNodeContents(line);
        const tops = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
        return { lines: tops.size, size: parseFloat(getComputedStyle(line).fontSize) };
      });
    // en and ja had broken onto a second line for their last word.
    await expect.poll(async () => (await keys()).lines).toBe(1);
    expect((await keys()).size).toBeGreaterThanOrEqual(12);
    await popup.close();
  });
});

// zh 21's notes broke 1 / 亿美元 in the speaker view at 1280×800 and 1366×768: a number at a
// line's end, its unit at the next line's start.
describe('the speaker view’s Chinese notes', () => {
  it.each([
    [1280, 800],
    [1366, 768],
    [1440, 900],
  ])('keep each figure with its unit on one line at %i×%i', async (width, height) => {
    const { page, problems } = await openDeck(browser(), {
      query: '?lang=zh',
      hash: '#/stage-3-investment',
    });
    const popup = await openSpeakerView(page);
    await popup.setViewportSize({ width, height });
    const figures = await popup.evaluate(() => {
      const found: string[] = [];
      for (const paragraph of document.querySelectorAll('.speaker-notes p')) {
        const text = paragraph.textContent;
        for (const match of text.matchAll(/\d[\d.,]*[万亿]?(?:美元|元|人)/gu)) {
          // The figure's characters as a range over the paragraph's text nodes.
          const range = document.createRange();
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            const start = match.index - offset;
            const end = match.index + match[0].length - offset;
            if (start >= 0 && start < length) range.setStart(node, start);
            if (end > 0 && end <= length) range.setEnd(node, end);
            offset += length;
          }
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          found.push(`${match[0]} ${lines.size === 1 ? 'one line' : `${lines.size} lines`}`);
        }
      }
      return found;
    });
    expect(figures).toEqual(['16.8亿元 one line', '1亿美元 one line']);
    expect(problems.errors).toEqual([]);
    await popup.close();
  });
});

describe('pacing', () => {
  it.each([
    ['?minutes=20', 1200],
    ['?minutes=7.5', 450],
  ])('splits %s over the slides, summing to the target', async (query, seconds) => {
    const { page } = await openDeck(browser(), { query });
    await page.waitForSelector('section[data-timing]', { state: 'attached' });
    const timings = await page.$$eval('section[data-slide-id]', (sections) =>
      sections.map((section) => Number(section.dataset['timing'])),
    );
    expect(timings.every((timing) => timing > 0)).toBe(true);
    expect(timings.reduce((a, b) => a + b, 0)).toBe(seconds);
  });

  it.each(['?minutes=-5', '?minutes=abc'])('ignores %s with a warning', async (query) => {
    const { page, problems } = await openDeck(browser(), { query });
    await page.waitForSelector('section[data-timing]', { state: 'attached' });
    expect(problems.warnings.some((text) => text.includes('?minutes'))).toBe(true);
    const total = await page.$$eval('section[data-slide-id]', (sections) =>
      sections.reduce((sum, section) => sum + Number(section.dataset['timing']), 0),
    );
    expect(total).toBeGreaterThan(5 * 60);
    expect(problems.errors).toEqual([]);
  });
});
