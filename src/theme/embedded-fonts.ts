import type { Locale } from '../i18n/languages.ts';
import { decodeBase64 } from '../base64.ts';
import { FONT_FAMILIES } from './font-families.ts';

/**
 * Registers the fonts the offline file carries as data blocks (`<script type="font/woff2">`,
 * written by `build/font-blocks.ts`), so that the first layout already has them. Built from
 * bytes, a face is ready at once, with no request and no wait; but decoding a CJK face takes
 * a few milliseconds, so start-up registers only the faces of the languages on screen and
 * the rest later. The web build and the dev server declare the same fonts in CSS instead,
 * and have no such block.
 */
/** The data blocks' `type`: not JavaScript, so the browser never runs them. */
export const FONT_BLOCK_TYPE = 'font/woff2';

const FONT_BLOCKS = `script[type="${FONT_BLOCK_TYPE}"][data-family]`;

/** The families these languages' texts need: their own, and the Latin one every text uses. */
export function familiesFor(locales: Iterable<Locale | null>): string[] {
  const families = new Set<string>([FONT_FAMILIES.en]);
  for (const locale of locales) if (locale !== null) families.add(FONT_FAMILIES[locale]);
  return [...families];
}

/**
 * Adds the embedded faces of `families` (every face when omitted) to `document.fonts`, each
 * once: its block is dropped, as its text is no longer needed.
 */
export function registerEmbeddedFonts(families?: readonly string[]): void {
  for (const block of document.querySelectorAll<HTMLScriptElement>(FONT_BLOCKS)) {
    const { family = '', weight = '400', style = 'normal' } = block.dataset;
    if (families !== undefined && !families.includes(family)) continue;
    try {
      const face = new FontFace(family, decodeBase64(block.text), { weight, style });
      document.fonts.add(face);
    } catch (error) {
      console.warn(`[deck] The embedded font ${family} ${weight} could not be read.`, error);
    }
    block.remove();
  }
}
