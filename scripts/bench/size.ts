/**
 * What the offline file is made of: scripts, styles, fonts and locales, raw and gzipped; and
 * how the embedded fonts compare with a subset to exactly the characters the deck uses.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { usedCharacters } from '../../build/font-characters.ts';
import { routeToFallbacks } from '../../build/font-fallbacks.ts';
import { DECK_FONT_SOURCES } from '../../build/font-sources.ts';
import { deckText } from '../../src/i18n/deck-text.ts';
import { FONT_BLOCK_TYPE } from '../../src/theme/embedded-fonts.ts';

/** A size in bytes, raw and gzipped. */
export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

/** The parts of a single-file deck. */
export interface FileParts {
  readonly total: Size;
  /** Inline scripts, translations included (the fonts' data blocks are not scripts). */
  readonly js: Size;
  /** Inline styles without the embedded fonts. */
  readonly css: Size;
  /** The embedded fonts as they sit in the file (base64 data blocks or data: URLs). */
  readonly fonts: Size;
  /** Binary size of the embedded fonts (what the font files weigh). */
  readonly fontBytes: number;
  /** The rest: markup, attributes, the policy. */
  readonly html: Size;
}

/** Raw and gzip (zlib default level, like Vite's report) size of a text. */
export function sizeOf(text: string): Size {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The attributes and contents of every `<tag>…</tag>` of an HTML document. */
function elements(html: string, tag: 'script' | 'style'): { attributes: string; text: string }[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({
    attributes: match[1] ?? '',
    text: match[2] ?? '',
  }));
}

/** A font's data block (`build/font-blocks.ts`): base64 woff2 in a script the browser never runs. */
const FONT_BLOCK = new RegExp(
  `\\btype\\s*=\\s*["']?${FONT_BLOCK_TYPE.replace('/', '\\/')}\\b`,
  'i',
);

/** Every `url(data:font/…)` payload in a stylesheet. */
const FONT_DATA_URL = /data:(?:font\/[\w-]+|application\/font-[\w-]+);base64,[A-Za-z0-9+/=]+/g;

/** Splits a single-file deck into its parts. */
export function fileParts(html: string): FileParts {
  const scriptElements = elements(html, 'script');
  const scripts = scriptElements.filter((script) => !FONT_BLOCK.test(script.attributes));
  const fontBlocks = scriptElements.filter((script) => FONT_BLOCK.test(script.attributes));
  const styles = elements(html, 'style')
    .map((style) => style.text)
    .join('\n');
  const fontPayloads = [
    ...fontBlocks.map((block) => block.text.trim()),
    ...(styles.match(FONT_DATA_URL) ?? []).map((url) => url.slice(url.indexOf(',') + 1)),
  ];
  const fontBytes = fontPayloads.reduce(
    (sum, base64) => sum + Buffer.from(base64, 'base64').length,
    0,
  );
  const rest = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  return {
    total: sizeOf(html),
    js: sizeOf(scripts.map((script) => script.text).join('\n')),
    css: sizeOf(styles.replace(FONT_DATA_URL, '')),
    fonts: sizeOf(fontPayloads.join('\n')),
    fontBytes,
    html: sizeOf(rest),
  };
}

/** The locales' share: the same file built with and without them. */
export function localeSize(withLocales: string, withoutLocales: string): Size {
  const full = sizeOf(withLocales);
  const empty = sizeOf(withoutLocales);
  return { raw: full.raw - empty.raw, gzip: full.gzip - empty.gzip };
}

/**
 * The woff2 bytes of the six faces subset to exactly the characters each draws (after the
 * same fallback routing as the build), without the ASCII the build adds to each
 * face: the smallest the embedded fonts could be.
 */
export async function exactSubsetBytes(): Promise<number> {
  const routed = await routeToFallbacks(deckText());
  const sizes = await Promise.all(
    DECK_FONT_SOURCES.map(async (source) => {
      const font = await readFile(source.ttf);
      const chars = usedCharacters(routed[source.locale]);
      return (await subsetFont(font, chars, { targetFormat: 'woff2' })).length;
    }),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
