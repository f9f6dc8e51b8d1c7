/**
 * Which font files the deck embeds: Noto Sans, Noto Sans SC and Noto Sans JP (SIL OFL 1.1) from
 * the @expo-google-fonts packages, a regular and a bold face per locale.
 */
import { createRequire } from 'node:module';
import { FONT_FAMILIES, type FontFamily } from '../src/theme/font-families.ts';

/** The deck's locales, each with its own font family. */
export const DECK_FONT_LOCALES = ['en', 'zh', 'ja'] as const;

/** A locale of the deck. */
export type DeckFontLocale = (typeof DECK_FONT_LOCALES)[number];

/** One embedded face: which family and weight it provides, for which locale, from which TTF. */
export interface DeckFontSource {
  readonly family: FontFamily;
  readonly weight: 400 | 700;
  readonly locale: DeckFontLocale;
  /** Absolute path of the source TrueType file. */
  readonly ttf: string;
}

const resolver = createRequire(import.meta.url);

/** Resolves through node_modules (not a fixed relative path), so hoisting does not matter. */
function expoFont(packageName: string, file: string): string {
  return resolver.resolve(`@expo-google-fonts/${packageName}/${file}`);
}

/** The six embedded faces: two weights of one family per locale. */
export const DECK_FONT_SOURCES = [
  {
    family: FONT_FAMILIES.en,
    weight: 400,
    locale: 'en',
    ttf: expoFont('noto-sans', '400Regular/NotoSans_400Regular.ttf'),
  },
  {
    family: FONT_FAMILIES.en,
    weight: 700,
    locale: 'en',
    ttf: expoFont('noto-sans', '700Bold/NotoSans_700Bold.ttf'),
  },
  {
    family: FONT_FAMILIES.zh,
    weight: 400,
    locale: 'zh',
    ttf: expoFont('noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'),
  },
  {
    family: FONT_FAMILIES.zh,
    weight: 700,
    locale: 'zh',
    ttf: expoFont('noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'),
  },
  {
    family: FONT_FAMILIES.ja,
    weight: 400,
    locale: 'ja',
    ttf: expoFont('noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf'),
  },
  {
    family: FONT_FAMILIES.ja,
    weight: 700,
    locale: 'ja',
    ttf: expoFont('noto-sans-jp', '700Bold/NotoSansJP_700Bold.ttf'),
  },
] as const satisfies readonly DeckFontSource[];

/** A locale's regular face: the one read to decide where its text's characters are drawn from. */
export function regularSource(locale: DeckFontLocale): DeckFontSource {
  const source = DECK_FONT_SOURCES.find((face) => face.locale === locale && face.weight === 400);
  if (source === undefined) throw new Error(`[deck-fonts] no regular face for ${locale}`);
  return source;
}
