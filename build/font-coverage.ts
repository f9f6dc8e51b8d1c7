/**
 * Which characters a font can draw, read by harfbuzz (harfbuzzjs, the build of HarfBuzz that
 * subset-font already runs), and the build error that names what a locale's font lacks.
 * It replaced a hand-written cmap reader and agrees with it on every code point up to U+3FFFF
 * of all six fonts (checked once, on 2026-12-01).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { codePointLabel, codePointOf, codePoints } from './font-characters.ts';
import { DECK_FONT_SOURCES, type DeckFontSource } from './font-sources.ts';

/** The code points a font maps to a glyph. */
export type FontCoverage = ReadonlySet<number>;

/**
 * The code points the font's cmap maps to a glyph, as harfbuzz reads it (the same table
 * harfbuzz uses when it subsets). Throws on a file harfbuzz finds no character map in, such
 * as a compressed WOFF2, rather than reporting every character missing.
 */
export function fontCoverage(font: Uint8Array): FontCoverage {
  const covered = new Set(new hb.Face(new hb.Blob(font)).collectUnicodes());
  if (covered.size === 0) {
    throw new Error(
      '[deck-fonts] No character map found: not an uncompressed TrueType/OpenType font',
    );
  }
  return covered;
}

/** Reads a font file and its coverage. */
export async function readFontFile(
  ttf: string,
): Promise<{ readonly font: Buffer; readonly covered: FontCoverage }> {
  const font = await readFile(ttf);
  return { font, covered: fontCoverage(font) };
}

/** The characters of `chars` (code points, in order) that the font maps to no glyph. */
export function missingCharacters(covered: FontCoverage, chars: string): string[] {
  return codePoints(chars).filter((char) => !covered.has(codePointOf(char)));
}

/** One face whose characters the font lacks. */
export interface FaceGap {
  readonly source: DeckFontSource;
  readonly missing: readonly string[];
  /** Other deck families (same weight) that have some of them: where that text could go instead. */
  readonly elsewhere: readonly { readonly family: string; readonly chars: string }[];
}

/** Which other deck families have the missing characters; read only on the error path. */
async function findElsewhere(
  source: DeckFontSource,
  missing: readonly string[],
): Promise<FaceGap['elsewhere']> {
  const others = DECK_FONT_SOURCES.filter(
    (other) => other.weight === source.weight && other.family !== source.family,
  );
  const found = await Promise.all(
    others.map(async (other) => {
      const { covered } = await readFontFile(other.ttf);
      const lacking = new Set(missingCharacters(covered, missing.join('')));
      return { family: other.family, chars: missing.filter((char) => !lacking.has(char)).join('') };
    }),
  );
  return found.filter(({ chars }) => chars.length > 0);
}

/** What the face lacks of `chars`, with where else it could come from; undefined if nothing. */
export async function faceGap(
  source: DeckFontSource,
  covered: FontCoverage,
  chars: string,
): Promise<FaceGap | undefined> {
  const missing = missingCharacters(covered, chars);
  if (missing.length === 0) return undefined;
  return { source, missing, elsewhere: await findElsewhere(source, missing) };
}

/** The build error: per locale and face, each missing character with its code point. */
export function missingGlyphsMessage(gaps: readonly FaceGap[]): string {
  const lines = gaps.map(({ source, missing, elsewhere }) => {
    const chars = missing.map((char) => `"${char}" ${codePointLabel(char)}`).join(', ');
    const face = `${source.family} ${source.weight} (${path.basename(source.ttf)})`;
    const hints = elsewhere.map(({ family, chars: has }) => `${family} has "${has}"`);
    const hint = hints.length > 0 ? ` (${hints.join('; ')})` : '';
    return `  locale "${source.locale}" → ${face} lacks ${missing.length}: ${chars}${hint}`;
  });
  return [
    '[deck-fonts] Some locale text uses characters its font cannot show:',
    ...lines,
    'Change the text, or put that text in an element whose lang selects a font that has these' +
      " characters and add it to that locale's text.",
  ].join('\n');
}
