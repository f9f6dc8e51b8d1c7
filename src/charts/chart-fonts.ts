import type { LanguageState } from '../i18n/deck-language.ts';
import type { Locale } from '../i18n/languages.ts';
import { CHART_FONT_FAMILIES } from './chart-theme.ts';

/** The languages charts are written in: the slides', and the subtitles' when on. */
export type ChartLanguages = Pick<LanguageState, 'audience' | 'subtitles'>;

/** The canvas fonts of these languages' charts: regular and bold. */
function chartFonts({ audience, subtitles }: ChartLanguages): string[] {
  return [audience, subtitles ?? audience].flatMap((locale: Locale) => {
    const family = CHART_FONT_FAMILIES[locale];
    return [`20px ${family}`, `bold 20px ${family}`];
  });
}

/** Whether these languages' chart fonts are loaded, so their charts can be drawn at once. */
export function fontsLoaded(languages: ChartLanguages): boolean {
  return chartFonts(languages).every((font) => document.fonts.check(font));
}

/** Canvas text needs the embedded fonts loaded first, or it is drawn in a fallback face. */
export async function loadFontsOf(languages: ChartLanguages): Promise<void> {
  await Promise.allSettled(chartFonts(languages).map((font) => document.fonts.load(font)));
}
