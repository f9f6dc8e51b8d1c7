import type { Locale } from '../i18n/languages.ts';

/**
 * The embedded family that draws each language's text: one source for the font build
 * (`build/deck-fonts.ts`), the embedded faces (`embedded-fonts.ts`), the chart theme and
 * `theme.css`, whose stacks a unit test checks against `fontStack`.
 */
export const FONT_FAMILIES = {
  en: 'Deck Sans',
  zh: 'Deck SC',
  ja: 'Deck JP',
} as const satisfies Record<Locale, string>;

/** One of the embedded families. */
export type FontFamily = (typeof FONT_FAMILIES)[Locale];

/**
 * The language whose family each language's stack falls back to, for the few characters its
 * own lacks: the Chinese-written name 鹤田晓 in English text (from Deck SC), CO₂'s subscript
 * in Chinese and Japanese (from Deck Sans). The font build puts those characters there.
 */
export const FONT_FALLBACKS = { en: 'zh', zh: 'en', ja: 'en' } as const satisfies Record<
  Locale,
  Locale
>;

/** A language's CSS font stack: its family, its fallback's, then the system's sans-serif. */
export function fontStack(locale: Locale): string {
  return `"${FONT_FAMILIES[locale]}", "${FONT_FAMILIES[FONT_FALLBACKS[locale]]}", sans-serif`;
}
