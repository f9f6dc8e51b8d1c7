import type { ChartConfiguration, ChartDataset, ChartOptions, ScaleOptions } from 'chart.js';
import type { TFunction } from 'i18next';
import { formatFigure } from '../i18n/format-figure.ts';
import type { Locale } from '../i18n/languages.ts';
import type {
  AnnualChartSpec,
  BarsChartSpec,
  ChartSpec,
  GroupsChartSpec,
  TimelineChartSpec,
} from '../model/chart-spec.ts';
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

/**
 * A value axis starting at zero, with ticks in the locale's number style. Where every bar
 * carries its value (`labelled`), the axis, its title and its grid only repeat the labels:
 * it is laid out but not drawn.
 */
function valueAxis(
  context: ChartContext,
  title: string,
  format: (n: number) => string,
  labelled = false,
) {
  return {
    type: 'linear',
    display: !labelled,
    beginAtZero: true,
    title: {
      display: !labelled,
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

function grouped(t: TFunction, value: number): string {
  return t('units.count', { value });
}

/** Horizontal bars on one value axis, each with its value written at its end. */
function barsConfig(spec: BarsChartSpec, context: ChartContext): DeckChartConfig {
  const { t } = context;
  const options = baseOptions(context);
  const valueText = (index: number) => {
    const bar = spec.bars[index];
    if (bar === undefined) return '';
    const value = formatFigure(t, bar.figure);
    return spec.perYear === true ? t('visuals.perYear', { value }) : value;
  };
  const axis = valueAxis(context, t(spec.axis), (n) => grouped(t, n), true);
  return {
    type: 'bar',
    data: {
      labels: spec.bars.map((bar) => t(bar.label)),
      datasets: [
        {
          label: t(spec.axis),
          data: spec.bars.map((bar) => Number(bar.figure.value)),
          backgroundColor: spec.bars.map((_, index) =>
            index === spec.highlight ? CHART_COLOURS.highlight : CHART_COLOURS.primary,
          ),
          barPercentage: 0.7,
          datalabels: {
            display: true,
            anchor: 'end',
            align: 'end',
            color: CHART_COLOURS.ink,
            font: font(context, CHART_FONT_SIZES.value, 'bold'),
            formatter: (_value: unknown, label) => valueText(label.dataIndex),
          },
        },
      ],
    },
    options: {
      ...options,
      indexAxis: 'y',
      // Room after the longest bar for its value label.
      scales: {
        x: {
          ...axis,
          suggestedMax: Math.max(...spec.bars.map((bar) => Number(bar.figure.value))) * 1.8,
        },
        y: {
          ...categoryAxis(context, true),
          ticks: {
            ...categoryAxis(context, true).ticks,
            callback: (_value, index) => {
              const bar = spec.bars[index];
              return bar === undefined ? '' : splitAtColon(t(bar.label));
            },
          },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: { label: (item) => valueText(item.dataIndex) },
        },
      },
    },
  };
}

/** The same count each year from the first to the last year the speech gives. */
function annualConfig(spec: AnnualChartSpec, context: ChartContext): DeckChartConfig {
  const { t } = context;
  const options = baseOptions(context);
  const from = Number(spec.from.value);
  const to = Number(spec.to.value);
  const perYear = Number(spec.perYear.value);
  const years = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const perYearText = formatFigure(t, spec.perYear);
  return {
    type: 'bar',
    data: {
      labels: years.map((year) => yearTick(t, year)),
      datasets: [
        {
          label: t(spec.axis),
          data: years.map(() => perYear),
          backgroundColor: CHART_COLOURS.primary,
          barPercentage: 0.6,
          datalabels: {
            display: true,
            anchor: 'end',
            align: 'end',
            color: CHART_COLOURS.ink,
            font: font(context, CHART_FONT_SIZES.value, 'bold'),
            formatter: () => grouped(t, perYear),
          },
        },
      ],
    },
    options: {
      ...options,
      scales: {
        x: categoryAxis(context),
        y: {
          ...valueAxis(context, t(spec.axis), (n) => grouped(t, n), true),
          // Headroom above the bars for their value labels.
          max: perYear * 1.25,
          ticks: {
            stepSize: perYear,
            color: CHART_COLOURS.muted,
            font: font(context, CHART_FONT_SIZES.tick),
            callback: (value) => grouped(t, Number(value)),
          },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${perYearText}` },
        },
      },
    },
  };
}

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
          min: Math.floor(first) - 1,
          max: Math.ceil(last) + 2,
          ticks: {
            stepSize: 4,
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

/** Colours of the project groups, in group order. */
const GROUP_COLOURS = [
  CHART_COLOURS.secondary,
  CHART_COLOURS.primary,
  CHART_COLOURS.highlight,
] as const;

/** Items stacked as units in their group's bar, each unit labelled with the item's name. */
function groupsConfig(spec: GroupsChartSpec, context: ChartContext): DeckChartConfig {
  const { t } = context;
  const options = baseOptions(context);
  const widest = Math.max(...spec.groups.map((group) => group.items.length));
  const itemAt = (position: number, groupIndex: number) => spec.groups[groupIndex]?.items[position];
  const datasets = Array.from(
    { length: widest },
    (_, position): ChartDataset<'bar', BarValue[]> => ({
      label: String(position + 1),
      data: spec.groups.map((group) => (group.items[position] === undefined ? null : 1)),
      backgroundColor: spec.groups.map(
        (_, index) => GROUP_COLOURS[index % GROUP_COLOURS.length] ?? CHART_COLOURS.primary,
      ),
      borderColor: '#ffffff',
      borderWidth: { left: 0, right: 4, top: 0, bottom: 0 },
      borderSkipped: false,
      barPercentage: 0.8,
      datalabels: {
        display: true,
        color: (label) => (label.dataIndex === 0 ? CHART_COLOURS.ink : CHART_COLOURS.onDark),
        font: font(context, CHART_FONT_SIZES.tick, 'bold'),
        textAlign: 'center',
        formatter: (_value: unknown, label) => {
          const item = itemAt(position, label.dataIndex);
          return item === undefined ? '' : wrapLabel(t(item));
        },
      },
    }),
  );
  return {
    type: 'bar',
    data: { labels: spec.groups.map((group) => t(group.label)), datasets },
    options: {
      ...options,
      indexAxis: 'y',
      scales: {
        x: {
          ...valueAxis(context, t(spec.axis), (n) => grouped(t, n), true),
          stacked: true,
          max: widest,
          ticks: {
            stepSize: 1,
            color: CHART_COLOURS.muted,
            font: font(context, CHART_FONT_SIZES.tick),
            callback: (value) => grouped(t, Number(value)),
          },
        },
        y: { ...categoryAxis(context, true), stacked: true },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: {
            label: (item) => {
              const name = itemAt(item.datasetIndex, item.dataIndex);
              return name === undefined ? '' : t(name);
            },
          },
        },
      },
    },
  };
}

/** Splits a long Latin label over two lines near its middle space; CJK labels stay as they are. */
export function wrapLabel(text: string): string | string[] {
  if (text.length <= 14 || !text.includes(' ')) return text;
  const middle = text.length / 2;
  let best = -1;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  return [text.slice(0, best), text.slice(best + 1)];
}

/** "Steel plant: particles" over two lines, the name above what was measured. */
function splitAtColon(text: string): string | string[] {
  const match = /^(.+?[:：])\s*(.+)$/u.exec(text);
  return match?.[1] === undefined || match[2] === undefined ? text : [match[1], match[2]];
}

/** The one chart factory: a typed chart.js configuration for any chart spec. */
export function createChartConfig(spec: ChartSpec, context: ChartContext): DeckChartConfig {
  switch (spec.kind) {
    case 'bars':
      return barsConfig(spec, context);
    case 'annual':
      return annualConfig(spec, context);
    case 'timeline':
      return timelineConfig(spec, context);
    case 'groups':
      return groupsConfig(spec, context);
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}
