import type { Plugin } from 'chart.js';
import type { Context } from 'chartjs-plugin-datalabels';
import type { TFunction } from 'i18next';
import type { TimelineChartSpec } from '../model/chart-spec.ts';
import { eventYears } from './chart-text.ts';
import { CHART_COLOURS } from './chart-theme.ts';
import { measureOnCanvas, type MeasureText } from './timeline-gutter.ts';
import type { TimelineMarksOptions } from './timeline-marks.ts';

/** Room left and right of a span's years written inside its bar. */
const INSIDE_PAD = 10;

/** The gap between a bar's end and its years beside it. */
const BAR_OFFSET = 4;

/** The room kept between years set after a bar and the next stage's dotted line. */
const LINE_CLEARANCE = 12;

/** What the years' labels need from the timeline's config. */
interface YearsOptions {
  readonly spec: TimelineChartSpec;
  readonly t: TFunction;
  /** Rows drawn as dots, and a dot's radius (a dot's years stand past its edge). */
  readonly dots: readonly number[];
  readonly dotRadius: number;
  /** The ground of each row: the halo behind years written across a stage's line. */
  readonly ground: (row: number) => string;
  readonly font: {
    readonly family: string;
    readonly size: number;
    readonly weight: 'bold' | 'normal';
  };
  /** Measures the years' widths (a test counts its calls). */
  readonly measure?: MeasureText;
}

/**
 * Each event's years in bold, after its mark, as a reader of a timeline looks for them. A
 * span's years go inside its bar where the bar is long enough, white on the teal; else after
 * the bar, if they end clear of the next stage's line (1993–2001 and 1996–2000 had run into
 * the last one once the gutter took the stages' names: 26 px years, a plot 550 px wide); else
 * before it, on the empty start of its row. Before its 130 px bar, JICA's 1996–2000 read as the
 * end of its row's name (fresh review). Returns the labels' options and a plugin that has the
 * years measured afresh at each update of the chart.
 */
export function timelineYears(options: YearsOptions) {
  const { spec, t, dots, font, measure = measureOnCanvas } = options;
  const text = (row: number) => {
    const event = spec.events[row];
    return event === undefined ? '' : eventYears(t, event);
  };
  // Each row's years measured once an update: each label asks for its side in five of its
  // options, and chart.js updates the chart on every resize (and once the fonts have loaded).
  const bold = `bold ${String(font.size)}px ${font.family}`;
  let widths: readonly number[] | null = null;
  const width = (row: number): number => {
    widths ??= spec.events.map((_, index) => measure(text(index), bold));
    return widths[row] ?? 0;
  };
  const inside = (label: Context): boolean => {
    if (spec.events[label.dataIndex]?.to === undefined) return false;
    // Where the bar will end, not where its entry animation has it now: the labels are placed
    // once, as the animation starts (from the bar's base, 1993–2001 read as too short for its
    // years and went before the bar, over its row's name).
    const bar = label.chart
      .getDatasetMeta(label.datasetIndex)
      .data[label.dataIndex]?.getProps(['x', 'base'], true) as
      { x: number; base: number } | undefined;
    if (bar === undefined) return false;
    return Math.abs(bar.x - bar.base) >= width(label.dataIndex) + 2 * INSIDE_PAD;
  };
  // A dot's years after it, unless they would run past the plot's right edge (2005, the last
  // dot, ran 14 px past it): then before it.
  const fitsAfter = (label: Context): boolean => {
    const dot = label.chart
      .getDatasetMeta(label.datasetIndex)
      .data[label.dataIndex]?.getProps(['x'], true) as { x: number } | undefined;
    if (dot === undefined) return true;
    const end = dot.x + options.dotRadius + 4 + width(label.dataIndex);
    return end <= label.chart.chartArea.right;
  };
  // A bar's years after it where they end clear of the next stage's line, or of the plot's edge.
  const fitsAfterBar = (label: Context): boolean => {
    const { chart } = label;
    const bar = chart
      .getDatasetMeta(label.datasetIndex)
      .data[label.dataIndex]?.getProps(['x', 'base'], true) as
      { x: number; base: number } | undefined;
    const x = chart.scales['x'];
    if (bar === undefined || x === undefined) return false;
    const from = Math.max(bar.x, bar.base);
    const marks = chart.options.plugins?.deckTimeline as TimelineMarksOptions | undefined;
    const lines = (marks?.stages ?? [])
      .map((stage) => x.getPixelForValue(stage.at))
      .filter((at) => at > from);
    const stop = Math.min(chart.chartArea.right, ...lines) - LINE_CLEARANCE;
    return from + BAR_OFFSET + width(label.dataIndex) <= stop;
  };
  const side = (label: Context) => {
    if (spec.events[label.dataIndex]?.to === undefined) {
      return fitsAfter(label) ? ('end' as const) : ('start' as const);
    }
    if (inside(label)) return 'center' as const;
    return fitsAfterBar(label) ? ('end' as const) : ('start' as const);
  };
  const labels = {
    display: true,
    anchor: (label: Context) => side(label),
    align: (label: Context) => side(label),
    // Past a dot's edge; a bar's label sits just past its end (or before its start).
    offset: (label: Context) => {
      if (inside(label)) return 0;
      return dots.includes(label.dataIndex) ? options.dotRadius + 4 : BAR_OFFSET;
    },
    color: (label: Context) => (inside(label) ? CHART_COLOURS.onHighlight : CHART_COLOURS.ink),
    // A halo of the ground (the slide, or a stage's band) where a stage's line runs under.
    textStrokeColor: (label: Context) => options.ground(label.dataIndex),
    textStrokeWidth: (label: Context) => (inside(label) ? 0 : 6),
    font,
    formatter: (_value: unknown, label: Context) => text(label.dataIndex),
  };
  const remeasure = {
    id: 'deckTimelineYears',
    beforeUpdate() {
      widths = null;
    },
  } as const satisfies Plugin<'bar'>;
  return { labels, remeasure };
}
