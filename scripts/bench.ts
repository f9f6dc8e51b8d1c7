/**
 * `npm run bench`: the deck's performance figures in one table, each next to a stock reveal.js
 * baseline (same slide count, no features, built into one file the same way), with the
 * project's budgets marked pass or FAIL. Budgets are reported, never enforced: this is not a
 * test, and timings depend on the machine. Builds go to `.bench/` (git-ignored).
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  BENCH_DIR,
  buildBaseline,
  buildExport,
  buildExportWithoutLocales,
  buildWeb,
  readBuilt,
} from './bench/builds.ts';
import {
  launch,
  measureSoak,
  measureStartup,
  measureStepping,
  measureSwitches,
  type Startup,
  type Stepping,
} from './bench/browser.ts';
import { exactSubsetBytes, fileParts, localeSize, type FileParts } from './bench/size.ts';
import {
  formatTable,
  kb,
  mb,
  median,
  ms,
  percent,
  quantile,
  verdict,
  type Row,
} from './bench/table.ts';

/**
 * Fresh browser starts per file for the start-up figures. Single starts on a loaded 2-core
 * machine vary by ±30 %: eleven make the medians hold from run to run.
 */
const STARTS = 11;
/** Language switches timed on the chart slide. */
const SWITCHES = 120;
/** Slide changes in the soak; a language switch follows every {@link SOAK_SWITCH_EVERY}. */
const SOAK_NAVIGATIONS = 1000;
const SOAK_SWITCH_EVERY = 2;

/** The project's budgets. */
const BUDGET = {
  gzipBytes: 700_000,
  fontsOverExact: 1.1,
  readyOverBaseline: 1.3,
  switchMedianMs: 16,
  switchP95Ms: 33,
  steppingLongTasks: 0,
  heapGrowth: 0.1,
} as const;

/** Prints progress on stderr, so stdout holds only the table. */
function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * An earlier offline file to start alternately with this one (`BENCH_AGAINST=path`): a
 * before/after comparison in one run. Two runs of the bench, one after the other, compare two
 * states of the machine; the stock baseline moved by 20 % between such runs.
 */
const AGAINST = process.env['BENCH_AGAINST'];

/**
 * Cold starts, alternating the files (deck, baseline, and `BENCH_AGAINST` if set) so drift in
 * the machine hits each alike, after one unmeasured start of each: the first start after a
 * build also reads the browser itself from disk, which says nothing about any file. Each
 * round starts with the next file in turn, so that no file always follows the same one.
 */
async function startups(files: readonly string[]): Promise<Startup[][]> {
  for (const file of files) await measureStartup(file);
  const starts = files.map((): Startup[] => []);
  for (let run = 0; run < STARTS; run += 1) {
    for (let turn = 0; turn < files.length; turn += 1) {
      const index = (run + turn) % files.length;
      const file = files[index];
      if (file !== undefined) starts[index]?.push(await measureStartup(file));
    }
  }
  return starts;
}

/** Size rows: the whole file and each part's share of it. */
function sizeRows(deck: FileParts, baseline: FileParts, locales: { raw: number; gzip: number }) {
  const total = deck.total.raw;
  const part = (name: string, raw: number, gzip: number): Row => ({
    metric: `  ${name}`,
    deck: `${kb(raw)} (${percent(raw, total)}), gzip ${kb(gzip)}`,
  });
  return [
    {
      metric: 'export file, raw',
      deck: kb(deck.total.raw),
      baseline: kb(baseline.total.raw),
      ratio: deck.total.raw / baseline.total.raw,
    },
    {
      metric: 'export file, gzip (all fonts in)',
      deck: kb(deck.total.gzip),
      baseline: kb(baseline.total.gzip),
      ratio: deck.total.gzip / baseline.total.gzip,
      budget: `≤ ${kb(BUDGET.gzipBytes)}`,
      verdict: verdict(deck.total.gzip <= BUDGET.gzipBytes),
    },
    part('JS without locales', deck.js.raw - locales.raw, deck.js.gzip - locales.gzip),
    part('locales (3 languages)', locales.raw, locales.gzip),
    part('CSS without fonts', deck.css.raw, deck.css.gzip),
    part('fonts (base64)', deck.fonts.raw, deck.fonts.gzip),
    part('HTML and policy', deck.html.raw, deck.html.gzip),
  ] satisfies Row[];
}

/** The `BENCH_AGAINST` file's start-up, measured alternately with the deck's. */
function againstRow(against: Startup[] | undefined): Row[] {
  if (AGAINST === undefined || against === undefined) return [];
  const ready = median(against.map((s) => s.readyMs));
  const fcp = median(against.map((s) => s.fcpMs));
  return [
    {
      metric: `  (${path.basename(AGAINST)}, started alternately: ready / first paint)`,
      deck: `${ms(ready)} / ${ms(fcp)}`,
    },
  ];
}

/** Start-up rows: medians of the cold starts. */
function startupRows(deck: Startup[], baseline: Startup[]): Row[] {
  const ready = median(deck.map((s) => s.readyMs));
  const baseReady = median(baseline.map((s) => s.readyMs));
  const fcp = median(deck.map((s) => s.fcpMs));
  const baseFcp = median(baseline.map((s) => s.fcpMs));
  return [
    {
      metric: `file:// to reveal ready (median of ${STARTS} starts)`,
      deck: ms(ready),
      baseline: ms(baseReady),
      ratio: ready / baseReady,
      budget: `≤ ${BUDGET.readyOverBaseline}× baseline`,
      verdict: verdict(ready <= BUDGET.readyOverBaseline * baseReady),
    },
    {
      metric: `file:// to first contentful paint (median)`,
      deck: ms(fcp),
      baseline: ms(baseFcp),
      ratio: fcp / baseFcp,
    },
  ];
}

