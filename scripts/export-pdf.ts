/**
 * `npm run export:pdf [-- --notes]`: builds the deck, serves dist/ on loopback and prints
 * export/dalian-deck.{en,zh,ja}.pdf (with --notes: dalian-deck.{en,zh,ja}.notes.pdf, each
 * slide followed by a page with its speaker notes) through headless Chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { LOCALES } from '../src/i18n/languages.ts';
import { findPrintBrowser, launchPrintBrowser, PDF_DIR, printDeck } from './pdf/print-deck.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { notes: { type: 'boolean', default: false } },
});
const notes = values.notes;

const started = performance.now();
// Find the browser before the build, so a missing one fails fast.
const executablePath = findPrintBrowser();
await build({ root: ROOT, logLevel: 'warn' });
const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const browser = await launchPrintBrowser(executablePath);
try {
  const baseUrl = server.resolvedUrls?.local[0];
  if (baseUrl === undefined) throw new Error('The preview server did not report its address.');
  const outDir = path.join(ROOT, PDF_DIR);
  mkdirSync(outDir, { recursive: true });
  const printed = await Promise.all(
    LOCALES.map((locale) => printDeck(browser, { baseUrl, locale, notes, outDir })),
  );
  for (const { file, slides, charts } of printed) {
    console.info(`${path.relative(ROOT, file)}: ${slides} slides, ${charts} charts`);
  }
  console.info(`PDF export took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await browser.close();
  await server.close();
}
