/**
 * Names and compounds that a line never breaks inside, in Chinese and Japanese: on the projector
 * (1280×720) with and without subtitles, and on a phone (390×844).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToSlide, openDeck, useBrowser, waitForWholeDeck } from './deck-page.ts';

const browser = useBrowser();

/** Each slide's texts and the phrases in them that must stay on one line. */
const KEPT: Record<'zh' | 'ja', Record<string, readonly string[]>> = {
  zh: {
    // zh 11 broke 北九州国际技术 / 协力协会（KITA）: an organisation's name torn in two.
    'stage-1-sister-city': ['北九州国际技术协力协会'],
    // zh 15 broke 北九州市长 / 末吉兴一: a title torn from its name.
    'stage-2-model-area': ['北九州市长末吉兴一'],
  },
  ja: {
    // ja 02 broke この分野に / おける国際協力, inside the particle.
    greeting: ['この分野における'],
    // ja 22 left …プラント / 拡張 and …ばいじん / 処理: a word alone on its line.
    'stage-3-projects': ['熱電併給', 'プラント拡張', 'セメント工場の', 'ばいじん処理'],
    'stage-3-results': ['ばいじん排出濃度'],
    // ja 25 broke 協力も環境産業の / 新段階へ: now subject and predicate, a line each.
    'stage-4-market': ['北九州との協力も', '環境産業の新段階'],
  },
};

const VIEWS = [
  { name: 'the projector', query: '', viewport: { width: 1280, height: 720 } },
  {
    name: 'the projector with subtitles',
    query: '&sub=en',
    viewport: { width: 1280, height: 720 },
  },
  { name: 'a phone', query: '', viewport: { width: 390, height: 844 } },
] as const;

/**
 * Each phrase of `phrases` found in the slide's texts (its subtitles and notes left out), with
 * the number of lines it is set on; a phrase not found is reported on 0 lines.
 */
function linesOfPhrases(page: Page, slideId: string, phrases: readonly string[]) {
  return page.evaluate(
    ([id, wanted]) => {
      const slide = document.querySelector(`section[data-slide-id="${id}"]`);
      const texts = [...(slide?.querySelectorAll('li, p, .plant-label') ?? [])].filter(
        (element) => element.closest('aside.notes, .deck-subtitle, .visually-hidden') === null,
      );
      const chars = texts.map((element) => {
        const boxes: { char: string; top: number; bottom: number }[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.deck-subtitle') != null) continue;
          const data = node.textContent ?? '';
          for (let at = 0; at < data.length; at += 1) {
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const box = range.getBoundingClientRect();
            boxes.push({ char: data.charAt(at), top: box.top, bottom: box.bottom });
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
              if (before !== undefined && box.top >= before.bottom - 2) lines += 1;
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

describe.each(VIEWS)('on $name', ({ query, viewport }) => {
  it.each(['zh', 'ja'] as const)(
    'keeps each name and compound of %s on one line',
    async (locale) => {
      const { page, problems } = await openDeck(browser(), {
        query: `?lang=${locale}${query}`,
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
    },
  );
});
