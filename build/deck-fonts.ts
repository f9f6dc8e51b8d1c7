/**
 * Deck fonts: Noto Sans, Noto Sans SC and Noto Sans JP, subset at build time to exactly the
 * characters the deck shows, served as the virtual module `virtual:deck-fonts.css`.
 *
 * How the fonts reach the page: the virtual id resolves to a real CSS file written next to the
 * subset woff2 files in `node_modules/.cache/deck-fonts/`, and its `url()`s are relative paths to
 * those files. So Vite's own CSS asset pipeline does the rest, with no mode-specific code:
 * - `vite` (dev) serves them as plain files under the project root;
 * - `vite build` emits them as hashed assets, rewritten relative to `base: './'`;
 * - vite-plugin-singlefile raises `assetsInlineLimit`, so the same `url()`s become data: URLs.
 * Emitting data: URLs ourselves would defeat caching in `dist/`; emitting assets ourselves would
 * need Vite internals in CSS. Subset results are cached by (font file identity, subsetter
 * identity, characters), so a rebuild with unchanged text only stats a few files.
 * The cache sits under `<root>/node_modules`, inside the dev server's `fs.allow` by default; a
 * node_modules that is itself a symlink out of the root would need that target allowed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { FONT_FALLBACKS, FONT_FAMILIES, type FontFamily } from '../src/theme/font-families.ts';

/** The deck's locales, each with its own font family. */
export const DECK_FONT_LOCALES = ['en', 'zh', 'ja'] as const;

/** A locale of the deck. */
export type DeckFontLocale = (typeof DECK_FONT_LOCALES)[number];

/** Options of {@link deckFonts}. */
export interface DeckFontsOptions {
  /**
   * All text the deck can show, per locale (all strings, formatted figures, UI labels).
   * Called at build start and on dev-server start.
   */
  readonly text: () => Readonly<Record<DeckFontLocale, string>>;
}

/** One embedded face: which family and weight it provides, for which locale, from which TTF. */
export interface DeckFontSource {
  readonly family: FontFamily;
  readonly weight: 400 | 700;
  readonly locale: DeckFontLocale;
  /** Absolute path of the source TrueType file. */
  readonly ttf: string;
}

/** The id the app imports. */
export const DECK_FONTS_MODULE_ID = 'virtual:deck-fonts.css';

/** Every face keeps printable ASCII, so digits, Latin names and formatted numbers always render. */
export const ASCII_PRINTABLE = String.fromCodePoint(
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
);

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

