import type { RevealApi, RevealPlugin } from 'reveal.js';
import { deckQuery } from '../deck-query.ts';
import type { DeckLanguage, LanguageState } from '../i18n/deck-language.ts';
import type { ChartCanvases } from './chart-canvases.ts';
import { fontsLoaded, loadFontsOf } from './chart-fonts.ts';
import type { DeckChart } from './draw-chart.ts';
import type { ChartEngine } from './chart-engine.ts';
import { DrawnCharts } from './drawn-charts.ts';
import { loadChartEngine } from './load-chart-engine.ts';
import { chartSubtitles } from './timeline-subtitles.ts';
import { PHONE_QUERY } from '../render/phone-pages.ts';
import type { SlideReadiness } from '../render/slide-readiness.ts';

/** What the chart controller needs from the deck. */
export interface DeckChartsOptions {
  /** The chart canvases the render made, with their specs. */
  readonly canvases: ChartCanvases;
  readonly language: DeckLanguage;
  /** The deck's idle queue, and when a slide's content comes into the document. */
  readonly readiness: SlideReadiness;
}

/** The chart controller as a reveal plugin, with a count for tests and benchmarks. */
export interface DeckChartsPlugin extends RevealPlugin {
  readonly id: 'deck-charts';
  /** Live chart instances owned by the deck. */
  count(): number;
  /** All live chart.js instances on the page (`Chart.instances`), to prove nothing leaks. */
  liveInstances(): number;
  /** The chart drawn in a canvas, if any: for tests that read its layout and options. */
  chartFor(canvas: HTMLCanvasElement): DeckChart | undefined;
  /**
   * Resolves once the charts show the latest language: a switch rebuilds them only after the
   * new font has loaded. The benchmark times a switch up to this point.
   */
  settled(): Promise<void>;
}

/**
 * Draws each chart at the fixed slide-pixel size of its frame: ahead of time, in idle moments
 * after start-up (so a transition never waits for chart.js), or at the latest when its slide
 * is shown; animates it once on entry; rebuilds it on a language switch, destroying what it
 * replaces; paints every copy in the print view.
 */
export function DeckCharts(options: DeckChartsOptions): DeckChartsPlugin {
  /** Slides (by index) whose charts have been seen, so animate no more. */
  const animated = new Set<number>();
  const cleanups: (() => void)[] = [];
  const { readiness } = options;
  let deck: RevealApi | null = null;
  /** chart.js, once loaded; the deck is ready and charts may be drawn only from then on. */
  let engine: ChartEngine | null = null;
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
    compact: window.matchMedia(PHONE_QUERY).matches,
    ...chartSubtitles(options.language),
  });

  const charts = new DrawnCharts({
    canvases: options.canvases,
    engine: () => engine,
    locale: () => options.language.state.audience,
    context,
  });

  const mayAnimate = () => !reducedMotion && !isPrinting();

  /**
   * Animates a drawn chart's entry in a task of its own: its layout (15 ms for the timeline)
   * and reveal's slide change made one long task. The slide still enters from off screen.
   */
  const entryTimers = new Set<number>();
  const animateEntry = (canvas: HTMLCanvasElement, chart: DeckChart): void => {
    const timer = window.setTimeout(() => {
      entryTimers.delete(timer);
      if (charts.get(canvas) !== chart) return;
      chart.options.animation = { duration: 600, easing: 'easeOutQuart' };
      chart.reset();
      chart.update();
    }, 0);
    entryTimers.add(timer);
  };

  /** The current slide's charts: drawn if needed, animated the first time they are seen. */
  const showCurrent = (): void => {
    if (engine === null) return;
    if (deck === null) return;
    const slide = deck.getIndices().h;
    const firstView = !animated.has(slide);
    animated.add(slide);
    const canvases = options.canvases.onSlide(slide);
    charts.keepSnapshotsOf(canvases);
    for (const canvas of canvases) {
      if (charts.isStale(canvas)) charts.refresh(canvas);
      const existing = charts.get(canvas);
      if (existing === undefined) charts.create(canvas, firstView && mayAnimate());
      else if (firstView && mayAnimate()) animateEntry(canvas, existing);
    }
  };

  /** Canvases with a drawing queued for an idle moment. */
  const queued = new Set<HTMLCanvasElement>();

  /**
   * Queues these canvases' charts to be drawn, or redrawn in the current language, without
   * animation, one per idle moment, in the order of their slides' distance from the
   * presenter; a canvas is queued once, and drawn if it still needs it when its turn comes.
   */
  const prepare = (canvases: Iterable<HTMLCanvasElement>): void => {
    for (const canvas of canvases) {
      if (queued.has(canvas) || !charts.isPending(canvas)) continue;
      queued.add(canvas);
      readiness.whenIdle(() => {
        queued.delete(canvas);
        if (deck !== null && canvas.isConnected && charts.isPending(canvas)) charts.refresh(canvas);
      }, options.canvases.slideOf(canvas));
    }
  };

  /** Every chart in the document that is not drawn in the current language yet. */
  const prepareRest = (): void => {
    prepare(options.canvases.inDocument());
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
    if (resized) charts.clearSnapshots();
    const drawn = charts.markAllStale();
    if (isPrinting()) {
      for (const canvas of drawn) charts.refresh(canvas);
      return;
    }
    for (const canvas of options.canvases.onSlide(deck?.getIndices().h ?? -1)) {
      if (resized) charts.refresh(canvas);
      else charts.switchShown(canvas);
    }
    prepareRest();
  };

  /** Print view: every page, clones for fragments included, gets its own painted chart. */
  const paintAll = (): void => {
    const canvases = document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]');
    for (const canvas of canvases) charts.create(canvas, false);
  };

  const onResize = (): void => {
    charts.rescale(pixelRatio());
  };

  const loadChartFonts = (): Promise<void> => loadFontsOf(options.language.state);
  /**
   * Rebuilds for new slide or subtitle languages (the notes' language is not in the charts):
   * at once when the fonts are loaded, else once they are.
   */
  const onLanguageChange = (next: LanguageState, previous: LanguageState): void => {
    const resized = next.subtitles !== previous.subtitles;
    if (!resized && next.audience === previous.audience) return;
    if (fontsLoaded(next)) {
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
      readiness.whenIdleAfterFrame(resolve);
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
      cleanups.push(
        readiness.onReady((slide) => {
          if (engine !== null && !isPrinting()) prepare(options.canvases.onSlide(slide));
        }),
      );
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
      for (const timer of entryTimers) window.clearTimeout(timer);
      entryTimers.clear();
      queued.clear();
      charts.destroy();
      deck = null;
    },
  };
}
