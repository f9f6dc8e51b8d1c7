import { describe, expect, it } from 'vitest';
import { parseDeckQuery } from '../../src/deck-query.ts';
import { detectLanguage, usesStoredLanguages } from '../../src/i18n/detect.ts';
import { matchLocale, nextLocale } from '../../src/i18n/languages.ts';

describe('matching a language tag to a deck locale', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['ZH', 'zh'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
  ])('accepts %s as %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it.each(['', 'xx', 'fr-FR', '<script>alert(1)</script>', 'en'.repeat(40), null, 42, {}])(
    'rejects %s',
    (input) => {
      expect(matchLocale(input)).toBeNull();
    },
  );

  it('cycles through the locales in menu order', () => {
    expect([nextLocale('en'), nextLocale('zh'), nextLocale('ja')]).toEqual(['zh', 'ja', 'en']);
  });
});

describe('choosing the starting language', () => {
  it('prefers the URL, then the remembered choice, then the browser, then English', () => {
    expect(detectLanguage({ url: 'ja', stored: 'zh', browser: ['en'] })).toMatchObject({
      locale: 'ja',
      source: 'url',
    });
    expect(detectLanguage({ url: null, stored: 'zh', browser: ['ja'] })).toMatchObject({
      locale: 'zh',
      source: 'storage',
    });
    expect(detectLanguage({ url: null, stored: null, browser: ['fr', 'ja-JP'] })).toMatchObject({
      locale: 'ja',
      source: 'browser',
    });
    expect(detectLanguage({ url: null, stored: null, browser: ['fr'] })).toMatchObject({
      locale: 'en',
      source: 'default',
    });
  });

  it('falls back with one warning for an unknown URL value', () => {
    const result = detectLanguage({ url: 'xx', stored: null, browser: ['zh-CN'] });
    expect(result.locale).toBe('zh');
    expect(result.warning).toMatch(/Unknown \?lang="xx"/);
  });

  it('keeps markup in a bad value out of the warning’s meaning (quoted, shortened)', () => {
    const result = detectLanguage({
      url: '<img src=x onerror=alert(1)>',
      stored: null,
      browser: [],
    });
    expect(result.locale).toBe('en');
    expect(result.warning).toContain('"<img src=x onerror=alert(1)>"');
  });

  it('ignores a corrupt remembered value without a warning', () => {
    const result = detectLanguage({ url: null, stored: '{"broken', browser: ['ja'] });
    expect(result).toEqual({ locale: 'ja', source: 'browser', warning: null });
  });
});

describe('whether remembered languages apply', () => {
  it.each(['?lang=en', '?sub=off', '?speaker=ja', '?lang=xx'])(
    'not when the URL names a language (%s): the URL decides them all',
    (search) => {
      expect(usesStoredLanguages(parseDeckQuery(search).languages, false)).toBe(false);
    },
  );

  it('only when the URL names none', () => {
    expect(usesStoredLanguages(parseDeckQuery('?minutes=20').languages, false)).toBe(true);
  });

  it('never in the print view', () => {
    expect(usesStoredLanguages(parseDeckQuery('?print-pdf').languages, true)).toBe(false);
  });
});
