import { SLIDES } from '../../slides/index.ts';
import { slideFigures } from '../model/slide.ts';
import { HELP_KEYS_TEXT } from '../presenter/reveal-texts.ts';
import { notesReadings } from '../render/notes.ts';
import { formatFigure } from './format-figure.ts';
import { createDeckI18n } from './i18n.ts';
import { LOCALES, NATIVE_NAMES, type Locale } from './languages.ts';
import { flattenResource } from './missing.ts';
import { RESOURCES } from './resources.ts';

/** Characters the chart factory adds around translated text (stage numbers, year spans). */
const CHART_PUNCTUATION = '·–';

/**
 * Every piece of text the deck can show in each locale: its translations, every figure as
 * that locale writes it on a slide and says it in the notes, the readings over names in its
 * notes, its own name in the language menu, and the keys its help lists. The font subsetter keeps exactly these
 * characters. `omit` leaves out whole top-level groups of keys, for a build that never shows
 * them (the offline file has no follow-along).
 */
export function deckText(omit: readonly string[] = []): Record<Locale, string> {
  const i18n = createDeckI18n();
  const figures = SLIDES.flatMap(slideFigures);
  const text = (locale: Locale): string => {
    const t = i18n.getFixedT(locale);
    return [
      ...[...flattenResource(RESOURCES[locale].deck)]
        .filter(([key]) => !omit.includes(key.split('.')[0] ?? ''))
        .map(([, value]) => value),
      ...figures.map((figure) => formatFigure(t, figure)),
      ...figures.map((figure) => formatFigure(t, figure, 'spoken')),
      ...notesReadings(locale).map(({ reading }) => reading),
      NATIVE_NAMES[locale],
      CHART_PUNCTUATION,
      HELP_KEYS_TEXT,
    ].join('\n');
  };
  return Object.fromEntries(LOCALES.map((locale) => [locale, text(locale)])) as Record<
    Locale,
    string
  >;
}
