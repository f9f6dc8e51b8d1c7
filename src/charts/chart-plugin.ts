import type { RevealApi, RevealPlugin } from 'reveal.js';
import { deckQuery } from '../deck-query.ts';
import type { DeckLanguage, LanguageState } from '../i18n/deck-language.ts';
import type { Locale } from '../i18n/languages.ts';
import type { ChartCanvases } from './chart-canvases.ts';
import { fontsLoaded, loadFontsOf } from './chart-fonts.ts';
import type { DeckChart } from './draw-chart.ts';
import type { ChartEngine } from './chart-engine.ts';
import { frameSize, watchFrames } from './chart-frame.ts';
import { ChartSnapshots } from './chart-snapshots.ts';
import { loadChartEngine } from './load-chart-engine.ts';
import { IdleJobs } from '../render/when-idle.ts';

/** What the chart controller needs from the deck. */
export interface DeckChartsOptions {
  /** The chart canvases the render made, with their specs. */
  readonly canvases: ChartCanvases;
  readonly language: DeckLanguage;
}

/** The chart controller as a reveal plugin, with a count for tests and benchmarks. */
export interface DeckChartsPlugin extends RevealPlugin {
  readonly id: 'deck-charts';
  /** Live chart instances owned by the deck. */
  count(): number;
  /** All live chart.js instances on the page (`Chart.instances`), to prove nothing leaks. */
  liveInstances(): number;
  /** The chart drawn in a canvas, if any: for tests that hover and inspect tooltips. */
  chartFor(canvas: HTMLCanvasElement): DeckChart | undefined;
  /**
   * Resolves once the charts show the latest language: a switch rebuilds them only after the
   * new font has loaded. The benchmark times a switch up to this point.
   */
  settled(): Promise<void>;
}

const CANVAS_SELECTOR = 'canvas[data-chart]';

/**
 * Draws each chart at the fixed slide-pixel size of its frame: ahead of time, in idle moments
 * after start-up (so a transition never waits for chart.js), or at the latest when its slide
 * is shown; animates it once on entry; rebuilds it on a language switch, destroying what it
 * replaces; paints every copy in the print view.
 */
