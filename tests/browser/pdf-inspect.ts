/**
 * Reads PDFs with poppler-utils (`pdfinfo`, `pdffonts`, `pdftoppm`), as a person checking the
 * export would: pages, fonts, and what a page looks like.
 */
import { execFileSync } from 'node:child_process';

/** Runs a poppler tool and returns its standard output. */
function poppler(tool: string, args: readonly string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    if (missing) {
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils).`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** The number of pages, from `pdfinfo`. */
export function pageCount(file: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [file]).toString());
  if (match?.[1] === undefined) throw new Error(`pdfinfo reported no page count for ${file}`);
  return Number(match[1]);
}

/** The text of one page (1-based), from `pdftotext`. */
export function pageText(file: string, page: number): string {
  const range = ['-f', String(page), '-l', String(page)];
  return poppler('pdftotext', [...range, '-enc', 'UTF-8', file, '-']).toString();
}

/** A font as `pdffonts` lists it. */
export interface PdfFont {
  readonly name: string;
  readonly embedded: boolean;
}

/** The fonts a PDF uses. Columns are read from the right: a font's type can contain spaces. */
export function fonts(file: string): PdfFont[] {
  const lines = poppler('pdffonts', [file]).toString().trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // … emb sub uni object-number generation
    return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
  });
}

/** An RGB image, three bytes a pixel, rows top to bottom. */
export interface Pixmap {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** Parses a binary PPM (P6, maxval 255), which `pdftoppm` writes without a format option. */
export function parsePpm(data: Buffer): Pixmap {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (header?.[1] === undefined || header[2] === undefined) throw new Error('Not a P6 PPM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const rgb = data.subarray(header[0].length, header[0].length + width * height * 3);
  if (rgb.length !== width * height * 3) throw new Error('Truncated PPM image');
  return { width, height, rgb };
}

/** Renders one page (1-based) at `dpi` to pixels. */
export function renderPage(file: string, page: number, dpi: number): Pixmap {
  const args = ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', file];
  return parsePpm(poppler('pdftoppm', args));
}

/** Saves one page as PNG (`<prefix>.png`) for people to look at. */
export function savePagePng(file: string, page: number, dpi: number, prefix: string): void {
  const range = ['-f', String(page), '-l', String(page)];
  poppler('pdftoppm', [...range, '-r', String(dpi), '-png', '-singlefile', file, prefix]);
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
      const i = (y * image.width + x) * 3;
      const luma =
        0.2126 * (image.rgb[i] ?? 255) +
        0.7152 * (image.rgb[i + 1] ?? 255) +
        0.0722 * (image.rgb[i + 2] ?? 255);
      if (luma < 160) dark += 1;
    }
  }
  return dark / ((x1 - x0) * (y1 - y0));
}
