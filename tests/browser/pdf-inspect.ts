/**
 * Reads PDFs as a person checking the export would (pages, fonts, what a page looks like) with
 * pdf.js running in the Chromium the tests already drive: no system tool to install.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** pdf.js's build folder in node_modules, served to the page under a private origin. */
const PDFJS_BUILD = path.dirname(
  createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.mjs'),
);

/** A made-up origin the page loads pdf.js and the PDF from; every request to it is answered here. */
const ORIGIN = 'http://pdf-inspect.invalid';

/** A font as the PDF declares it. */
export interface PdfFont {
  readonly name: string;
  readonly embedded: boolean;
}

/** An RGBA image, four bytes a pixel, rows top to bottom. */
export interface Pixmap {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** What the page returns for one rendered PDF page. */
interface RenderedPage {
  readonly width: number;
  readonly height: number;
  readonly rgbaBase64: string;
  readonly pngDataUrl: string;
}

/** The page-side reader, installed as `window.pdfInspect` by the module below. */
const READER_MODULE = `
import * as pdfjs from '${ORIGIN}/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.mjs';
const open = (name) => pdfjs.getDocument({ url: '${ORIGIN}/files/' + name, fontExtraProperties: true }).promise;
window.pdfInspect = {
  async pageCount(name) { return (await open(name)).numPages; },
  async text(name, number) {
    const content = await (await (await open(name)).getPage(number)).getTextContent();
    return content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join('');
  },
  async fonts(name) {
    const doc = await open(name);
    const found = new Map();
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const list = await page.getOperatorList();
      list.fnArray.forEach((fn, index) => {
        if (fn !== pdfjs.OPS.setFont) return;
        const font = page.commonObjs.get(list.argsArray[index][0]);
        found.set(font.name, { name: font.name, embedded: !font.missingFile });
      });
    }
    return [...found.values()];
  },
  async render(name, number, scale) {
    const page = await (await open(name)).getPage(number);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext('2d');
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) {
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    }
    return { width: canvas.width, height: canvas.height, rgbaBase64: btoa(binary), pngDataUrl: canvas.toDataURL('image/png') };
  },
};
`;

/** Opens PDFs from one folder in a page of `browser`; close it when done. */
export class PdfInspector {
  private constructor(
    private readonly page: Page,
    private readonly folder: string,
  ) {}

  /** A page that serves pdf.js and the PDFs in `folder`, and nothing else. */
  static async open(browser: Browser, folder: string): Promise<PdfInspector> {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/') {
        const html = `<!doctype html><script type="module">${READER_MODULE}</script>`;
        return route.fulfill({ contentType: 'text/html', body: html });
      }
      const [, scope, name] = /^\/(files\/)?([\w.-]+)$/.exec(url.pathname) ?? [];
      if (name === undefined) return route.fulfill({ status: 404 });
      const file = path.join(scope === undefined ? PDFJS_BUILD : folder, name);
      const type = name.endsWith('.pdf') ? 'application/pdf' : 'text/javascript';
      return route.fulfill({ contentType: type, body: readFileSync(file) });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${ORIGIN}/`);
    await page
      .waitForFunction(() => 'pdfInspect' in window, null, { timeout: 10_000 })
      .catch(() => {
        throw new Error(`pdf.js did not start: ${errors.join('; ') || 'no error reported'}`);
      });
    return new PdfInspector(page, folder);
  }

  /** The name of `file` inside the served folder. */
  private nameOf(file: string): string {
    if (path.dirname(file) !== this.folder) throw new Error(`${file} is not in ${this.folder}`);
    return path.basename(file);
  }

  /** The number of pages. */
  async pageCount(file: string): Promise<number> {
    return this.page.evaluate(
      (name) => (window as unknown as PageReader).pdfInspect.pageCount(name),
      this.nameOf(file),
    );
  }

  /** The text of page `number` (1-based), one line per line of the page. */
  async text(file: string, number = 1): Promise<string> {
    return this.page.evaluate(
      ([name, page]) => (window as unknown as PageReader).pdfInspect.text(name, page),
      [this.nameOf(file), number] as const,
    );
  }

  /** The fonts the PDF's pages draw text with, and whether each is embedded. */
  async fonts(file: string): Promise<PdfFont[]> {
    return this.page.evaluate(
      (name) => (window as unknown as PageReader).pdfInspect.fonts(name),
      this.nameOf(file),
    );
  }

  /** Renders page `number` (1-based) at `scale` (1 = 72 dpi), optionally saving it as PNG. */
  async renderPage(file: string, number: number, scale: number, png?: string): Promise<Pixmap> {
    const rendered = await this.page.evaluate(
      ([name, page, factor]) =>
        (window as unknown as PageReader).pdfInspect.render(name, page, factor),
      [this.nameOf(file), number, scale] as const,
    );
    if (png !== undefined) {
      writeFileSync(png, Buffer.from(rendered.pngDataUrl.split(',')[1] ?? '', 'base64'));
    }
    const rgba = new Uint8Array(Buffer.from(rendered.rgbaBase64, 'base64'));
    return { width: rendered.width, height: rendered.height, rgba };
  }

  /** Closes the page. */
  async close(): Promise<void> {
    await this.page.close();
  }
}

/** The reader the page module installs. */
interface PageReader {
  readonly pdfInspect: {
    pageCount(name: string): Promise<number>;
    text(name: string, page: number): Promise<string>;
    fonts(name: string): Promise<PdfFont[]>;
    render(name: string, page: number, scale: number): Promise<RenderedPage>;
  };
}

/** A region of an image, each edge a fraction of its width or height. */
export interface Region {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The share of pixels in `region` darker than mid-grey: ink, bars, lines rather than paper. */
export function darkShare(image: Pixmap, region: Region): number {
  const x0 = Math.floor(region.left * image.width);
  const x1 = Math.ceil(region.right * image.width);
  const y0 = Math.floor(region.top * image.height);
  const y1 = Math.ceil(region.bottom * image.height);
  let dark = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * image.width + x) * 4;
      const luma =
        0.2126 * (image.rgba[i] ?? 255) +
        0.7152 * (image.rgba[i + 1] ?? 255) +
        0.0722 * (image.rgba[i + 2] ?? 255);
      if (luma < 160) dark += 1;
    }
  }
  return dark / ((x1 - x0) * (y1 - y0));
}
