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
  /** Each slide's canvases, by slide index. */
  readonly #canvasesOf: readonly HTMLCanvasElement[][];

  /** `mountsBySlide[index]`: the charts the render made for the slide at `index`. */
  constructor(mountsBySlide: readonly (readonly ChartMount[])[]) {
    this.#canvasesOf = mountsBySlide.map((mounts) => mounts.map((mount) => mount.canvas));
    for (const { canvas, spec, slideId } of mountsBySlide.flat()) {
      this.#specs.set(canvas, spec);
      const specs = this.#bySlide.get(slideId) ?? [];
      specs.push(spec);
      this.#bySlide.set(slideId, specs);
    }
  }

  /** The canvases the render made for the slide at `index`. */
  onSlide(index: number): readonly HTMLCanvasElement[] {
    return this.#canvasesOf[index] ?? [];
  }

  /** The index of the slide a rendered canvas is on, if it is one. */
  slideOf(canvas: HTMLCanvasElement): number | undefined {
    const index = this.#canvasesOf.findIndex((canvases) => canvases.includes(canvas));
    return index < 0 ? undefined : index;
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

  /** The render's canvases in the document now (none while reveal shows a copy of the slides). */
  inDocument(): HTMLCanvasElement[] {
    return [...this.#specs.keys()].filter((canvas) => canvas.isConnected);
  }
}
