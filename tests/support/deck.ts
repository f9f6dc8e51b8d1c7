import { SLIDES } from '../../slides/index.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import type { Slide } from '../../src/model/slide.ts';
import { notesText } from '../../src/render/notes.ts';

/** The speaker notes of every slide in one locale, as the deck renders them. */
export function renderedNotes(locale: Locale): { slide: Slide; notes: string }[] {
  const t = createDeckI18n(locale).getFixedT(locale);
  return SLIDES.map((slide) => ({
    slide,
    notes: notesText(t, slide).replaceAll('\u00a0', ' '),
  }));
}
