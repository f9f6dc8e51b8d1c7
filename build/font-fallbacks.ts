/**
 * Fallback routing: a character a locale's family lacks is drawn by the browser from the next
 * family of that locale's CSS stack (`FONT_FALLBACKS`), so the build subsets it into that face.
 */
import { FONT_FALLBACKS } from '../src/theme/font-families.ts';
import { codePoints, usedCharacters } from './font-characters.ts';
import { missingCharacters, readFontFile, type FontCoverage } from './font-coverage.ts';
import { DECK_FONT_LOCALES, regularSource, type DeckFontLocale } from './font-sources.ts';

/** The coverage of each locale's regular face, each font read once. */
async function regularCoverage(): Promise<Record<DeckFontLocale, FontCoverage>> {
  const covered = async (locale: DeckFontLocale) =>
    (await readFontFile(regularSource(locale).ttf)).covered;
  const [en, zh, ja] = await Promise.all([covered('en'), covered('zh'), covered('ja')]);
  return { en, zh, ja };
}

/**
 * Moves each character a locale's font lacks, but its fallback family has, into the fallback's
 * text: that is where the browser will draw it from. What neither has stays, and fails the check.
 */
export async function routeToFallbacks(
  texts: Readonly<Record<DeckFontLocale, string>>,
): Promise<Record<DeckFontLocale, string>> {
  const covers = await regularCoverage();
  const routed: Record<DeckFontLocale, string> = { ...texts };
  for (const locale of DECK_FONT_LOCALES) {
    const fallback = FONT_FALLBACKS[locale];
    const lacking = missingCharacters(covers[locale], usedCharacters(texts[locale]));
    if (lacking.length === 0) continue;
    const inFallback = new Set(lacking);
    for (const char of missingCharacters(covers[fallback], lacking.join(''))) {
      inFallback.delete(char);
    }
    routed[locale] = codePoints(routed[locale])
      .filter((char) => !inFallback.has(char))
      .join('');
    routed[fallback] += [...inFallback].join('');
  }
  return routed;
}
