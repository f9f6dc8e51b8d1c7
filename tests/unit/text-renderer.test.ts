// @vitest-environment happy-dom
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DeckLanguage } from '../../src/i18n/deck-language.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import type { TextBinding, TextChannel } from '../../src/render/text-binding.ts';
import { TextRenderer, type SlideTexts } from '../../src/render/text-renderer.ts';

const i18n = createDeckI18n();
const title = (locale: Locale): string => i18n.getFixedT(locale)('meta.title');

/** A slide with its headline (slides' language), a subtitle and a note, in fresh elements. */
function slide(): SlideTexts & Record<TextChannel, HTMLElement> {
  const section = document.createElement('section');
  const make = (channel: TextChannel): [HTMLElement, TextBinding] => {
    const element = document.createElement('p');
    section.append(element);
    return [element, { element, channel, text: (t: TFunction) => t('meta.title') }];
  };
  const [audience, headline] = make('audience');
  const [subtitle, under] = make('subtitle');
  const [speaker, note] = make('speaker');
  return { section, bindings: [headline, under, note], audience, subtitle, speaker };
}

describe('the text renderer', () => {
  it('writes the first slide at start and the others only when asked', () => {
    const slides = [slide(), slide(), slide()];
    const language = new DeckLanguage(i18n, { audience: 'zh', speaker: 'zh', subtitles: null });
    const texts = new TextRenderer(language, slides);
    texts.renderNear((index) => index === 0);
    expect(slides[0]?.audience.textContent).toBe(title('zh'));
    expect(slides[0]?.section.lang).toBe('zh-Hans');
    expect(slides[1]?.audience.textContent).toBe('');
    texts.writeSlides([1]);
    expect(slides[1]?.audience.textContent).toBe(title('zh'));
    expect(slides[2]?.audience.textContent).toBe('');
  });

  it('sets the page language, title and subtitle room from the store', () => {
    const language = new DeckLanguage(i18n, { audience: 'ja', speaker: 'ja', subtitles: 'en' });
    new TextRenderer(language, [slide()]).render();
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe(title('ja'));
    expect(document.documentElement.dataset['subtitles']).toBe('en');
    language.set({ subtitles: null });
    expect(document.documentElement.dataset['subtitles']).toBeUndefined();
  });

  it('marks texts in another language than the slides’ with their own lang', () => {
    const only = slide();
    const language = new DeckLanguage(i18n, { audience: 'en', speaker: 'ja', subtitles: 'zh' });
    new TextRenderer(language, [only]).render();
    expect(only.subtitle.textContent).toBe(title('zh'));
    expect(only.subtitle.lang).toBe('zh-Hans');
    expect(only.speaker.textContent).toBe(title('ja'));
    expect(only.speaker.lang).toBe('ja');
    language.set({ subtitles: null, speaker: 'en' });
    expect(only.subtitle.textContent).toBe('');
    expect(only.speaker.hasAttribute('lang')).toBe(false);
  });

  it('on a switch writes the slides on screen at once and the others when asked', () => {
    const slides = [slide(), slide(), slide()];
    const language = new DeckLanguage(i18n, { audience: 'en', speaker: 'en', subtitles: null });
    const texts = new TextRenderer(language, slides);
    texts.render();
    texts.writeAtOnce((index) => index === 1);
    language.set({ audience: 'ja' });
    expect(slides.map((one) => one.audience.textContent)).toEqual([
      title('en'),
      title('ja'),
      title('en'),
    ]);
    expect([0, 1, 2].map((index) => texts.isWritten(index))).toEqual([false, true, false]);
    texts.writeSlides([0, 2]);
    expect(slides.map((one) => one.audience.textContent)).toEqual(slides.map(() => title('ja')));
  });

  it('writes nothing once destroyed', () => {
    const only = slide();
    const language = new DeckLanguage(i18n, { audience: 'en', speaker: 'en', subtitles: null });
    const texts = new TextRenderer(language, [only]);
    texts.render();
    texts.destroy();
    language.set({ audience: 'zh' });
    expect(only.audience.textContent).toBe(title('en'));
  });
});
