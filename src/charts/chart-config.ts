import type { ChartConfiguration, ChartOptions, ScaleOptions } from 'chart.js';
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/languages.ts';
import type { CanvasChartSpec, TimelineChartSpec } from '../model/chart-spec.ts';
import { CHART_COLOURS, CHART_FONT_FAMILIES, CHART_FONT_SIZES } from './chart-theme.ts';
import { eventYears, stageName, yearTick } from './chart-text.ts';

/** A bar's value: a length, or a [start, end] span for the timeline. */
export type BarValue = number | [number, number] | null;

/** Every deck chart is a bar chart: one config type for the factory to return. */
export type DeckChartConfig = ChartConfiguration<'bar', BarValue[], string>;

/** What the factory needs besides the spec. */
export interface ChartContext {
  readonly t: TFunction;
  readonly locale: Locale;
  /** Animate on entry; off for rebuilds, print, preview frames and reduced motion. */
  readonly animate: boolean;
  /** Canvas pixels per CSS pixel: the screen's ratio times reveal's slide scale. */
  readonly devicePixelRatio: number;
}

type LinearScale = ScaleOptions<'linear'>;
type CategoryScale = ScaleOptions<'category'>;

function font(context: ChartContext, size: number, weight: 'normal' | 'bold' = 'normal') {
  return { family: CHART_FONT_FAMILIES[context.locale], size, weight };
}

/** Options every chart shares: fixed-size frame, theme fonts, tooltips, no default labels. */
function baseOptions(context: ChartContext): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    devicePixelRatio: context.devicePixelRatio,
    animation: context.animate ? { duration: 600, easing: 'easeOutQuart' } : false,
    color: CHART_COLOURS.ink,
    layout: { padding: { top: 8, right: 16 } },
    plugins: {
      legend: { display: false },
      tooltip: {
        titleFont: font(context, CHART_FONT_SIZES.label, 'bold'),
        bodyFont: font(context, CHART_FONT_SIZES.label),
        padding: 12,
      },
      datalabels: { display: false },
    },
  };
}

/** A value axis starting at zero, titled, with ticks in the locale's number style. */
function valueAxis(context: ChartContext, title: string, format: (n: number) => string) {
  return {
    type: 'linear',
    beginAtZero: true,
    title: {
      display: true,
      text: title,
      color: CHART_COLOURS.muted,
      font: font(context, CHART_FONT_SIZES.axis),
    },
    ticks: {
      color: CHART_COLOURS.muted,
      font: font(context, CHART_FONT_SIZES.tick),
      maxRotation: 0,
      maxTicksLimit: 6,
      callback: (value) => format(Number(value)),
    },
    grid: { color: CHART_COLOURS.grid },
    border: { display: false },
  } satisfies LinearScale;
}

/** A category axis with readable labels and no grid. */
function categoryAxis(context: ChartContext, bold = false) {
  return {
    type: 'category',
    ticks: {
      color: CHART_COLOURS.ink,
      font: font(context, CHART_FONT_SIZES.label, bold ? 'bold' : 'normal'),
    },
    grid: { display: false },
    border: { color: CHART_COLOURS.muted },
  } satisfies CategoryScale;
}

/** Years between two ticks of the timeline's axis. */
const YEAR_STEP = 4;

/** Where an event placed "at the end of" its year starts on the year axis. */
const END_OF_YEAR = 0.75;

/** Dated events as spans on a year axis, one row each, coloured and numbered by stage. */
function timelineConfig(spec: TimelineChartSpec, context: ChartContext): DeckChartConfig {
  const { t } = context;
  const options = baseOptions(context);
  const spans = spec.events.map((event): [number, number] => {
    const from = Number(event.from.value);
    const to = event.to === undefined ? from : Number(event.to.value);
    return [from + (event.endOfYear === true ? END_OF_YEAR : 0), to + 1];
  });
  const first = Math.min(...spans.map(([from]) => from));
  const last = Math.max(...spans.map(([, to]) => to));
  const stages = [1, 2, 3, 4] as const;
  return {
    type: 'bar',
    data: {
      labels: spec.events.map((event) => `${event.stage} · ${t(event.label)}`),
      datasets: [
        {
          label: t(spec.axis),
          data: spans,
          backgroundColor: spec.events.map((event) => CHART_COLOURS.stages[event.stage]),
          barPercentage: 0.75,
          categoryPercentage: 1,
          datalabels: {
            display: true,
            anchor: 'end',
            align: 'end',
            color: CHART_COLOURS.ink,
            font: font(context, CHART_FONT_SIZES.tick, 'bold'),
            formatter: (_value: unknown, label) => {
              const event = spec.events[label.dataIndex];
              return event === undefined ? '' : eventYears(t, event);
            },
          },
        },
      ],
    },
    options: {
      ...options,
      indexAxis: 'y',
      scales: {
        x: {
          ...valueAxis(context, t(spec.axis), (n) => yearTick(t, n)),
          // Years on the axis need no "Year" title; each bar is labelled with its own years.
          title: { display: false },
          grid: { display: false },
          beginAtZero: false,
          // Starts on a multiple of the tick step, so that every tick falls on a round year.
          min: Math.floor((first - 1) / YEAR_STEP) * YEAR_STEP,
          max: Math.ceil(last) + 2,
          ticks: {
            stepSize: YEAR_STEP,
            color: CHART_COLOURS.muted,
            font: font(context, CHART_FONT_SIZES.tick),
            callback: (value) => yearTick(t, Number(value)),
          },
        },
        y: categoryAxis(context),
      },
      plugins: {
        ...options.plugins,
        legend: {
          display: true,
          position: 'bottom',
          onClick: () => undefined,
          labels: {
            color: CHART_COLOURS.ink,
            font: font(context, CHART_FONT_SIZES.legend),
            boxWidth: 22,
            generateLabels: () =>
              stages.map((stage) => ({
                text: `${stage} ${stageName(t, stage)}`,
                fillStyle: CHART_COLOURS.stages[stage],
                strokeStyle: CHART_COLOURS.stages[stage],
                lineWidth: 0,
                hidden: false,
              })),
          },
        },
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: {
            label: (item) => {
              const event = spec.events[item.dataIndex];
              return event === undefined
                ? ''
                : `${stageName(t, event.stage)}: ${eventYears(t, event)}`;
            },
          },
        },
      },
    },
  };
}

/**
 * The one chart factory: a typed chart.js configuration for any chart drawn on a canvas (the
 * deck's other charts are HTML and SVG, see `render/slide-visuals.ts`).
 */
export function createChartConfig(spec: CanvasChartSpec, context: ChartContext): DeckChartConfig {
  return timelineConfig(spec, context);
}
