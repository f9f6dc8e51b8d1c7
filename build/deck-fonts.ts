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
 *
 * The parts: `font-sources.ts` (which files), `font-characters.ts` (which characters),
 * `font-fallbacks.ts` (which family draws them), `font-coverage.ts` (does the font have them),
 * `font-cache.ts` (the cache on disk) and `font-face-css.ts` (the CSS).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import {
  CACHE_FORMAT,
  digest,
  fileIdentity,
  pruneCache,
  touchIfPresent,
  writeAtomically,
} from './font-cache.ts';
import { faceCharacters, type FaceCharacters } from './font-characters.ts';
import { faceGap, missingGlyphsMessage, readFontFile, type FaceGap } from './font-coverage.ts';
import { fontFaceCss, type SubsetFace } from './font-face-css.ts';
import { routeToFallbacks } from './font-fallbacks.ts';
import { DECK_FONT_SOURCES, type DeckFontLocale, type DeckFontSource } from './font-sources.ts';

/** Options of {@link deckFonts}. */
export interface DeckFontsOptions {
  /**
   * All text the deck can show, per locale (all strings, formatted figures, UI labels).
   * Called at build start and on dev-server start.
   */
  readonly text: () => Readonly<Record<DeckFontLocale, string>>;
}

/** The id the app imports. */
const DECK_FONTS_MODULE_ID = 'virtual:deck-fonts.css';

/** A face to produce: its source, characters, and where its woff2 lives in the cache. */
interface FaceJob extends SubsetFace {
  readonly chars: FaceCharacters;
}

/** What {@link prepareDeckFonts} produced. */
export interface PreparedDeckFonts {
  /** Absolute path of the generated CSS, which `virtual:deck-fonts.css` resolves to. */
  readonly cssFile: string;
  /** The woff2 file of each face, in {@link DECK_FONT_SOURCES} order. */
  readonly faces: readonly SubsetFace[];
  /** How many faces came from the cache rather than being subset now. */
  readonly cached: number;
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
  // The Latin face is the others' fallback: it keeps every printable ASCII character.
  const chars = faceCharacters(text, source.locale === 'en' ? 'printable' : 'alphanumeric');
  const key = digest(String(CACHE_FORMAT), subsetter, await fileIdentity(source.ttf), chars.subset);
  const name = `${familySlug(source.family)}-${source.weight}.woff2`;
  return { source, chars, file: path.join(cacheRoot, 'fonts', key, name) };
}

/** Reads the source font and checks its coverage, before any slow subsetting starts. */
async function checkCoverage(
  job: FaceJob,
): Promise<{ readonly font: Buffer; readonly gap: FaceGap | undefined }> {
  const { font, covered } = await readFontFile(job.source.ttf);
  return { font, gap: await faceGap(job.source, covered, job.chars.required) };
}

/**
 * Subsets every face to its locale's text (or takes it from the cache) and writes the CSS.
 * Throws with {@link missingGlyphsMessage} if a locale uses a character its font lacks.
 * What the plugin runs at build start; exported for tests.
 */
export async function prepareDeckFonts(
  texts: Readonly<Record<DeckFontLocale, string>>,
  cacheRoot: string,
): Promise<PreparedDeckFonts> {
  const subsetter = await fileIdentity(createRequire(import.meta.url).resolve('subset-font'));
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
 * 'Deck JP' (ja), weights 400 and 700, each subset to its locale's text plus ASCII (all of
 * printable ASCII in the Latin face, the space, letters and digits in the others).
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
