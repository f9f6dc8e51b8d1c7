/**
 * Characters as the font build counts them: code points (what a cmap maps), sorted and
 * de-duplicated, without the ones no glyph is drawn for.
 */

/** Every face keeps printable ASCII, so digits, Latin names and formatted numbers always render. */
const ASCII_PRINTABLE = String.fromCodePoint(
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
);

/** Characters no glyph is needed for: whitespace, controls, and invisible format characters. */
const UNDRAWN = /[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Whitespace and invisible characters a font may still map (e.g. U+3000, NBSP); never controls. */
const INVISIBLE = /^(?!\p{Cc})[\p{White_Space}\p{Default_Ignorable_Code_Point}]$/u;

/** The code point of a one-character string. */
export function codePointOf(char: string): number {
  return char.codePointAt(0) ?? 0;
}

/** Splits into code points, not graphemes: fonts map code points, so that is the unit to check. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** `U+4E2D`, the way font tools name code points. */
export function codePointLabel(char: string): string {
  return `U+${codePointOf(char).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Sorted by code point (not UTF-16 units, which misorders astral characters), de-duplicated. */
function sortedUnique(chars: Iterable<string>): string {
  return [...new Set(chars)].sort((a, b) => codePointOf(a) - codePointOf(b)).join('');
}

/**
 * The characters of `text` that need a glyph: sorted unique code points, without whitespace,
 * control and invisible format characters. Pure; the font checks and the cache key use it.
 */
export function usedCharacters(text: string): string {
  return sortedUnique(codePoints(text).filter((char) => !UNDRAWN.test(char)));
}

/** A face's characters: the ones that must be covered, and the full set handed to the subsetter. */
export interface FaceCharacters {
  readonly required: string;
  readonly subset: string;
}

/**
 * What a face built for `text` must hold: its drawn characters plus printable ASCII. Invisible
 * characters are only offered to the subsetter, which keeps them when the font has them.
 */
export function faceCharacters(text: string): FaceCharacters {
  const required = sortedUnique(ASCII_PRINTABLE + usedCharacters(text));
  const invisible = codePoints(text).filter((char) => INVISIBLE.test(char));
  return { required, subset: sortedUnique(required + invisible.join('')) };
}