export function DeckCharts(options: DeckChartsOptions): DeckChartsPlugin {
  const charts = new Map<HTMLCanvasElement, DeckChart>();
  /** The language each canvas was last drawn in, and copies of those drawings. */
  const drawnIn = new Map<HTMLCanvasElement, Locale>();
  const snapshots = new ChartSnapshots();
  const animated = new Set<string>();
  const cleanups: (() => void)[] = [];
  const idle = new IdleJobs();
  let deck: RevealApi | null = null;
  /** chart.js, once loaded; the deck is ready and charts may be drawn only from then on. */
  let engine: ChartEngine | null = null;
  /** Bumped by every rebuild and preparation pass, so idle work queued for older ones stops. */
  let generation = 0;
  /** The latest language switch's rebuild. */
  let rebuilt: Promise<void> = Promise.resolve();

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** The print view (reveal's typed `isPrintingPDF()` is `isPrintView()` at run time in reveal 6). */
  const isPrinting = (): boolean => deckQuery().view === 'print';

  const pixelRatio = () => {
    const scale = isPrinting() ? 2 : (deck?.getScale() ?? 1);
    return Math.max(1, window.devicePixelRatio * scale);
  };

  const context = (animate: boolean) => ({
    t: options.language.t('audience'),
    locale: options.language.state.audience,
    animate,
    devicePixelRatio: pixelRatio(),
  });

  /** Draws the chart into a canvas that has none yet. */
  const create = (canvas: HTMLCanvasElement, animate: boolean): void => {
    if (engine === null || charts.has(canvas)) return;
    const spec = options.canvases.specFor(canvas);
    if (spec === undefined) return;
    const chart = engine.drawChart(canvas, spec, context(animate));
    if (chart === null) return;
    charts.set(canvas, chart);
    if (canvas.parentElement !== null) frames.observe(canvas.parentElement);
    drawnIn.set(canvas, options.language.state.audience);
  };

  /** A chart whose frame changed size is redrawn to fit, so its axis stays on the slide. */
  const frames = watchFrames((canvas) => {
    const chart = charts.get(canvas);
    const size = frameSize(canvas);
    if (chart === undefined || size === null) return;
    if (size.width !== chart.width || size.height !== chart.height) refresh(canvas);
  });

  /** Charts still drawn in a previous language, redrawn in idle time or when shown. */
  const stale = new Set<HTMLCanvasElement>();

  /** Brings a chart up to the current language: redrawn in place, or drawn if new. */
  const refresh = (canvas: HTMLCanvasElement): void => {
    stale.delete(canvas);
    const chart = charts.get(canvas);
    const spec = options.canvases.specFor(canvas);
    if (engine === null || chart === undefined || spec === undefined) create(canvas, false);
    else {
      engine.redrawChart(chart, spec, context(false));
      drawnIn.set(canvas, options.language.state.audience);
    }
  };
  /**
   * Shows a chart of the current slide in the new language: its kept drawing in that
   * language at once, chart.js itself in the next idle moment; or, with no such drawing,
   * chart.js at once. The drawing it leaves is kept first.
   */
  const switchShown = (canvas: HTMLCanvasElement): void => {
    const chart = charts.get(canvas);
    const shown = drawnIn.get(canvas);
    // A chart in its entry animation has no finished drawing to keep, and would draw over one.
    if (chart === undefined || shown === undefined || engine?.animator.running(chart) !== false) {
      refresh(canvas);
      return;
    }
    snapshots.keep(canvas, shown);
    const locale = options.language.state.audience;
    if (snapshots.paint(canvas, locale)) {
      drawnIn.set(canvas, locale);
      stale.add(canvas);
    } else refresh(canvas);
  };
  const canvasesIn = (root: ParentNode | null | undefined) =>
    root ? [...root.querySelectorAll<HTMLCanvasElement>(CANVAS_SELECTOR)] : [];

  const mayAnimate = () => !reducedMotion && !isPrinting();

  /** The current slide's charts: drawn if needed, animated the first time they are seen. */
  const showCurrent = (): void => {
    if (engine === null) return;
    const slide = deck?.getCurrentSlide();
    const slideId = slide?.dataset['slideId'];
    if (slide === undefined || slideId === undefined) return;
    const firstView = !animated.has(slideId);
    animated.add(slideId);
    snapshots.keepOnly(canvasesIn(slide));
    for (const canvas of canvasesIn(slide)) {
      if (stale.has(canvas)) refresh(canvas);
      const existing = charts.get(canvas);
      if (existing === undefined) create(canvas, firstView && mayAnimate());
      else if (firstView && mayAnimate()) {
        existing.options.animation = { duration: 600, easing: 'easeOutQuart' };
        existing.reset();
        existing.update();
      }
    }
  };

  /**
   * Draws or redraws the remaining charts one per idle moment, without animation; waits for
   * slides whose content is not in the document yet. A new call takes over from the last.
   */
  const prepareRest = (): void => {
    generation += 1;
    const current = generation;
    const step = (): void => {
      if (current !== generation || deck === null) return;
      const pending = options.canvases
        .inDocument()
        .find((canvas) => stale.has(canvas) || !charts.has(canvas));
      if (pending !== undefined) refresh(pending);
      if (pending !== undefined || !options.canvases.allInDocument()) idle.whenIdle(step);
    };
    idle.whenIdle(step);
  };

  const destroyAll = (): void => {
    generation += 1;
    frames.disconnect();
    for (const chart of charts.values()) chart.destroy();
    charts.clear();
    stale.clear();
    drawnIn.clear();
    snapshots.clear();
  };

  /**
   * A language switch redraws the current slide's charts at once and the others in idle
   * time; each chart is updated in place, so no instance is created or left behind. When the
   * frames change size (subtitles on or off), kept drawings no longer fit: chart.js redraws.
   */
  const rebuild = (resized: boolean): void => {
    // Before chart.js is loaded there is nothing to rebuild: the first drawing will be in the
    // language of its time.
    if (engine === null) return;
    generation += 1;
    if (resized) snapshots.clear();
    for (const canvas of charts.keys()) stale.add(canvas);
    if (isPrinting()) {
      for (const canvas of charts.keys()) refresh(canvas);
      return;
    }
    for (const canvas of canvasesIn(deck?.getCurrentSlide())) {
      if (resized) refresh(canvas);
      else switchShown(canvas);
    }
    prepareRest();
  };

  /** Print view: every page, clones for fragments included, gets its own painted chart. */
  const paintAll = (): void => {
    for (const canvas of canvasesIn(document)) create(canvas, false);
  };

  const onResize = (): void => {
    const ratio = pixelRatio();
    snapshots.clear();
    for (const chart of charts.values()) engine?.rescaleChart(chart, ratio);
  };

  const loadChartFonts = (): Promise<void> => loadFontsOf(options.language.state.audience);
  /**
   * Rebuilds for new slide or subtitle languages (the notes' language is not in the charts):
   * at once when the fonts are loaded, else once they are.
   */
  const onLanguageChange = (next: LanguageState, previous: LanguageState): void => {
    const resized = next.subtitles !== previous.subtitles;
    if (!resized && next.audience === previous.audience) return;
    if (fontsLoaded(next.audience)) {
      rebuild(resized);
      rebuilt = Promise.resolve();
    } else {
      rebuilt = loadChartFonts().then(() => {
        rebuild(resized);
      });
    }
  };

  /** The first idle moment after the first slide is drawn. */
  const afterPaint = (): Promise<void> =>
    new Promise((resolve) => {
      idle.whenIdleAfterFrame(resolve);
    });

  const listen = (type: string, listener: () => void): void => {
    deck?.on(type, listener);
    cleanups.push(() => deck?.off(type, listener));
  };

  return {
    id: 'deck-charts',
    count: () => charts.size,
    liveInstances: () => engine?.liveInstances() ?? 0,
    chartFor: (canvas) => charts.get(canvas),
    settled: () => rebuilt,
    init(reveal) {
      deck = reveal;
      cleanups.push(options.language.onChange(onLanguageChange));
      // reveal announces the first slide before it is ready and before fonts have loaded:
      // charts wait for both, and for chart.js, loaded once the first slide is painted.
      listen('ready', () => {
        rebuilt = Promise.all([afterPaint().then(loadChartEngine), loadChartFonts()]).then(
          ([loaded]) => {
            engine = loaded;
            if (isPrinting()) return;
            showCurrent();
            prepareRest();
          },
        );
      });
      listen('slidechanged', showCurrent);
      listen('resize', onResize);
      listen('pdf-ready', () => {
        void Promise.all([loadChartEngine(), loadChartFonts()]).then(([loaded]) => {
          engine = loaded;
          paintAll();
        });
      });
    },
    destroy() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      idle.end();
      destroyAll();
      deck = null;
    },
  };
}
