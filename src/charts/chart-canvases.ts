import type { CanvasChartSpec } from '../model/chart-spec.ts';
import type { ChartMount } from '../render/slide-builder.ts';

/**
 * The chart canvases the render made, each with its spec: one record per canvas, kept in
 * memory from the render result. Only reveal's print view copies canvases (a page per
 * fragment step); a copy is found by its slide and its place in it.
 */
export class ChartCanvases {
  readonly #specs = new Map<HTMLCanvasElement, CanvasChartSpec>();
  /** Each slide's specs in canvas order, for the print view's copies. */
  readonly #bySlide = new Map<string, CanvasChartSpec[]>();

  constructor(mounts: readonly ChartMount[]) {
    for (const { canvas, spec, slideId } of mounts) {
      this.#specs.set(canvas, spec);
      const specs = this.#bySlide.get(slideId) ?? [];
      specs.push(spec);
      this.#bySlide.set(slideId, specs);
    }
  }

  /** The spec to draw into a canvas, whether the render made it or reveal copied it. */
  specFor(canvas: HTMLCanvasElement): CanvasChartSpec | undefined {
    const own = this.#specs.get(canvas);
    if (own !== undefined) return own;
    const section = canvas.closest<HTMLElement>('section[data-slide-id]');
    const specs = this.#bySlide.get(section?.dataset['slideId'] ?? '');
    if (section === null || specs === undefined) return undefined;
    const place = [...section.querySelectorAll('canvas')].indexOf(canvas);
    return specs[place];
  }

  /** The render's canvases in the document now (a held-back slide's are not). */
  inDocument(): HTMLCanvasElement[] {
    return [...this.#specs.keys()].filter((canvas) => canvas.isConnected);
  }
}
