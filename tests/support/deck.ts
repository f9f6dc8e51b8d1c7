import { SLIDES } from '../../slides/index.ts';
import { formatFigures } from '../../src/i18n/format-figure.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import type { Slide } from '../../src/model/slide.ts';

/** The speaker notes of every slide in one locale, as the deck renders them. */
export function renderedNotes(locale: Locale): { slide: Slide; notes: string }[] {
  const t = createDeckI18n(locale).getFixedT(locale);
  return SLIDES.map((slide) => ({
    slide,
    notes: t(slide.notes, formatFigures(t, slide.figures)).replaceAll('\u00a0', ' '),
  }));
}
