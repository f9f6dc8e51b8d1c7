import type { Chart, Plugin, Scale } from 'chart.js';
import type { TFunction } from 'i18next';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import type { Locale } from '../i18n/languages.ts';
import { CHART_COLOURS, CHART_FONT_FAMILIES, CHART_FONT_SIZES } from './chart-theme.ts';
import { measureOnCanvas } from './timeline-gutter.ts';
import type { TimelineMarksOptions } from './timeline-marks.ts';

/** The subtitle language a chart writes second lines in: its translator and its locale. */
export interface ChartSubtitles {
  readonly t: TFunction;
  readonly locale: Locale;
}

/** The subtitle language of the deck's charts while subtitles are on (for a chart's context). */
export function chartSubtitles(language: DeckLanguage): { subtitles?: ChartSubtitles } {
  const locale = language.state.subtitles;
  return locale === null ? {} : { subtitles: { t: language.t('subtitle'), locale } };
}

/** How a translation is set on the timeline: the deck's subtitle type, at the 24 px floor. */
export interface SubtitleStyle {
  readonly font: string;
  readonly size: number;
  readonly colour: string;
}

/** A subtitled timeline's translations: each row name's, drawn under it, and their type. */
export interface TimelineSubtitles {
  readonly rows: readonly string[];
  readonly style: SubtitleStyle;
}

/**
 * How far a row's name stands above its row's middle, and its translation below: two lines
 * (26 px and 24 px, set solid) in a row about 53 px tall, the row's mark between them.
 */
const ROW_SUBTITLE_SHIFT = 12;

/** The subtitle language's type on the timeline: regular, in that language's font. */
export function subtitleStyle(locale: Locale): SubtitleStyle {
  const size = CHART_FONT_SIZES.subtitle;
  const font = `${String(size)}px ${CHART_FONT_FAMILIES[locale]}`;
  return { font, size, colour: CHART_COLOURS.subtitle };
}

/**
 * The row axis's part of a subtitled timeline: the names lifted half a row line, the axis as
 * wide as the widest translation (en under zh: "Representative office" under 设立代表处), and
 * the translations for `TIMELINE_SUBTITLES` to draw under the names.
 */
export function rowSubtitles({
  names,
  rows,
  nameFont,
  locale,
}: {
  readonly names: readonly string[];
  readonly rows: readonly string[];
  readonly nameFont: string;
  readonly locale: Locale;
}) {
  const style = subtitleStyle(locale);
  const widest = (texts: readonly string[], font: string) =>
    Math.max(0, ...texts.map((text) => measureOnCanvas(text, font)));
  const extra = widest(rows, style.font) - widest(names, nameFont);
  return {
    labelOffset: -ROW_SUBTITLE_SHIFT,
    afterFit: (scale: Scale) => {
      if (extra > 0) scale.width += extra;
    },
    options: { rows, style } satisfies TimelineSubtitles,
  };
}

/** Each row name's translation under the name, right-aligned with it. */
function drawRowSubtitles(chart: Chart<'bar'>, options: TimelineSubtitles): void {
  const y = chart.scales['y'];
  const x = y?.getLabelItems()[0]?.options.translation?.[0];
  if (y === undefined || x === undefined) return;
  const { ctx } = chart;
  ctx.save();
  ctx.font = options.style.font;
  ctx.fillStyle = options.style.colour;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  options.rows.forEach((row, index) => {
    ctx.fillText(row, x, y.getPixelForValue(index) + ROW_SUBTITLE_SHIFT + 1);
  });
  ctx.restore();
}

/**
 * Draws the row names' translations over the scales, where the timeline's marks have them
 * (`TimelineMarksOptions.subtitles`: the stages' names take their type from there too).
 */
export const TIMELINE_SUBTITLES = {
  id: 'deckTimelineSubtitles',
  afterDraw(chart) {
    const marks = chart.options.plugins?.deckTimeline as TimelineMarksOptions | undefined;
    if (marks?.subtitles !== undefined) drawRowSubtitles(chart, marks.subtitles);
  },
} as const satisfies Plugin<'bar'>;
