import { describe, expect, it } from 'vitest';
import { changeLanguages, type LanguageState } from '../../src/i18n/deck-language.ts';
import { detectSubtitles } from '../../src/i18n/detect.ts';
import { nextSubtitles } from '../../src/i18n/languages.ts';

describe('choosing the starting subtitles', () => {
  it('takes the URL over the remembered choice, and is off by default', () => {
    expect(detectSubtitles({ url: 'ja', stored: 'en', audience: 'zh' })).toEqual({
      locale: 'ja',
      warning: null,
    });
    expect(detectSubtitles({ url: null, stored: 'en', audience: 'zh' }).locale).toBe('en');
    expect(detectSubtitles({ url: null, stored: null, audience: 'zh' }).locale).toBeNull();
    expect(detectSubtitles({ url: 'off', stored: 'en', audience: 'zh' }).locale).toBeNull();
  });

  it('accepts regional forms and any case: ?sub=zh-CN, ?sub=OFF', () => {
    expect(detectSubtitles({ url: 'zh-CN', stored: null, audience: 'en' }).locale).toBe('zh');
    expect(detectSubtitles({ url: 'OFF', stored: 'ja', audience: 'en' })).toEqual({
      locale: null,
      warning: null,
    });
  });

  it('turns subtitles off, silently, when they are in the slides’ language', () => {
    expect(detectSubtitles({ url: 'en', stored: null, audience: 'en' })).toEqual({
      locale: null,
      warning: null,
    });
    expect(detectSubtitles({ url: null, stored: 'ja', audience: 'ja' }).locale).toBeNull();
  });

  it.each(['xx', '', '<script>'])('turns subtitles off with a warning for ?sub=%s', (url) => {
    const detected = detectSubtitles({ url, stored: 'ja', audience: 'en' });
    expect(detected.locale).toBeNull();
    expect(detected.warning).toContain('?sub=');
  });

  it('ignores a corrupt remembered value', () => {
    expect(detectSubtitles({ url: null, stored: '{"broken', audience: 'en' })).toEqual({
      locale: null,
      warning: null,
    });
  });
});

describe('stepping through subtitles with the shortcut', () => {
  it('goes off, then each other language in menu order, then off again', () => {
    const steps: (string | null)[] = [];
    let current = nextSubtitles('zh', null);
    for (let i = 0; i < 3; i += 1) {
      steps.push(current);
      current = nextSubtitles('zh', current);
    }
    expect(steps).toEqual(['en', 'ja', null]);
  });
});

describe('changing languages', () => {
  const bilingual: LanguageState = { audience: 'zh', speaker: 'zh', subtitles: 'en' };

  it('keeps subtitles when the slides move to a third language', () => {
    expect(changeLanguages(bilingual, { audience: 'ja' })).toEqual({
      audience: 'ja',
      speaker: 'ja',
      subtitles: 'en',
    });
  });

  it('swaps slides and subtitles when the slides move to the subtitle language', () => {
    expect(changeLanguages(bilingual, { audience: 'en' })).toEqual({
      audience: 'en',
      speaker: 'en',
      subtitles: 'zh',
    });
  });

  it('turns subtitles off when asked for the slides’ language', () => {
    expect(changeLanguages(bilingual, { subtitles: 'zh' }).subtitles).toBeNull();
    expect(changeLanguages(bilingual, { subtitles: null }).subtitles).toBeNull();
  });

  it('leaves the notes language alone when only subtitles change', () => {
    const separateNotes: LanguageState = { audience: 'en', speaker: 'ja', subtitles: null };
    expect(changeLanguages(separateNotes, { subtitles: 'zh' })).toEqual({
      audience: 'en',
      speaker: 'ja',
      subtitles: 'zh',
    });
  });
});
