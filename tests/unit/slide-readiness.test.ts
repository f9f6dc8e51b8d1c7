// @vitest-environment happy-dom
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DeckLanguage } from '../../src/i18n/deck-language.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { SlideReadiness, type IdleScheduler } from '../../src/render/slide-readiness.ts';
import { TextRenderer, type SlideTexts } from '../../src/render/text-renderer.ts';

const i18n = createDeckI18n();
const title = i18n.getFixedT('ja')('meta.title');

/** A slide whose section holds one headline bound to the deck's title. */
function slide(): SlideTexts & { readonly headline: HTMLElement } {
  const section = document.createElement('section');
  const headline = document.createElement('h2');
  section.append(headline);
  document.body.append(section);
  return {
    section,
    headline,
    bindings: [{ element: headline, channel: 'audience', text: (t: TFunction) => t('meta.title') }],
  };
}

/** Idle moments the test runs one at a time. */
function handRunIdle(): IdleScheduler & { runOne: () => boolean; ended: () => boolean } {
  const queue: (() => void)[] = [];
  let ended = false;
  return {
    whenIdle: (work) => {
      if (!ended) queue.push(work);
    },
    whenIdleAfterFrame: (work) => {
      if (!ended) queue.push(work);
    },
    end: () => {
      ended = true;
      queue.length = 0;
    },
    runOne: () => {
      const work = queue.shift();
      work?.();
      return work !== undefined;
    },
    ended: () => ended,
  };
}

/** A deck of `count` slides in Japanese, only `first` written. */
function deck(count: number, first: number) {
  const slides = Array.from({ length: count }, slide);
  const language = new DeckLanguage(i18n, { audience: 'ja', speaker: 'ja', subtitles: null });
  const texts = new TextRenderer(language, slides);
  texts.renderNear((index) => index === first);
  const idle = handRunIdle();
  const readiness = new SlideReadiness(texts, language, idle);
  const readied: number[] = [];
  readiness.onReady((index) => readied.push(index));
  return { slides, language, texts, idle, readiness, readied };
}

describe('slide readiness', () => {
  it('starts with the first slide ready and the others not written', () => {
    const { slides, readiness } = deck(4, 1);
    expect([0, 1, 2, 3].map((index) => readiness.isReady(index))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(slides[2]?.headline.textContent).toBe('');
  });

  it('makes a slide ready at once when reveal is about to show it, and says so', () => {
    const { slides, readiness, readied } = deck(4, 0);
    readiness.prepare([2]);
    expect(slides[2]?.headline.textContent).toBe(title);
    expect(readied).toEqual([2]);
    readiness.prepare([2]);
    expect(readied).toEqual([2]);
  });

  it('in idle moments readies the slides nearest the presenter first, each before its work', () => {
    const { readiness, idle } = deck(5, 2);
    const order: string[] = [];
    readiness.onReady((index) => order.push(`slide ${index}`));
    readiness.whenIdle(() => order.push('fonts'));
    readiness.whenIdle(() => order.push('chart on 3'), 3);
    readiness.start(() => 2);
    while (idle.runOne());
    expect(order).toEqual(['slide 1', 'slide 3', 'chart on 3', 'slide 0', 'slide 4', 'fonts']);
    expect([0, 1, 2, 3, 4].every((index) => readiness.isReady(index))).toBe(true);
  });

  it('after a language switch readies again the slides the switch did not write', () => {
    const { slides, language, texts, readiness, readied, idle } = deck(3, 0);
    readiness.start(() => 0);
    while (idle.runOne());
    texts.writeAtOnce((index) => index === 0);
    readied.length = 0;
    language.set({ audience: 'en' });
    expect(readiness.isReady(1)).toBe(false);
    while (idle.runOne());
    expect(readied).toEqual([1, 2]);
    expect(slides.map((one) => one.headline.textContent)).toEqual(
      slides.map(() => i18n.getFixedT('en')('meta.title')),
    );
  });

  it('does no idle work once destroyed', () => {
    const { readiness, readied, idle } = deck(3, 0);
    readiness.start(() => 0);
    readiness.destroy();
    expect(idle.ended()).toBe(true);
    expect(idle.runOne()).toBe(false);
    expect(readied).toEqual([]);
  });
});