/** Stepping rows: per-step time and long tasks. */
function steppingRows(deck: Stepping, baseline: Stepping): Row[] {
  const perStep = (s: Stepping) =>
    `${ms(median(s.stepsMs))} median, ${ms(quantile(s.stepsMs, 0.95))} p95, ${ms(Math.max(...s.stepsMs))} max`;
  return [
    {
      metric: `step through the deck (${deck.stepsMs.length} steps)`,
      deck: perStep(deck),
      baseline: `${perStep(baseline)} (${baseline.stepsMs.length} steps)`,
      ratio: median(deck.stepsMs) / median(baseline.stepsMs),
    },
    {
      metric: 'long tasks (> 50 ms) while stepping',
      deck: String(deck.longTasks),
      baseline: String(baseline.longTasks),
      budget: `${BUDGET.steppingLongTasks} after first paint`,
      verdict: verdict(deck.longTasks <= BUDGET.steppingLongTasks),
    },
    {
      metric: '  (long tasks during start-up, for context)',
      deck: String(deck.startupLongTasks),
      baseline: String(baseline.startupLongTasks),
    },
  ];
}

/** The browser phases that need one shared browser. */
async function inOneBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launch();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  await rm(BENCH_DIR, { recursive: true, force: true });
  progress('building: web, export, export without locales, baseline');
  // Twice: the first run may subset fonts (their cache is keyed by the text), the second
  // shows an everyday rebuild.
  const firstWeb = await buildWeb();
  const web = await buildWeb();
  const exported = await buildExport();
  const withoutLocales = await buildExportWithoutLocales();
  const baseline = await buildBaseline();

  progress('measuring sizes and an exact font subset');
  const html = await readBuilt(exported);
  const parts = fileParts(html);
  const baseParts = fileParts(await readBuilt(baseline));
  const locales = localeSize(html, await readFile(withoutLocales.file, 'utf8'));
  const exactFonts = await exactSubsetBytes();

  progress(`${STARTS} cold starts of each file`);
  const [deckStarts = [], baseStarts = [], againstStarts] = await startups([
    exported.file,
    baseline.file,
    ...(AGAINST === undefined ? [] : [path.resolve(AGAINST)]),
  ]);

  progress(`${SWITCHES} language switches, stepping, soak`);
  const { switches, stepping, baseStepping, soak } = await inOneBrowser(async (browser) => ({
    switches: await measureSwitches(browser, exported.file, SWITCHES),
    stepping: await measureStepping(browser, exported.file),
    baseStepping: await measureStepping(browser, baseline.file),
    soak: await measureSoak(browser, exported.file, SOAK_NAVIGATIONS, SOAK_SWITCH_EVERY),
  }));

  const switchMedian = median(switches.latencies);
  const switchP95 = quantile(switches.latencies, 0.95);
  const heapGrowth = (soak.afterBytes - soak.beforeBytes) / soak.beforeBytes;
  const rows: Row[] = [
    {
      metric: 'build (npm run build)',
      deck: `${ms(web.ms)} (first of two runs: ${ms(firstWeb.ms)})`,
    },
    {
      metric: 'export (npm run export)',
      deck: ms(exported.ms),
      baseline: ms(baseline.ms),
      ratio: exported.ms / baseline.ms,
    },
    ...sizeRows(parts, baseParts, locales),
    {
      metric: 'fonts vs exact subset (woff2 bytes)',
      deck: `${kb(parts.fontBytes)} vs ${kb(exactFonts)}`,
      ratio: parts.fontBytes / exactFonts,
      budget: `≤ ${BUDGET.fontsOverExact}× exact`,
      verdict: verdict(parts.fontBytes <= BUDGET.fontsOverExact * exactFonts),
    },
    ...startupRows(deckStarts, baseStarts),
    ...againstRow(againstStarts),
    {
      metric: `language switch on #/size, median (${switches.latencies.length})`,
      deck: ms(switchMedian),
      budget: `≤ ${BUDGET.switchMedianMs} ms`,
      verdict: verdict(switchMedian <= BUDGET.switchMedianMs),
    },
    {
      metric: 'language switch on #/size, p95',
      deck: ms(switchP95),
      budget: `≤ ${BUDGET.switchP95Ms} ms`,
      verdict: verdict(switchP95 <= BUDGET.switchP95Ms),
    },
    {
      metric: '  (<html lang> change and relayout alone, median / p95)',
      deck: `${ms(median(switches.langOnly))} / ${ms(quantile(switches.langOnly, 0.95))}`,
    },
    ...steppingRows(stepping, baseStepping),
    {
      metric: `JS heap after a warm-up soak → after a soak (${soak.switches} switches, ${soak.navigations} slides)`,
      deck: `${mb(soak.beforeBytes)} → ${mb(soak.afterBytes)} (${heapGrowth >= 0 ? '+' : ''}${(100 * heapGrowth).toFixed(1)} %)`,
      budget: `within ${100 * BUDGET.heapGrowth} %`,
      verdict: verdict(Math.abs(heapGrowth) <= BUDGET.heapGrowth),
    },
    {
      metric: '  (after one pass over the deck → after the warm-up soak: JIT code)',
      deck: `${mb(soak.coldBytes)} → ${mb(soak.beforeBytes)}`,
    },
  ];
  process.stdout.write(`${formatTable(rows)}\n`);
}

await main();
