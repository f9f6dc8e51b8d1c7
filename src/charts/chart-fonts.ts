import type { Locale } from '../i18n/languages.ts';
import { CHART_FONT_FAMILIES } from './chart-theme.ts';

/** The canvas fonts of a language's charts: regular and bold. */
function chartFonts(locale: Locale): string[] {
  const family = CHART_FONT_FAMILIES[locale];
  return [`20px ${family}`, `bold 20px ${family}`];
}

/** Whether a language's chart fonts are loaded, so its charts can be drawn at once. */
export function fontsLoaded(locale: Locale): boolean {
  return chartFonts(locale).every((font) => document.fonts.check(font));
}

/** Canvas text needs the embedded font loaded first, or it is drawn in a fallback face. */
export async function loadFontsOf(locale: Locale): Promise<void> {
  await Promise.allSettled(chartFonts(locale).map((font) => document.fonts.load(font)));
}
