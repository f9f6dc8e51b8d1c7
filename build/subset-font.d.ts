/** Minimal types for subset-font 2.9 (the package ships none): only what build/ uses. */
declare module 'subset-font' {
  /** Options of subset-font; see its README. */
  export interface SubsetFontOptions {
    /** Output format; defaults to the input's format. */
    readonly targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** OpenType feature tags to keep; default: all (`--layout-features=*`). */
    readonly keepFeatures?: readonly string[];
    /** Name table ids to keep beyond harfbuzz's defaults. */
    readonly preserveNameIds?: readonly number[];
    /** Skip the GSUB/GPOS glyph closure. */
    readonly noLayoutClosure?: boolean;
    /** Drop hinting instructions. */
    readonly noHinting?: boolean;
  }

  /** Subsets `font` (TTF/WOFF/WOFF2) to the code points of `text`; runs one job at a time. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
