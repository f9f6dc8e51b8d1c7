/**
 * Prints the built deck to PDF in headless Chromium: reveal's own print view (`?print-pdf`),
 * one slide per page at the page size reveal's print CSS sets, every chart painted and the
 * embedded fonts loaded before the page is printed.
 */
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Locale } from '../../src/i18n/languages.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium.ts';
import { requireProgram } from '../lib/debian-program.ts';

/** Where `npm run export:pdf` writes, relative to the project root. */
export const PDF_DIR = 'export';

/** The PDF's file name: `dalian-deck.en.pdf`, or `dalian-deck.en.notes.pdf` with notes pages. */
export function pdfFileName(locale: Locale, notes: boolean): string {
  return `dalian-deck.${locale}${notes ? '.notes' : ''}.pdf`;
}

/**
 * The browser to print with: `CHROMIUM_PATH`, else Debian's chromium or an installed Chrome.
 * Unlike the tests, the export never installs one itself: it says what to install.
 */
export function findPrintBrowser(): string {
  return requireProgram(CHROMIUM);
}

/** Starts headless Chromium with the same flags as the browser tests. */
export async function launchPrintBrowser(executablePath = findPrintBrowser()): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** What to print. */
export interface PrintOptions {
  /** The served deck, e.g. `http://127.0.0.1:4173/` (vite preview of dist/). */
  readonly baseUrl: string;
  readonly locale: Locale;
  /** Add each slide's speaker notes on a page of their own after it. */
  readonly notes: boolean;
  /** The folder the PDF goes into; its name is `pdfFileName(locale, notes)`. */
  readonly outDir: string;
}

/** A printed PDF and what went into it. */
export interface PrintedDeck {
  readonly file: string;
  readonly slides: number;
  readonly charts: number;
}

/** Generous: a cold start with fonts and five charts takes a second or two. */
const READY_TIMEOUT_MS = 60_000;

/** The print view's URL: reveal reads `print-pdf` and `showNotes` from the query. */
export function printUrl({ baseUrl, locale, notes }: PrintOptions): string {
  const url = new URL(baseUrl);
  url.search = `?print-pdf&lang=${locale}${notes ? '&showNotes=separate-page' : ''}`;
  return url.href;
}

/**
 * Prints one language to PDF. Waits for reveal's `pdf-ready` (its print layout is done), for a
 * chart in every chart canvas of the pages (the charts plugin paints them after `pdf-ready`,
 * once their font has loaded), and for every font.
 */
export async function printDeck(browser: Browser, options: PrintOptions): Promise<PrintedDeck> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // reveal announces the finished print layout with a `pdf-ready` event on its element;
    // a capturing listener on the document, installed before any script runs, cannot miss it.
    await page.addInitScript(() => {
      document.addEventListener(
        'pdf-ready',
        () => {
          document.documentElement.dataset['pdfReady'] = 'true';
        },
        { capture: true, once: true },
      );
    });
    await page.goto(printUrl(options));
    const ready = await page.waitForFunction(
      () => {
        const deck = window.deck;
        if (document.documentElement.dataset['pdfReady'] !== 'true' || deck === undefined) {
          return null;
        }
        const canvases = document.querySelectorAll('.pdf-page canvas[data-chart]').length;
        if (deck.charts.count() !== canvases) return null;
        return { slides: deck.reveal.getTotalSlides(), charts: canvases };
      },
      undefined,
      { timeout: READY_TIMEOUT_MS, polling: 100 },
    );
    const layout = await ready.jsonValue();
    if (layout === null) throw new Error('The print view never became ready.');
    const { slides, charts } = layout;
    await page.evaluate(async () => {
      await document.fonts.ready;
      // Two frames: chart.js has drawn and the print layout has settled.
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
    });
    if (errors.length > 0) throw new Error(`The deck reported errors: ${errors.join('; ')}`);
    const file = path.join(options.outDir, pdfFileName(options.locale, options.notes));
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    return { file, slides, charts };
  } finally {
    await page.close();
  }
}
