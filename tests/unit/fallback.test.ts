import { describe, expect, it } from 'vitest';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { missingTranslations } from '../../src/i18n/missing.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';

describe('a translation missing at run time', () => {
  it('shows the English text, never the raw key', () => {
    const resources = structuredClone(RESOURCES);
    resources.zh.deck.slides.greeting.headline = '';
    const t = createDeckI18n('zh', resources).getFixedT('zh');
    expect(t('slides.greeting.headline')).toBe(RESOURCES.en.deck.slides.greeting.headline);
    expect(t('slides.location.headline')).toBe(RESOURCES.zh.deck.slides.location.headline);
  });

  it('is reported by key so the deck can warn about it', () => {
    const greeting: Partial<typeof RESOURCES.zh.deck.slides.greeting> = {
      ...RESOURCES.zh.deck.slides.greeting,
    };
    delete greeting.headline;
    const broken = {
      ...RESOURCES,
      zh: { deck: { ...RESOURCES.zh.deck, slides: { ...RESOURCES.zh.deck.slides, greeting } } },
    };
    expect(missingTranslations('zh', broken)).toEqual(['slides.greeting.headline']);
    expect(missingTranslations('zh')).toEqual([]);
    expect(missingTranslations('ja')).toEqual([]);
  });
});
