import type { ChartConfiguration } from 'chart.js';
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/languages.ts';
import type { CanvasChartSpec, TimelineChartSpec } from '../model/chart-spec.ts';
import { eventPlace, stageStarts } from '../model/timeline.ts';
import { CHART_COLOURS, CHART_FONT_SIZES } from './chart-theme.ts';
import { baseOptions, categoryAxis, font, valueAxis } from './chart-options.ts';
import { stageName, twoLines, yearTick } from './chart-text.ts';
import { brokenYearAxis } from './timeline-axis.ts';
import { gutterNames, stageGroups } from './timeline-gutter.ts';
import { timelineYears } from './timeline-years.ts';
import { bandedStage, stageBadgeRadius, stagePadding, TIMELINE_MARKS } from './timeline-marks.ts';
import { rowSubtitles, subtitleStyle, TIMELINE_SUBTITLES } from './timeline-subtitles.ts';
import type { ChartSubtitles } from './timeline-subtitles.ts';

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
  /** Drawn for the phone layout (phone.css): phone-sized text, room for a span's years. */
  readonly compact?: boolean;
  /** The height of the frame it is drawn in, in slide pixels (shorter under subtitles). */
  readonly frameHeight?: number;
  /** The subtitle language, with subtitles on: the timeline's names get their translation. */
  readonly subtitles?: ChartSubtitles;
}

/**
 * A bar's share of its row, and an event's dot as thick as a bar: at 0.7 the seven rows' marks
 * stood about 11 px apart, as dense as a table; at half a row they leave the rows air.
 */
const BAR_SHARE = 0.5;
const DOT_RADIUS = 10;

/** A frame shorter than this (subtitles) left the rows under 36 px; each mark has its years. */
const SHORT_FRAME = 400;

/**
 * Dated events on a year axis cut after the first (nothing happens in 1980–92), one row each:
 * a dot for an event, a bar only for a span the speech gives both ends of, and a numbered
 * line where each stage begins, named beside its badge in the left gutter. Brand teal, the
 * stages in one highlight.
 */
