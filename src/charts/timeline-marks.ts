import type { Chart, ChartType, Plugin } from 'chart.js';

/** What the timeline draws besides its bars: dots, stage starts and the broken axis line. */
export interface TimelineMarksOptions {
  /** Data indices of the events drawn as dots (their bars have no length). */
  readonly dots: readonly number[];
  readonly dotRadius: number;
  readonly dotColour: string;
  /** Where each stage begins on the axis, and its number. */
  readonly stages: readonly { readonly at: number; readonly label: string }[];
  readonly stageColour: string;
  /** The text on a stage's badge. */
  readonly stageInk: string;
  readonly stageFont: { readonly family: string; readonly size: number; readonly weight: string };
  /** The radius of a stage's numbered badge above the plot (see `stageBadgeSpace`). */
  readonly badgeRadius: number;
  /** The position of the axis's break mark, or null for an unbroken axis line. */
  readonly breakAt: number | null;
  readonly axisColour: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** The timeline's own marks (see `TIMELINE_MARKS`); `TType` is chart.js's own parameter. */
    deckTimeline?: TType extends 'bar' ? TimelineMarksOptions : never;
  }
}

/** The gap between a badge and the plot below it. */
const BADGE_GAP = 6;

/**
 * A stage badge's radius: room for its number on the slide; on a phone's narrow axis the
 * stages of 1993 and 1997 stand a badge's width apart, so the badges are as small as their
 * 16 px number allows.
 */
export function stageBadgeRadius(compact: boolean): number {
  return compact ? 12 : 18;
}

/** The height badges of this radius need above the plot: the chart's top padding. */
export function stageBadgeSpace(badgeRadius: number): number {
  return 2 * badgeRadius + BADGE_GAP + 2;
}

/** Stage starts as dashed lines down the plot, behind the events. */
function drawStageLines(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx, chartArea, scales } = chart;
  const x = scales['x'];
  if (x === undefined) return;
  ctx.save();
  ctx.strokeStyle = options.stageColour;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 6]);
  for (const stage of options.stages) {
    const at = Math.round(x.getPixelForValue(stage.at)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(at, chartArea.top - BADGE_GAP);
    ctx.lineTo(at, chartArea.bottom);
    ctx.stroke();
  }
  ctx.restore();
}

/** Each stage's number in a badge above its line. */
function drawStageBadges(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx, chartArea, scales } = chart;
  const x = scales['x'];
  if (x === undefined) return;
  const { family, size, weight } = options.stageFont;
  ctx.save();
  ctx.font = `${weight} ${size}px ${family}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const stage of options.stages) {
    const at = x.getPixelForValue(stage.at);
    const middle = chartArea.top - BADGE_GAP - options.badgeRadius;
    ctx.fillStyle = options.stageColour;
    ctx.beginPath();
    ctx.arc(at, middle, options.badgeRadius, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = options.stageInk;
    ctx.fillText(stage.label, at, middle + 1);
  }
  ctx.restore();
}

/** Dated events as dots where their bars of no length stand. */
function drawDots(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx } = chart;
  const bars = chart.getDatasetMeta(0).data;
  ctx.save();
  ctx.fillStyle = options.dotColour;
  for (const index of options.dots) {
    const bar = bars[index];
    if (bar === undefined || !Number.isFinite(bar.x) || !Number.isFinite(bar.y)) continue;
    ctx.beginPath();
    ctx.arc(bar.x, bar.y, options.dotRadius, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.restore();
}

/**
 * The time axis's line, cut where the axis breaks, with two slanted strokes across the cut
 * (drawn here rather than by chart.js, which draws an axis line whole).
 */
function drawAxisLine(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const x = chart.scales['x'];
  if (x === undefined) return;
  const { ctx, chartArea } = chart;
  const y = chartArea.bottom + 1;
  const half = 8;
  const at = options.breakAt === null ? null : x.getPixelForValue(options.breakAt);
  ctx.save();
  ctx.strokeStyle = options.axisColour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(chartArea.left, y);
  if (at !== null) {
    ctx.lineTo(at - half, y);
    ctx.moveTo(at + half, y);
  }
  ctx.lineTo(chartArea.right, y);
  if (at !== null) {
    for (const offset of [-half, half]) {
      ctx.moveTo(at + offset - 5, y + 11);
      ctx.lineTo(at + offset + 5, y - 11);
    }
  }
  ctx.stroke();
  ctx.restore();
}

/**
 * The timeline's marks that a bar chart has no element for, drawn on its canvas: chart.js
 * keeps the events as bars (a dot is a bar of no length, so tooltips and labels find it) and
 * this draws the dots, the stage starts and the break over them.
 */
export const TIMELINE_MARKS = {
  id: 'deckTimeline',
  beforeDatasetsDraw(chart, _args, options) {
    drawStageLines(chart, options);
  },
  afterDatasetsDraw(chart, _args, options) {
    drawDots(chart, options);
  },
  afterDraw(chart, _args, options) {
    drawStageBadges(chart, options);
    drawAxisLine(chart, options);
  },
} as const satisfies Plugin<'bar', TimelineMarksOptions>;
