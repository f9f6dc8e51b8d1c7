import type { Locale } from '../i18n/languages.ts';

/**
 * The last drawing of a chart in each language, kept as a copy of its canvas's pixels. A
 * language switch back to a language the chart was drawn in repaints the copy at once (a
 * bitmap copy, well under a millisecond); chart.js then redraws the chart itself in an idle
 * moment, so that its own labels and layout, which a resize redraws from, are the new
 * language's. Only the current slide's charts keep copies.
 */
export class ChartSnapshots {
  readonly #copies = new Map<HTMLCanvasElement, Map<Locale, HTMLCanvasElement>>();

  /** Keeps what `canvas` shows now as its drawing in `locale`. */
  keep(canvas: HTMLCanvasElement, locale: Locale): void {
    let byLocale = this.#copies.get(canvas);
    if (byLocale === undefined) {
      byLocale = new Map();
      this.#copies.set(canvas, byLocale);
    }
    const copy = byLocale.get(locale) ?? document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')?.drawImage(canvas, 0, 0);
    byLocale.set(locale, copy);
  }

  /**
   * Paints `canvas` with its drawing in `locale`, if one of its present pixel size is kept
   * (a resize or a new pixel ratio makes older copies useless). Returns whether it did.
   */
  paint(canvas: HTMLCanvasElement, locale: Locale): boolean {
    const copy = this.#copies.get(canvas)?.get(locale);
    if (copy?.width !== canvas.width || copy.height !== canvas.height) return false;
    const context = canvas.getContext('2d');
    if (context === null) return false;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(copy, 0, 0);
    context.restore();
    return true;
  }

  /** Drops every copy but those of `canvases` (the current slide's). */
  keepOnly(canvases: readonly HTMLCanvasElement[]): void {
    for (const canvas of this.#copies.keys()) {
      if (!canvases.includes(canvas)) this.#copies.delete(canvas);
    }
  }

  clear(): void {
    this.#copies.clear();
  }
}
