import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { pdfFileName, printDeck, type PrintedDeck } from '../../scripts/pdf/print-deck.ts';
import { SAVE_SCREENSHOTS, SCREENSHOT_DIR, useBrowser } from './deck-page.ts';
import { darkShare, PdfInspector } from './pdf-inspect.ts';

const browser = useBrowser();
let outDir: string;
let pdf: PdfInspector;
const printed = new Map<Locale, PrintedDeck>();

/** Pages people look at after a run: title, a chart, a long list, a divider. */
const PREVIEW_PAGES = ['title', 'size', 'stage-2-jica-study', 'stage-3', 'stage-3-results'];

/** 1-based page number of a slide in a PDF without notes pages. */
const pageOf = (id: string) => SLIDES.findIndex((slide) => slide.id === id) + 1;

/** Where the chart.js chart of the timeline slide is drawn, as fractions of the page. */
const TIMELINE_CHART_AREA = { left: 0.06, top: 0.35, right: 0.94, bottom: 0.9 } as const;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'deck-pdf-'));
  const started = performance.now();
  const results = await Promise.all(
    LOCALES.map((locale) =>
      printDeck(browser(), { baseUrl: inject('baseUrl'), locale, notes: false, outDir }),
    ),
  );
  console.info(`three PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  LOCALES.forEach((locale, index) => {
    const result = results[index];
    if (result !== undefined) printed.set(locale, result);
  });
  pdf = await PdfInspector.open(browser(), outDir);
});

afterAll(async () => {
  await pdf.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** The printed PDF of a language. */
function pdfOf(locale: Locale): string {
  const result = printed.get(locale);
  if (result === undefined) throw new Error(`No PDF was printed for ${locale}`);
  return result.file;
}

describe.each(LOCALES)('the %s PDF', (locale) => {
  it('is named by language and has one page per slide', async () => {
    expect(path.basename(pdfOf(locale))).toBe(`dalian-deck.${locale}.pdf`);
    expect(await pdf.pageCount(pdfOf(locale))).toBe(SLIDES.length);
    expect(printed.get(locale)?.slides).toBe(SLIDES.length);
  });

  it('shows the charts painted, not blank frames', async () => {
    // A frame left blank would have nothing here: chart.js draws the axes, labels and bars.
    const chart = darkShare(
      await pdf.renderPage(pdfOf(locale), pageOf('cooperation-timeline'), 0.5),
      TIMELINE_CHART_AREA,
    );
    console.info(`${locale}: dark pixels in the chart area ${(chart * 100).toFixed(1)}%`);
    expect(chart).toBeGreaterThan(0.04);
    if (!SAVE_SCREENSHOTS) return;
    const previews = path.join(SCREENSHOT_DIR, 'pdf');
    mkdirSync(previews, { recursive: true });
    for (const id of PREVIEW_PAGES) {
      const page = pageOf(id);
      await pdf.renderPage(
        pdfOf(locale),
        page,
        0.7,
        path.join(previews, `${locale}-${page}-${id}.png`),
      );
    }
  });

  it('embeds every font it uses, in the language’s own face', async () => {
    const used = await pdf.fonts(pdfOf(locale));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((font) => !font.embedded)).toEqual([]);
    const face = { en: /NotoSans-/, zh: /NotoSansSC-/, ja: /NotoSansJP-/ }[locale];
    expect(used.some((font) => face.test(font.name))).toBe(true);
  });
});

describe('the PDF with speaker notes', () => {
  it('follows every slide with a page of its notes', async () => {
    const result = await printDeck(browser(), {
      baseUrl: inject('baseUrl'),
      locale: 'ja',
      notes: true,
      outDir,
    });
    expect(path.basename(result.file)).toBe(pdfFileName('ja', true));
    expect(await pdf.pageCount(result.file)).toBe(2 * SLIDES.length);
    // Each notes page starts with its slide's headline, so a page read alone says where it is.
    const size = 2 * pageOf('size');
    const lines = (await pdf.text(result.file, size)).trim().split('\n');
    expect(lines[0]).toBe(RESOURCES.ja.deck.slides.size.headline);
    // The notes page of the location slide reads 大連 and 遼東 with their readings; the
    // slide itself carries none.
    const slidePage = 2 * pageOf('location') - 1;
    expect(await pdf.text(result.file, slidePage + 1)).toMatch(/だいれん[\s\S]*りょうとう/u);
    expect(await pdf.text(result.file, slidePage)).not.toContain('だいれん');
    if (!SAVE_SCREENSHOTS) return;
    const shots = path.join(SCREENSHOT_DIR, 'pdf');
    mkdirSync(shots, { recursive: true });
    await pdf.renderPage(result.file, size, 0.7, path.join(shots, 'ja-notes-size.png'));
    await pdf.renderPage(
      result.file,
      slidePage + 1,
      0.7,
      path.join(shots, 'ja-notes-location.png'),
    );
  });
});
