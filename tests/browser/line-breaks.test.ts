/**
 * Names and compounds that a line never breaks inside, in all three languages, and English texts
 * that never leave one word alone on their last line: on the projector (1280×720) with and
 * without subtitles, and on a phone (390×844).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';
import { goToSlide, openDeck, useBrowser, waitForWholeDeck } from './deck-page.ts';

const browser = useBrowser();

/** Each slide's texts and the phrases in them that must stay on one line. */
const KEPT: Record<Locale, Record<string, readonly string[]>> = {
  en: {
    // en 15 broke Xie / Zhenhua on the projector, Song / Jian on a phone; en 20 Hashimoto /
    // Ryutaro on a phone; en 26 鹤田 / 晓 in balanced lines: people's names are one unit, a
    // title with its name (en 15 broke Proposed by Mayor / Sueyoshi Koichi…).
    'stage-2-model-area': ['Mayor Sueyoshi Koichi', 'State Councilor Song Jian', 'Xie Zhenhua'],
    'stage-3-model-city': ['Hashimoto Ryutaro'],
    'stage-4-kics': ['鹤田晓'],
    // en 27 broke its company's name Co., / Ltd. on the projector; kept whole in the 590 px
    // label it took four lines, and now has three in 620 px.
    'stage-4-companies': ['Consultancy Co., Ltd.'],
  },
  zh: {
    // zh 05's card left 密集， alone on a line (市中心工厂 / 密集，): now 市中心 / 工厂密集，.
    history: ['工厂密集，'],
    // zh 11 broke 北九州国际技术 / 协力协会（KITA）: an organisation's name torn in two.
    'stage-1-sister-city': ['北九州国际技术协力协会'],
    // zh 15 broke 北九州市长 / 末吉兴一: a title torn from its name.
    'stage-2-model-area': ['北九州市长末吉兴一'],
    // zh 20's phone headline broke 1997年：提出 / “示范城市”构想: a verb torn from its quoted
    // object, the line opening on a quote mark.
    'stage-3-model-city': ['提出“示范城市”'],
  },
  ja: {
    // ja 05's way across, 140 px, broke 約30年に / わたる / 努力: a word alone on its line.
    history: ['わたる努力'],
    // ja 02 broke この分野に / おける国際協力, inside the particle.
    greeting: ['この分野における'],
    // ja 06's phone headline broke 中国初のグローバル / 500賞受賞都市: the award's name torn.
    'global-500': ['グローバル500賞'],
    // ja 22 left …プラント / 拡張 and …ばいじん / 処理: a word alone on its line.
    'stage-3-projects': ['熱電併給', 'プラント拡張', 'セメント工場の', 'ばいじん処理'],
    'stage-3-results': ['ばいじん排出濃度'],
    // ja 25 broke 協力も環境産業の / 新段階へ: now subject and predicate, a line each.
    'stage-4-market': ['北九州との協力も', '環境産業の新段階'],
    // ja 07: two words joined by a middle dot are one (balanced lines broke 他の国・ / 地域との).
    'joint-efforts': ['他の国・地域'],
    // The phone's closing headline broke …ために、ともに / 力を合わせましょう, inside a phrase.
    closing: ['ともに力を'],
  },
};

const VIEWS = [
  { name: 'the projector', subtitles: false, viewport: { width: 1280, height: 720 } },
  { name: 'the projector with subtitles', subtitles: true, viewport: { width: 1280, height: 720 } },
  { name: 'a phone', subtitles: false, viewport: { width: 390, height: 844 } },
] as const;

/** The deck's address in `locale`, with subtitles in another language if asked. */
function queryFor(locale: Locale, subtitles: boolean): string {
  return `?lang=${locale}${subtitles ? `&sub=${locale === 'en' ? 'zh' : 'en'}` : ''}`;
}

/**
 * Each phrase of `phrases` found in the slide's texts (its subtitles and notes left out), with
 * the number of lines it is set on; a phrase not found is reported on 0 lines.
 */
