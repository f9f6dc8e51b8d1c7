import { describe, expect, it } from 'vitest';
import { parseDeckQuery } from '../../src/deck-query.ts';

describe('the deck’s query string', () => {
  it('opens reveal’s print view for ?print-pdf and ?view=print, as reveal does', () => {
    expect(parseDeckQuery('?print-pdf').view).toBe('print');
    expect(parseDeckQuery('?lang=ja&print-pdf&showNotes=separate-page').view).toBe('print');
    expect(parseDeckQuery('?view=print').view).toBe('print');
  });

  it('tells the scroll and reader views from the slides', () => {
    expect(parseDeckQuery('?view=scroll').view).toBe('scroll');
    expect(parseDeckQuery('?view=reader').view).toBe('reader');
    expect(parseDeckQuery('').view).toBe('slides');
    expect(parseDeckQuery('?view=poster').view).toBe('slides');
  });

  it('hands on the language and talk-length parameters as written', () => {
    const query = parseDeckQuery('?lang=zh-CN&sub=off&minutes=20&presenter');
    expect(query.languages).toEqual({ lang: 'zh-CN', speaker: null, sub: 'off' });
    expect(query.minutes).toBe('20');
    expect(query.speakerView).toBe(true);
    expect(parseDeckQuery('?lang=ja').speakerView).toBe(false);
  });
});
