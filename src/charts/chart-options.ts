/** The options the deck's charts share: fonts by language and size, axes. */

import type { ChartOptions, ScaleOptions } from 'chart.js';
import type { ChartContext } from './chart-config.ts';
import { CHART_COLOURS, CHART_FONT_FAMILIES, CHART_FONT_SIZES } from './chart-theme.ts';

/** Chart text on a phone, relative to its size on the slide: 24 slide px → 16 CSS px, a phone's reading size. */
const COMPACT_TEXT = 2 / 3;

type LinearScale = ScaleOptions<'linear'>;
type CategoryScale = ScaleOptions<'category'>;

/** A chart font in the slides' language, phone-sized in the compact layout. */
export function font(context: ChartContext, size: number, weight: 'normal' | 'bold' = 'normal') {
  const shown = context.compact === true ? Math.round(size * COMPACT_TEXT) : size;
  return { family: CHART_FONT_FAMILIES[context.locale], size: shown, weight };
}

/**
 * Options every chart shares: fixed-size frame, theme fonts, no default labels, and no
 * tooltips. A chart names its marks itself; a tooltip only showed where the presenter's
 * pointer rested, a dark box over the labels beside it (09's 1993).
 */
export function baseOptions(context: ChartContext): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    devicePixelRatio: context.devicePixelRatio,
    animation: context.animate ? { duration: 600, easing: 'easeOutQuart' } : false,
    events: [],
    color: CHART_COLOURS.ink,
    layout: { padding: { top: 8, right: 16 } },
    plugins: {
      datalabels: { display: false },
    },
  };
}

/** A value axis starting at zero, titled, with ticks in the locale's number style. */
export function valueAxis(context: ChartContext, title: string, format: (n: number) => string) {
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

/** A category axis with readable labels, no grid and no line (the timeline's bands cross it). */
export function categoryAxis(context: ChartContext, bold = false) {
  return {
    type: 'category',
    ticks: {
      color: CHART_COLOURS.ink,
      font: font(context, CHART_FONT_SIZES.label, bold ? 'bold' : 'normal'),
    },
    grid: { display: false },
    border: { display: false },
  } satisfies CategoryScale;
}