function linesOfPhrases(page: Page, slideId: string, phrases: readonly string[]) {
  return page.evaluate(
    ([id, wanted]) => {
      const slide = document.querySelector(`section[data-slide-id="${id}"]`);
      const texts = [
        ...(slide?.querySelectorAll('li, p, .plant-label, .slide-headline') ?? []),
      ].filter(
        (element) => element.closest('aside.notes, .deck-subtitle, .visually-hidden') === null,
      );
      const chars = texts.map((element) => {
        const boxes: { char: string; top: number; middle: number }[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.deck-subtitle') != null) continue;
          const data = node.textContent ?? '';
          for (let at = 0; at < data.length; at += 1) {
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const box = range.getBoundingClientRect();
            boxes.push({ char: data.charAt(at), top: box.top, middle: box.top + box.height / 2 });
          }
        }
        return boxes;
      });
      return Object.fromEntries(
        wanted.map((phrase) => {
          for (const boxes of chars) {
            const at = boxes
              .map((box) => box.char)
              .join('')
              .indexOf(phrase);
            if (at < 0) continue;
            let lines = 1;
            const inPhrase = boxes.slice(at, at + phrase.length);
            inPhrase.forEach((box, index) => {
              const before = inPhrase[index - 1];
              // A character's box can be taller than its line: a new line starts below its middle.
              if (before !== undefined && box.top > before.middle) lines += 1;
            });
            return [phrase, lines];
          }
          return [phrase, 0];
        }),
      );
    },
    [slideId, phrases] as const,
  );
}

/**
 * English texts that left one word alone on their last line, though the two last words fit
 * the column together: en 26's …Consortium for Sustainable / Development (with subtitles), en
 * 18's Flue gas monitoring / vehicle, en 16's Industrial solid / waste, and on a phone en 01's
 * …Bureau, / China, en 15's …Protection / Administration, en 16's …the study / covered:, en
 * 22's caption …by what they / address.
 */
const BALANCED = [
  'Kitakyushu Interdependent Business Consortium',
  'Flue gas monitoring vehicle',
  'Industrial solid waste',
  'Dalian Environmental Protection Bureau, China',
  'Supported by State Councilor',
  'From the end of',
  'All the programme’s projects',
];

/** The texts (points, cards, paragraphs) of the slide whose last line is one word. */
function lonelyLastWords(page: Page, slideId: string) {
  return page.evaluate((id) => {
    const slide = document.querySelector(`section[data-slide-id="${id}"]`);
    const found: string[] = [];
    for (const element of slide?.querySelectorAll<HTMLElement>('li, p, figcaption') ?? []) {
      if (element.closest('aside.notes, .visually-hidden') !== null) continue;
      if (element.querySelector('li, p') !== null) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const chars: { char: string; top: number; middle: number }[] = [];
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.deck-subtitle') != null) continue;
        for (let at = 0; at < (node.textContent ?? '').length; at += 1) {
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const box = range.getBoundingClientRect();
          if (box.height === 0) continue;
          const char = node.textContent?.charAt(at) ?? '';
          chars.push({ char, top: box.top, middle: box.top + box.height / 2 });
        }
      }
      const lastLine = chars.findLastIndex(
        (box, index) => index > 0 && box.top > (chars[index - 1]?.middle ?? Infinity),
      );
      const text = chars.map((box) => box.char).join('');
      if (lastLine > 0 && !/\s/u.test(text.slice(lastLine).trim())) found.push(text.trim());
    }
    return found;
  }, slideId);
}

describe.each(VIEWS)('on $name', ({ subtitles, viewport }) => {
  it.each(LOCALES)('keeps each name and compound of %s on one line', async (locale) => {
    const { page, problems } = await openDeck(browser(), {
      query: queryFor(locale, subtitles),
      viewport,
    });
    const phone = viewport.width < 600;
    if (phone) await waitForWholeDeck(page);
    for (const [slideId, phrases] of Object.entries(KEPT[locale])) {
      if (!phone) await goToSlide(page, slideId);
      const lines = await linesOfPhrases(page, slideId, phrases);
      expect(lines, slideId).toEqual(Object.fromEntries(phrases.map((phrase) => [phrase, 1])));
    }
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('leaves no word alone on the last line of the English texts it balances', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: queryFor('en', subtitles),
      viewport,
    });
    const phone = viewport.width < 600;
    if (phone) await waitForWholeDeck(page);
    const found: string[] = [];
    for (const slide of SLIDES) {
      if (!phone) await goToSlide(page, slide.id);
      const lonely = await lonelyLastWords(page, slide.id);
      found.push(...lonely.filter((text) => BALANCED.some((start) => text.startsWith(start))));
    }
    expect(found).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});
