/**
 * Characters as the font build counts them: code points (what a cmap maps), sorted and
 * de-duplicated, without the ones no glyph is drawn for.
 */

/** Printable ASCII, from the space to the tilde. */
const ASCII_PRINTABLE = String.fromCodePoint(
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
);

/**
 * The ASCII a face keeps beyond its text: the Latin face every printable character, since the
 * other stacks fall back to it; a Chinese or Japanese face the space, letters and digits, so a
 * Latin name or number typed or formatted at run time is drawn in its own design. A symbol
 * such as `~` or `@` that its text never uses comes from the Latin face, which saves some
 * 15 kB of the offline file.
 */
export type AsciiKept = 'printable' | 'alphanumeric';

const ASCII_KEPT: Record<AsciiKept, string> = {
  printable: ASCII_PRINTABLE,
  alphanumeric: ASCII_PRINTABLE.replace(/[^ 0-9A-Za-z]/g, ''),
};

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
 * What a face built for `text` must hold: its drawn characters plus the ASCII it keeps.
 * Invisible characters are only offered to the subsetter, which keeps them when the font has
 * them.
 */
export function faceCharacters(text: string, ascii: AsciiKept = 'printable'): FaceCharacters {
  const required = sortedUnique(ASCII_KEPT[ascii] + usedCharacters(text));
  const invisible = codePoints(text).filter((char) => INVISIBLE.test(char));
  return { required, subset: sortedUnique(required + invisible.join('')) };
}