/** Characters no glyph is needed for: whitespace, controls, and invisible format characters. */
const UNDRAWN = /[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Whitespace and invisible characters a font may still map (e.g. U+3000, NBSP); never controls. */
const INVISIBLE = /^(?!\p{Cc})[\p{White_Space}\p{Default_Ignorable_Code_Point}]$/u;

/** Bump when the subsetting options or the output layout change, to invalidate the cache. */
const CACHE_FORMAT = 1;

/** Cache entries unused for this long are deleted, so editing the text does not grow it forever. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The code point of a one-character string. */
function codePointOf(char: string): number {
  return char.codePointAt(0) ?? 0;
}

/** Splits into code points, not graphemes: fonts map code points, so that is the unit to check. */
function codePoints(text: string): string[] {
  return Array.from(text);
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

/** `U+4E2D`, the way font tools name code points. */
function codePointLabel(char: string): string {
  return `U+${codePointOf(char).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A face's characters: the ones that must be covered, and the full set handed to the subsetter. */
interface FaceCharacters {
  readonly required: string;
  readonly subset: string;
}

/** Invisible characters are kept when the font has them (harfbuzz skips unmapped ones). */
function faceCharacters(text: string): FaceCharacters {
  const required = sortedUnique(ASCII_PRINTABLE + usedCharacters(text));
  const invisible = codePoints(text).filter((char) => INVISIBLE.test(char));
  return { required, subset: sortedUnique(required + invisible.join('')) };
}

// ---------------------------------------------------------------------------------------------
// Coverage: read the source font's cmap directly: no extra dependency, about 1 µs a character,
// and checked against harfbuzz's own cmap for every code point up to U+3FFFF of all six fonts.

/** The bytes of one sfnt table, or undefined when the font has none by that tag. */
function sfntTable(font: Buffer, tag: string): Buffer | undefined {
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i += 1) {
    const record = 12 + 16 * i;
    if (font.toString('latin1', record, record + 4) === tag) {
      const offset = font.readUInt32BE(record + 8);
      return font.subarray(offset, offset + font.readUInt32BE(record + 12));
    }
  }
  return undefined;
}

/** The best Unicode cmap subtable: format 12 (full Unicode) if present, else format 4 (BMP). */
function unicodeCmapSubtable(cmap: Buffer): Buffer | undefined {
  const subtables: Buffer[] = [];
  for (let i = 0; i < cmap.readUInt16BE(2); i += 1) {
    const record = 4 + 8 * i;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      subtables.push(cmap.subarray(cmap.readUInt32BE(record + 4)));
    }
  }
  const ofFormat = (format: number) => subtables.find((table) => table.readUInt16BE(0) === format);
  return ofFormat(12) ?? ofFormat(4);
}

/** Glyph id of a code point in a format 4 subtable (0 = none). */
function glyphInFormat4(table: Buffer, codePoint: number): number {
  if (codePoint > 0xffff) return 0;
  const segCount = table.readUInt16BE(6) / 2;
  for (let i = 0; i < segCount; i += 1) {
    if (codePoint > table.readUInt16BE(14 + 2 * i)) continue;
    const start = table.readUInt16BE(16 + 2 * segCount + 2 * i);
    if (codePoint < start) return 0;
    const delta = table.readInt16BE(16 + 4 * segCount + 2 * i);
    const rangeOffsetAt = 16 + 6 * segCount + 2 * i;
    const rangeOffset = table.readUInt16BE(rangeOffsetAt);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = table.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/** Glyph id of a code point in a format 12 subtable (0 = none), by binary search of groups. */
function glyphInFormat12(table: Buffer, codePoint: number): number {
  let low = 0;
  let high = table.readUInt32BE(12) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const group = 16 + 12 * middle;
    if (codePoint < table.readUInt32BE(group)) high = middle - 1;
    else if (codePoint > table.readUInt32BE(group + 4)) low = middle + 1;
    else return table.readUInt32BE(group + 8) + codePoint - table.readUInt32BE(group);
  }
  return 0;
}

/** TrueType, OpenType/CFF or Apple `true`: the uncompressed formats whose tables we can read. */
function isSfnt(font: Buffer): boolean {
  return ['\0\x01\0\0', 'OTTO', 'true'].includes(font.toString('latin1', 0, 4));
}

/** The characters of `chars` that the font's cmap maps to no glyph. */
export function missingCharacters(font: Buffer, chars: string): string[] {
  if (!isSfnt(font)) throw new Error('[deck-fonts] Not an uncompressed TrueType/OpenType font');
  const cmap = sfntTable(font, 'cmap');
  const table = cmap && unicodeCmapSubtable(cmap);
  if (!table) return codePoints(chars);
  const glyphOf = table.readUInt16BE(0) === 12 ? glyphInFormat12 : glyphInFormat4;
  return codePoints(chars).filter((char) => glyphOf(table, codePointOf(char)) === 0);
}

// ---------------------------------------------------------------------------------------------
// Cache and subsetting.

/** A face to produce: its source, characters, and where its woff2 lives in the cache. */
interface FaceJob {
  readonly source: DeckFontSource;
  readonly chars: FaceCharacters;
  readonly file: string;
}

/** One face whose characters the font lacks. */
export interface FaceGap {
  readonly source: DeckFontSource;
  readonly missing: readonly string[];
  /** Other deck families (same weight) that have some of them: where that text could go instead. */
  readonly elsewhere: readonly { readonly family: string; readonly chars: string }[];
}

/** What {@link prepareDeckFonts} produced. */
export interface PreparedDeckFonts {
  /** Absolute path of the generated CSS, which `virtual:deck-fonts.css` resolves to. */
  readonly cssFile: string;
  /** The woff2 file of each face, in {@link DECK_FONT_SOURCES} order. */
  readonly faces: readonly { readonly source: DeckFontSource; readonly file: string }[];
  /** How many faces came from the cache rather than being subset now. */
  readonly cached: number;
}

/** Like git's index: path, size, inode and ctime change whenever the file is reinstalled. */
async function fileIdentity(file: string): Promise<string> {
  const { size, ino, ctimeMs } = await stat(file);
  return `${file}:${size}:${ino}:${ctimeMs}`;
}

/** Short hex digest: enough to tell cache entries apart. */
function digest(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);
}

/** `Deck SC` → `deck-sc`, for readable asset names. */
function familySlug(family: string): string {
  return family.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Plans one face; its cache path changes with the font file, the subsetter or the characters. */
async function faceJob(
  source: DeckFontSource,
  text: string,
  cacheRoot: string,
  subsetter: string,
): Promise<FaceJob> {
  const chars = faceCharacters(text);
  const key = digest(String(CACHE_FORMAT), subsetter, await fileIdentity(source.ttf), chars.subset);
  const name = `${familySlug(source.family)}-${source.weight}.woff2`;
  return { source, chars, file: path.join(cacheRoot, 'fonts', key, name) };
}

/** True if the file exists; also marks it used, so pruning keeps it. */
async function touchIfPresent(file: string): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(file, now, now);
    await utimes(path.dirname(file), now, now);
    return true;
  } catch {
    return false;
  }
}

/** Write-then-rename, so a concurrent build or dev server never reads half a file. */
async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
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
      const lacking = new Set(missingCharacters(await readFile(other.ttf), missing.join('')));
      return { family: other.family, chars: missing.filter((char) => !lacking.has(char)).join('') };
    }),
  );
  return found.filter(({ chars }) => chars.length > 0);
}

/** Reads the source font and lists what it lacks, before any slow subsetting starts. */
async function checkCoverage(
  job: FaceJob,
): Promise<{ readonly font: Buffer; readonly gap?: FaceGap }> {
  const font = await readFile(job.source.ttf);
  const missing = missingCharacters(font, job.chars.required);
  if (missing.length === 0) return { font };
  return {
    font,
    gap: { source: job.source, missing, elsewhere: await findElsewhere(job.source, missing) },
  };
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

/** The @font-face rules, with url()s relative to the CSS file so Vite treats them as assets. */
function fontFaceCss(
  faces: readonly { readonly source: DeckFontSource; readonly file: string }[],
  cssDir: string,
): string {
  const rules = faces.map(({ source, file }) => {
    const url = `./${path.relative(cssDir, file).split(path.sep).join('/')}`;
    return [
      '@font-face {',
      `  font-family: '${source.family}';`,
      `  src: url('${url}') format('woff2');`,
      `  font-weight: ${source.weight};`,
      '  font-style: normal;',
      '  font-display: block;',
      '}',
    ].join('\n');
  });
  const header = '/* Generated by build/deck-fonts.ts: Noto Sans, SC, JP (SIL OFL 1.1), subset. */';
  return `${header}\n${rules.join('\n')}\n`;
}

/** Deletes cache entries (font folders, CSS files) unused for {@link CACHE_MAX_AGE_MS}. */
async function pruneCache(cacheRoot: string): Promise<void> {
  const cutoff = Date.now() - CACHE_MAX_AGE_MS;
  const entries = [
    ...(await readdir(path.join(cacheRoot, 'fonts')).catch(() => [])).map((name) =>
      path.join(cacheRoot, 'fonts', name),
    ),
    ...(await readdir(cacheRoot))
      .filter((n) => n.endsWith('.css'))
      .map((n) => path.join(cacheRoot, n)),
  ];
  for (const entry of entries) {
    const { mtimeMs } = await stat(entry);
    if (mtimeMs < cutoff) await rm(entry, { recursive: true, force: true });
  }
}

/** The family each locale's font stack falls back to (see `FONT_FALLBACKS`). */
export const DECK_FONT_FALLBACKS = FONT_FALLBACKS;

/** The regular face of a locale, read to see which characters it covers. */
async function regularFace(locale: DeckFontLocale): Promise<Buffer> {
  const source = DECK_FONT_SOURCES.find((face) => face.locale === locale && face.weight === 400);
  if (source === undefined) throw new Error(`[deck-fonts] no regular face for ${locale}`);
  return readFile(source.ttf);
}

/**
 * Moves each character a locale's font lacks, but its fallback family has, into the fallback's
 * text: that is where the browser will draw it from. What neither has stays, and fails the check.
 */
export async function routeToFallbacks(
  texts: Readonly<Record<DeckFontLocale, string>>,
): Promise<Record<DeckFontLocale, string>> {
  const routed: Record<DeckFontLocale, string> = { ...texts };
  for (const locale of DECK_FONT_LOCALES) {
    const fallback = DECK_FONT_FALLBACKS[locale];
    const lacking = missingCharacters(await regularFace(locale), usedCharacters(texts[locale]));
    if (lacking.length === 0) continue;
    const inFallback = new Set(lacking);
    for (const char of missingCharacters(await regularFace(fallback), lacking.join(''))) {
      inFallback.delete(char);
    }
    routed[locale] = codePoints(routed[locale])
      .filter((char) => !inFallback.has(char))
      .join('');
    routed[fallback] += [...inFallback].join('');
  }
  return routed;
}

/**
 * Subsets every face to its locale's text (or takes it from the cache) and writes the CSS.
 * Throws with {@link missingGlyphsMessage} if a locale uses a character its font lacks.
 * What the plugin runs at build start; exported for benchmarks and tests.
 */
export async function prepareDeckFonts(
  texts: Readonly<Record<DeckFontLocale, string>>,
  cacheRoot: string,
): Promise<PreparedDeckFonts> {
  const subsetter = await fileIdentity(resolver.resolve('subset-font'));
  const routed = await routeToFallbacks(texts);
  const jobs = await Promise.all(
    DECK_FONT_SOURCES.map((source) => faceJob(source, routed[source.locale], cacheRoot, subsetter)),
  );
  const present = await Promise.all(jobs.map((job) => touchIfPresent(job.file)));
  const toBuild = jobs.filter((_, i) => present[i] !== true);
  const checked = await Promise.all(toBuild.map(checkCoverage));
  const gaps = checked.flatMap(({ gap }) => (gap ? [gap] : []));
  if (gaps.length > 0) throw new Error(missingGlyphsMessage(gaps));
  await Promise.all(
    toBuild.map(async (job, i) => {
      const font = checked[i]?.font;
      if (!font) return;
      const woff2 = await subsetFont(font, job.chars.subset, { targetFormat: 'woff2' });
      await writeAtomically(job.file, woff2);
    }),
  );
  const css = fontFaceCss(jobs, cacheRoot);
  const cssFile = path.join(cacheRoot, `deck-fonts.${digest(css)}.css`);
  if (!(await touchIfPresent(cssFile))) await writeAtomically(cssFile, css);
  // Best effort: a concurrent build may be pruning too, and a stale entry costs only disk space.
  await pruneCache(cacheRoot).catch(() => undefined);
  return { cssFile, faces: jobs, cached: jobs.length - toBuild.length };
}

/**
 * Vite plugin: serves `virtual:deck-fonts.css` with 'Deck Sans' (en), 'Deck SC' (zh) and
 * 'Deck JP' (ja), weights 400 and 700, each subset to its locale's text plus printable ASCII.
 * Fails the build, naming locale, face and code points, if a locale's font lacks a character.
 */
export function deckFonts(options: DeckFontsOptions): Plugin {
  let cacheRoot = path.resolve('node_modules', '.cache', 'deck-fonts');
  let current: Promise<PreparedDeckFonts> | undefined;
  let log: (message: string) => void = () => undefined;

  /** Asks for the text now and prepares the fonts; cheap when the cache already has them. */
  const prepare = async (): Promise<PreparedDeckFonts> => {
    const started = performance.now();
    const prepared = await prepareDeckFonts(options.text(), cacheRoot);
    const ms = Math.round(performance.now() - started);
    log(`[deck-fonts] ${prepared.faces.length} faces (${prepared.cached} cached) in ${ms} ms`);
    return prepared;
  };

  return {
    name: 'deck-fonts',
    configResolved(config) {
      cacheRoot = path.join(config.root, 'node_modules', '.cache', 'deck-fonts');
      log = (message) => {
        config.logger.info(message, { timestamp: true });
      };
    },
    async buildStart() {
      current = prepare();
      try {
        await current;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    resolveId: {
      // Lets Vite/Rolldown skip calling into JS for every other id.
      filter: { id: /^virtual:deck-fonts\.css$/ },
      async handler(id) {
        if (id !== DECK_FONTS_MODULE_ID) return null;
        try {
          return (await (current ??= prepare())).cssFile;
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