function timelineConfig(spec: TimelineChartSpec, context: ChartContext): DeckChartConfig {
  const { t } = context;
  const options = baseOptions(context);
  const places = spec.events.map(eventPlace);
  const compact = context.compact === true;
  const axis = brokenYearAxis(places, compact ? { lead: 3, trail: 3, tickStep: 10 } : undefined);
  // A dot is a bar of no length: chart.js still places it, labels it and finds it under the pointer.
  const bars = places.map((place): [number, number] =>
    place.kind === 'dot'
      ? [axis.position(place.at), axis.position(place.at)]
      : [axis.position(place.from), axis.position(place.to)],
  );
  const dots = places.flatMap((place, index) => (place.kind === 'dot' ? [index] : []));
  const starts = stageStarts(spec);
  // Each row its event's name alone: its stage is the group it stands in, under that stage's badge.
  const rows = spec.events.map((event) => t(event.label));
  const ground = (row: number) =>
    bandedStage(spec.events[row]?.stage) ? CHART_COLOURS.band : CHART_COLOURS.paper;
  // Each row's and stage's name with its translation beneath, with subtitles on (a phone shows
  // its list instead of the chart: phone.css).
  const sub = compact ? undefined : context.subtitles;
  const rowFont = font(context, CHART_FONT_SIZES.label);
  const subRows =
    sub &&
    rowSubtitles({
      names: rows,
      rows: spec.events.map((event) => sub.t(event.label)),
      nameFont: `${String(rowFont.size)}px ${rowFont.family}`,
      locale: sub.locale,
    });
  // A short frame (subtitles) keeps the rows' height: smaller badges (its axis keeps its years).
  const short = !compact && (sub !== undefined || (context.frameHeight ?? Infinity) < SHORT_FRAME);
  const badges = stageBadgeRadius(compact, short);
  const nameFont = font(context, CHART_FONT_SIZES.stageName, 'bold');
  const gutter = gutterNames(
    stageGroups(
      spec.events,
      (stage) => stageName(t, stage),
      sub && ((stage) => stageName(sub.t, stage)),
    ),
    `bold ${String(nameFont.size)}px ${nameFont.family}`,
    undefined,
    sub && subtitleStyle(sub.locale).font,
  );
  const years = timelineYears({
    spec,
    t,
    dots,
    dotRadius: DOT_RADIUS,
    ground,
    font: font(context, CHART_FONT_SIZES.value, 'bold'),
  });
  return {
    type: 'bar',
    data: {
      labels: rows,
      datasets: [
        {
          label: t(spec.axis),
          data: bars,
          backgroundColor: CHART_COLOURS.brand,
          barPercentage: BAR_SHARE,
          // A phone's rows are two lines tall: a bar as thick as a dot, not a block.
          ...(compact && { maxBarThickness: 2 * DOT_RADIUS }),
          categoryPercentage: 1,
          datalabels: years.labels,
        },
      ],
    },
    plugins: [TIMELINE_MARKS, years.remeasure, ...(subRows ? [TIMELINE_SUBTITLES] : [])],
    options: {
      ...options,
      indexAxis: 'y',
      layout: { padding: stagePadding(badges, gutter.width, compact ? 52 : 16) },
      // The row under the pointer, wherever in the row: a dot is small to aim at.
      interaction: { mode: 'nearest', axis: 'y', intersect: false },
      scales: {
        x: {
          ...valueAxis(context, t(spec.axis), (n) => yearTick(t, n)),
          // Years on the axis need no "Year" title; each event is labelled with its own years.
          title: { display: false },
          // A tick mark at each year written; the axis line is the marks plugin's (it breaks).
          grid: { drawOnChartArea: false, color: CHART_COLOURS.muted, lineWidth: 2, tickLength: 8 },
          border: { display: false },
          beginAtZero: false,
          min: axis.min,
          max: axis.max,
          // A few round years, placed on the broken axis.
          afterBuildTicks: (scale) => {
            scale.ticks = axis.ticks.map((value) => ({ value }));
          },
          ticks: {
            color: CHART_COLOURS.muted,
            font: font(context, CHART_FONT_SIZES.tick),
            maxRotation: 0,
            // The year at a tick (the first stands under its event's dot).
            callback: (value) => yearTick(t, Math.round(axis.year(Number(value)))),
          },
        },
        // Every event named, also where the frame is short (print): chart.js would skip rows.
        y: {
          ...categoryAxis(context),
          ...(subRows && { afterFit: subRows.afterFit }),
          ticks: {
            ...categoryAxis(context).ticks,
            autoSkip: false,
            ...(subRows && { labelOffset: subRows.labelOffset }),
            // On a phone the axis has half a narrow chart: a long row name takes two lines.
            ...(context.compact === true && {
              callback: (_value: unknown, index: number) => twoLines(rows[index] ?? ''),
            }),
          },
        },
      },
      plugins: {
        ...options.plugins,
        deckTimeline: {
          dots,
          dotRadius: DOT_RADIUS,
          dotColour: CHART_COLOURS.brand,
          stages: starts.map(({ stage, at }) => ({ at: axis.position(at), label: String(stage) })),
          stageColour: CHART_COLOURS.highlight,
          stageInk: CHART_COLOURS.onHighlight,
          stageFont: font(context, CHART_FONT_SIZES.tick, 'bold'),
          badgeRadius: badges,
          breakAt: axis.cut?.at ?? null,
          axisColour: CHART_COLOURS.muted,
          names: gutter.names,
          nameFont,
          nameColour: CHART_COLOURS.ink,
          rowStages: spec.events.map((event) => event.stage),
          bandColour: CHART_COLOURS.band,
          ...(subRows && { subtitles: subRows.options }),
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
