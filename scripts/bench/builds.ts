/**
 * The builds the benchmark times and measures, all under `.bench/` (git-ignored), so running
 * it never touches `dist/` or `export/` that tests or a presenter may be using.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import {
  EXPORT_FILE,
  EXPORT_MODE,
  singleFileBuild,
  singleFilePlugins,
} from '../../build/single-file.ts';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The benchmark's scratch folder. */
export const BENCH_DIR = path.join(ROOT, '.bench');

/** The slide count of the deck, which the baseline copies. */
export const BASELINE_SLIDES = 29;

/** A timed build and the single file it produced, if any. */
export interface TimedBuild {
  readonly ms: number;
  /** Absolute path of the built HTML file. */
  readonly file: string;
}

/** Runs one Vite build quietly and returns how long it took. */
async function timed(config: InlineConfig): Promise<number> {
  const started = performance.now();
  await build({ logLevel: 'warn', ...config });
  return performance.now() - started;
}

/** `npm run build` (the web build), into `.bench/dist/`. */
export async function buildWeb(): Promise<TimedBuild> {
  const outDir = path.join(BENCH_DIR, 'dist');
  const ms = await timed({ root: ROOT, build: { outDir, emptyOutDir: true } });
  return { ms, file: path.join(outDir, 'index.html') };
}

/** `npm run export` (the offline file), into `.bench/export/`. */
export async function buildExport(folder = 'export', plugins: Plugin[] = []): Promise<TimedBuild> {
  const outDir = path.join(BENCH_DIR, folder);
  await rm(outDir, { recursive: true, force: true });
  const ms = await timed({ root: ROOT, mode: EXPORT_MODE, plugins, build: { outDir } });
  return { ms, file: path.join(outDir, EXPORT_FILE.name) };
}

/**
 * Replaces every locale with `{}`. The export built with it differs from the real one only by
 * the translations, so the difference in size is what the locales cost in the file.
 */
function emptyLocales(): Plugin {
  return {
    name: 'bench-empty-locales',
    enforce: 'pre',
    load(id) {
      return /[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/.test(id) ? '{}' : null;
    },
  };
}

/** The offline file without its translations, into `.bench/export-no-locales/`. */
export async function buildExportWithoutLocales(): Promise<TimedBuild> {
  return buildExport('export-no-locales', [emptyLocales()]);
}

/** The stock deck's page: plain sections, each with a heading and a paragraph. */
function baselineHtml(): string {
  const sections = Array.from(
    { length: BASELINE_SLIDES },
    (_, i) =>
      `<section><h2>Slide ${i + 1}</h2><p>A plain paragraph of text for slide ${i + 1}.</p></section>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8" /><title>Baseline</title></head>',
    '<body>',
    `<div class="reveal"><div class="slides">${sections.join('\n')}</div></div>`,
    '<script type="module" src="./main.js"></script>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The stock deck's script: reveal.js with its stock black theme and default options. */
const BASELINE_SCRIPT = `import Reveal from 'reveal.js';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/black.css';

const reveal = new Reveal();
window.deck = { reveal };
reveal.initialize({ hash: true });
`;

/**
 * The baseline: a stock reveal.js deck with as many slides as ours and none of its features,
 * built into one file by the same plugins as the export. Its sources live in
 * `.bench/baseline-src/` (inside the project, so `reveal.js` resolves from node_modules).
 */
export async function buildBaseline(): Promise<TimedBuild> {
  const source = path.join(BENCH_DIR, 'baseline-src');
  const outDir = path.join(BENCH_DIR, 'baseline');
  await rm(source, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(source, { recursive: true });
  await writeFile(path.join(source, 'index.html'), baselineHtml());
  await writeFile(path.join(source, 'main.js'), BASELINE_SCRIPT);
  const ms = await timed({
    root: source,
    configFile: false,
    base: './',
    plugins: singleFilePlugins(EXPORT_FILE.name),
    build: { target: 'es2022', ...singleFileBuild(outDir) },
  });
  return { ms, file: path.join(outDir, EXPORT_FILE.name) };
}

/** Reads a built file as text. */
export async function readBuilt(built: TimedBuild): Promise<string> {
  return readFile(built.file, 'utf8');
}
