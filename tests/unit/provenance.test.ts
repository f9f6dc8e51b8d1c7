import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import type { Figure } from '../../src/model/figure.ts';
import { chartFigures, slideFigures } from '../../src/model/slide.ts';
import { speechSentences } from '../support/speech.ts';

/** Number words the speech uses instead of digits. */
const NUMBER_WORDS: Readonly<Record<number, string>> = { 1: 'one', 3: 'three', 9: 'nine' };

/** The ways the speech can write a figure's value. */
function writtenForms(figure: Figure): string[] {
  const { value } = figure;
  if (typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    const monthName = new Date(Date.UTC(2000, (month ?? 1) - 1, 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    return [`${day === 1 ? '1st' : String(day)} ${monthName}, ${year}`];
  }
  const forms = [String(value)];
  if (figure.format === 'decade') forms.push(`${value}'s`);
  for (const [scale, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (value >= scale) forms.push(`${value / scale} ${word}`);
  }
  const word = NUMBER_WORDS[value];
  if (word !== undefined) forms.push(word);
  return forms;
}

describe('every figure on a slide', () => {
  const sentences = new Set(speechSentences());
  const figures = SLIDES.flatMap((slide) =>
    slideFigures(slide).map((figure) => ({ slide: slide.id, figure })),
  );

  it('exists (the deck shows figures at all)', () => {
    expect(figures.length).toBeGreaterThan(20);
  });

  it.each(figures.map(({ slide, figure }) => [slide, figure.value, figure] as const))(
    '%s: %s comes from a sentence of the speech that states it',
    (_slide, _value, figure) => {
      expect(sentences.has(figure.source)).toBe(true);
      const sentence = figure.source.replace(/(\d)([A-Za-z])/g, '$1 $2');
      const forms = writtenForms(figure);
      expect(forms.some((form) => sentence.includes(form) || figure.source.includes(form))).toBe(
        true,
      );
    },
  );

  it('includes every charted datum', () => {
    for (const slide of SLIDES) {
      if (slide.kind !== 'chart') continue;
      for (const figure of chartFigures(slide.chart)) {
        expect(slideFigures(slide)).toContain(figure);
      }
    }
  });

  it('names only items the speech names, for grouped charts', () => {
    for (const slide of SLIDES) {
      if (slide.kind !== 'chart' || slide.chart.kind !== 'groups') continue;
      expect(sentences.has(slide.chart.source)).toBe(true);
    }
  });
});
