import type { Locale } from '../i18n/languages.ts';
import type { ChartCanvases } from './chart-canvases.ts';
import type { ChartContext } from './chart-config.ts';
import type { ChartEngine } from './chart-engine.ts';
import { fillsFrame, frameSize, watchFrames } from './chart-frame.ts';
import { ChartSnapshots } from './chart-snapshots.ts';
import type { DeckChart } from './draw-chart.ts';

/** What the drawn charts need from the chart controller. */
export interface DrawnChartsOptions {
  /** The chart canvases the render made, with their specs. */
  readonly canvases: ChartCanvases;
  /** chart.js once loaded; nothing is drawn before. */
  readonly engine: () => ChartEngine | null;
  /** The slide language now, the one every chart is brought up to. */
  readonly locale: () => Locale;
  /** The language, pixel ratio and animation a chart is drawn with. */
  readonly context: (animate: boolean) => ChartContext;
}

/**
 * The charts the deck has drawn, one per canvas, and the language each shows: draws, redraws
 * in place, paints a kept drawing on a language switch, redraws a chart whose frame changed
 * size, and destroys them all. When to do which is the chart controller's (`chart-plugin.ts`).
 */
export class DrawnCharts {
  readonly #charts = new Map<HTMLCanvasElement, DeckChart>();
  /** The language each canvas was last drawn in, and copies of those drawings. */
  readonly #drawnIn = new Map<HTMLCanvasElement, Locale>();
  readonly #snapshots = new ChartSnapshots();
  /** Charts still drawn in a previous language, redrawn in idle time or when shown. */
  readonly #stale = new Set<HTMLCanvasElement>();

  /** A chart whose frame changed size is redrawn to fit, so its axis stays on the slide. */
  readonly #frames = watchFrames((canvas) => {
    const chart = this.#charts.get(canvas);
    const size = frameSize(canvas);
    if (chart === undefined || size === null) return;
    if (!fillsFrame(chart, size)) this.refresh(canvas);
  });

  constructor(private readonly options: DrawnChartsOptions) {}

  /** Live chart instances. */
  get size(): number {
    return this.#charts.size;
  }

  /** The chart drawn in a canvas, if any. */
  get(canvas: HTMLCanvasElement): DeckChart | undefined {
    return this.#charts.get(canvas);
  }

  /** Whether a canvas still waits for a chart, or for a redraw in the current language. */
  isPending(canvas: HTMLCanvasElement): boolean {
    return this.#stale.has(canvas) || !this.#charts.has(canvas);
  }

  /** Whether a canvas's chart is still drawn in a previous language. */
  isStale(canvas: HTMLCanvasElement): boolean {
    return this.#stale.has(canvas);
  }

  /** Marks every chart as drawn in a previous language; returns their canvases. */
  markAllStale(): HTMLCanvasElement[] {
    const canvases = [...this.#charts.keys()];
    for (const canvas of canvases) this.#stale.add(canvas);
    return canvases;
  }

  /** Draws the chart into a canvas that has none yet. */
  create(canvas: HTMLCanvasElement, animate: boolean): void {
    const engine = this.options.engine();
    if (engine === null || this.#charts.has(canvas)) return;
    const spec = this.options.canvases.specFor(canvas);
    if (spec === undefined) return;
    const chart = engine.drawChart(canvas, spec, this.options.context(animate));
    if (chart === null) return;
    this.#charts.set(canvas, chart);
    if (canvas.parentElement !== null) this.#frames.observe(canvas.parentElement);
    this.#drawnIn.set(canvas, this.options.locale());
  }

  /** Brings a chart up to the current language: redrawn in place, or drawn if new. */
  refresh(canvas: HTMLCanvasElement): void {
    this.#stale.delete(canvas);
    const engine = this.options.engine();
    const chart = this.#charts.get(canvas);
    const spec = this.options.canvases.specFor(canvas);
    if (engine === null || chart === undefined || spec === undefined) this.create(canvas, false);
    else {
      engine.redrawChart(chart, spec, this.options.context(false));
      this.#drawnIn.set(canvas, this.options.locale());
    }
  }

  /**
   * Shows a chart of the current slide in the new language: its kept drawing in that
   * language at once, chart.js itself in the next idle moment; or, with no such drawing,
   * chart.js at once. The drawing it leaves is kept first.
   */
  switchShown(canvas: HTMLCanvasElement): void {
    const chart = this.#charts.get(canvas);
    const shown = this.#drawnIn.get(canvas);
    // A chart in its entry animation has no finished drawing to keep, and would draw over one.
    const engine = this.options.engine();
    if (chart === undefined || shown === undefined || engine?.animator.running(chart) !== false) {
      this.refresh(canvas);
      return;
    }
    this.#snapshots.keep(canvas, shown);
    const locale = this.options.locale();
    if (this.#snapshots.paint(canvas, locale)) {
      this.#drawnIn.set(canvas, locale);
      this.#stale.add(canvas);
    } else this.refresh(canvas);
  }

  /** Keeps drawings only of these canvases (the current slide's). */
  keepSnapshotsOf(canvases: readonly HTMLCanvasElement[]): void {
    this.#snapshots.keepOnly(canvases);
  }

  /** Forgets every kept drawing: they no longer fit the frames or the pixel ratio. */
  clearSnapshots(): void {
    this.#snapshots.clear();
  }

  /** Draws every chart again for a new device pixel ratio. */
  rescale(ratio: number): void {
    this.#snapshots.clear();
    const engine = this.options.engine();
    for (const chart of this.#charts.values()) engine?.rescaleChart(chart, ratio);
  }

  /** Destroys every chart and forgets all it knew; idempotent. */
  destroy(): void {
    this.#frames.disconnect();
    for (const chart of this.#charts.values()) chart.destroy();
    this.#charts.clear();
    this.#stale.clear();
    this.#drawnIn.clear();
    this.#snapshots.clear();
  }
}
