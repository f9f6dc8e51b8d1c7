import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { flattenResource } from '../../src/i18n/missing.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { slideFigures } from '../../src/model/slide.ts';
import { renderedNotes } from '../support/deck.ts';

const english = flattenResource(RESOURCES.en.deck);
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{[^}]+\}\}/g)].map((m) => m[0]))].sort();

describe.each(LOCALES)('the %s resource', (locale) => {
  const resource = flattenResource(RESOURCES[locale].deck);

  it('has exactly the English keys', () => {
    expect([...resource.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty text', () => {
    expect([...resource].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders as English in every text', () => {
    const differing = [...english].filter(
      ([key, text]) => placeholders(resource.get(key) ?? '').join() !== placeholders(text).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('types no figure by hand: every number of the speech comes through a placeholder', () => {
    const figureValues = new Set(
      SLIDES.flatMap(slideFigures).flatMap((figure) => String(figure.value).split('-')),
    );
    const handTyped = [...resource].flatMap(([key, text]) => {
      const numbers = text.replace(/\{\{[^}]+\}\}/g, '').match(/\d+(?:[.,]\d+)*/g) ?? [];
      return numbers
        .filter((n) => n.length > 1 && figureValues.has(n.replaceAll(',', '')))
        .map((n) => `${key}: ${n}`);
    });
    expect(handTyped).toEqual([]);
  });
});

describe.each(['zh', 'ja'] as const)('the %s speaker notes', (locale) => {
  /** Latin words allowed in CJK text: names kept in Latin letters and units. */
  const ALLOWED_LATIN = new Set([
    'kita',
    'jica',
    'kics',
    'unep',
    'aqua',
    'yandao',
    'new',
    'japan',
    'chemical',
    'environmental',
    'consultancy',
    'co',
    'ltd',
    'mg',
    'm',
    'km',
    't',
    'rmb',
    'usd',
  ]);

  it('are translated: almost no English words outside names and units', () => {
    const words = renderedNotes(locale).flatMap(({ notes }) => notes.match(/[A-Za-z]+/g) ?? []);
    const stray = words.filter((word) => !ALLOWED_LATIN.has(word.toLowerCase()));
    const characters = renderedNotes(locale).reduce((sum, { notes }) => sum + notes.length, 0);
    const share = stray.join('').length / characters;
    console.info(`${locale}: stray Latin letters ${(share * 100).toFixed(2)}% of notes`, stray);
    expect(share).toBeLessThan(0.005);
  });

  it('use the language’s own punctuation, not ASCII commas and full stops between CJK', () => {
    const notes = renderedNotes(locale)
      .map(({ notes }) => notes)
      .join('\n');
    expect(notes).not.toMatch(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][,.]\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    );
  });
});
