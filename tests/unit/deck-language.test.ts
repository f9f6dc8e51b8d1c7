// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeckLanguage, type LanguageState } from '../../src/i18n/deck-language.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { persistLanguages } from '../../src/i18n/language-persistence.ts';
import { STORAGE_KEYS } from '../../src/i18n/storage.ts';

const i18n = createDeckI18n();
const ENGLISH: LanguageState = { audience: 'en', speaker: 'en', subtitles: null };

describe('the language store', () => {
  it('tells each listener the new and the previous languages, in subscription order', () => {
    const language = new DeckLanguage(i18n, ENGLISH);
    const heard: string[] = [];
    language.onChange((next, previous) =>
      heard.push(`first ${previous.audience}→${next.audience}`),
    );
    language.onChange((next) => heard.push(`second ${next.speaker}`));
    language.set({ audience: 'zh' });
    expect(heard).toEqual(['first en→zh', 'second zh']);
    expect(language.state).toEqual({ audience: 'zh', speaker: 'zh', subtitles: null });
  });

  it('stays quiet when a change changes nothing, and after unsubscribing or destroy', () => {
    const language = new DeckLanguage(i18n, ENGLISH);
    const listener = vi.fn();
    const stop = language.onChange(listener);
    language.set({ audience: 'en' });
    expect(listener).not.toHaveBeenCalled();
    stop();
    language.set({ audience: 'ja' });
    expect(listener).not.toHaveBeenCalled();
    language.onChange(listener);
    language.destroy();
    language.set({ audience: 'zh' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('translates each channel in its own language; subtitles switched off follow the slides', () => {
    const language = new DeckLanguage(i18n, { audience: 'ja', speaker: 'en', subtitles: null });
    const japaneseTitle = i18n.getFixedT('ja')('meta.title');
    expect(language.t('audience')('meta.title')).toBe(japaneseTitle);
    expect(language.t('speaker')('meta.title')).toBe(i18n.getFixedT('en')('meta.title'));
    expect(language.t('subtitle')('meta.title')).toBe(japaneseTitle);
    expect(japaneseTitle).not.toBe(i18n.getFixedT('en')('meta.title'));
  });
});

describe('remembering the languages', () => {
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('writes the URL and memory after a switch, not during it', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?minutes=20');
    const language = new DeckLanguage(i18n, ENGLISH);
    persistLanguages(language);
    language.set({ audience: 'zh', subtitles: 'en' });
    expect(window.location.search).toBe('?minutes=20');
    vi.runAllTimers();
    const query = new URLSearchParams(window.location.search);
    expect(query.get('lang')).toBe('zh');
    expect(query.get('sub')).toBe('en');
    expect(query.get('minutes')).toBe('20');
    expect(query.has('speaker')).toBe(false);
    expect(localStorage.getItem(STORAGE_KEYS.audience)).toBe('zh');
    expect(localStorage.getItem(STORAGE_KEYS.subtitles)).toBe('en');
  });

  it('writes a pending change when stopped, and nothing after', () => {
    vi.useFakeTimers();
    const language = new DeckLanguage(i18n, ENGLISH);
    const stop = persistLanguages(language);
    language.set({ audience: 'ja' });
    stop();
    expect(window.location.search).toBe('?lang=ja');
    language.set({ audience: 'zh' });
    vi.runAllTimers();
    expect(window.location.search).toBe('?lang=ja');
    expect(localStorage.getItem(STORAGE_KEYS.audience)).toBe('ja');
  });
});
