/**
 * The offline file's fonts, moved out of its CSS into data blocks
 * (`<script type="font/woff2">`), which `src/theme/embedded-fonts.ts` registers before the
 * first layout. A font in a `data:` URL loads asynchronously: the first layout is then made
 * with system fonts (one font-config query per font size, through the sandbox) and made again
 * once the fonts arrive. Registered from bytes, the fonts are ready for the first layout, and
 * the CSS parser no longer reads 600 kB of base64.
 *
 * vite-plugin-singlefile has no option for this, so it is done here, on the one HTML file it
 * wrote, with the `@font-face` rules that `build/deck-fonts.ts` generated.
 */
import type { Plugin } from 'vite';
import { FONT_BLOCK_TYPE } from '../src/theme/embedded-fonts.ts';
import { appendToBody } from './append-to-body.ts';

/** One embedded face: the descriptors the runtime passes to `new FontFace`, and its bytes. */
export interface FontBlock {
  readonly family: string;
  readonly weight: string;
  readonly style: string;
  readonly base64: string;
}

const FONT_FACE_RULE = /@font-face\s*\{[^}]*\}/g;
const DATA_URL = /url\(\s*["']?data:font\/woff2;base64,([A-Za-z0-9+/=]+)["']?\s*\)/;

/** A descriptor's value in a `@font-face` rule, unquoted. */
function descriptor(rule: string, name: string): string | undefined {
  const match = new RegExp(`${name}\\s*:\\s*([^;}]+)`).exec(rule);
  return match?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * Moves every `@font-face` rule with a woff2 `data:` URL out of the document's CSS. Returns
 * the document without them and the faces they declared. Throws on a rule it cannot read,
 * so that no font is dropped silently.
 */
export function extractFontBlocks(html: string): { html: string; fonts: FontBlock[] } {
  const fonts: FontBlock[] = [];
  const rest = html.replace(FONT_FACE_RULE, (rule) => {
    const base64 = DATA_URL.exec(rule)?.[1];
    if (base64 === undefined) return rule;
    const family = descriptor(rule, 'font-family');
    if (family === undefined) throw new Error(`[font-blocks] @font-face without a family`);
    fonts.push({
      family,
      weight: descriptor(rule, 'font-weight') ?? '400',
      style: descriptor(rule, 'font-style') ?? 'normal',
      base64,
    });
    return '';
  });
  return { html: rest, fonts };
}

/** Escapes a value for a double-quoted attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The data blocks, one per face. */
export function fontBlocksHtml(fonts: readonly FontBlock[]): string {
  return fonts
    .map(
      (font) =>
        `<script type="${FONT_BLOCK_TYPE}" data-family="${attribute(font.family)}" ` +
        `data-weight="${attribute(font.weight)}" data-style="${attribute(font.style)}">` +
        `${font.base64}</script>`,
    )
    .join('\n');
}

/**
 * Vite plugin for the single-file build: after the file is inlined, its embedded fonts become
 * data blocks at the end of `<body>`. Must run after vite-plugin-singlefile and before the
 * Content-Security-Policy is written.
 */
export function fontBlocks(fileName: string): Plugin {
  return {
    name: 'deck-font-blocks',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const file = bundle[fileName];
        if (file?.type !== 'asset' || typeof file.source !== 'string') return;
        const { html, fonts } = extractFontBlocks(file.source);
        if (fonts.length === 0) this.error('[font-blocks] The file embeds no font.');
        file.source = appendToBody(html, fontBlocksHtml(fonts));
      },
    },
  };
}
