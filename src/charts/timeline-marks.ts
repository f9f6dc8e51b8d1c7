import type { Chart, ChartType, Plugin } from 'chart.js';
import { drawGutterName, gutterNameHeight, NAME_GAP, stageRuns } from './timeline-gutter.ts';
import type { GutterName } from './timeline-gutter.ts';
import type { TimelineSubtitles } from './timeline-subtitles.ts';

/**
 * What the timeline draws besides its bars: dots, stage starts, and the stages' groups of rows
 * (a pale band behind every other stage's rows, each group's numbered badge left of its names).
 */
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
  /** Each group's stage name, set beside its badge in the gutter (`timeline-gutter.ts`). */
  readonly names: readonly GutterName[];
  readonly nameFont: { readonly family: string; readonly size: number; readonly weight: string };
  readonly nameColour: string;
  /** With subtitles on: the rows' translations (`TIMELINE_SUBTITLES`), the names' type. */
  readonly subtitles?: TimelineSubtitles;
  /** Each row's stage: the rows of one stage are a group, with its badge in the left gutter. */
  readonly rowStages: readonly number[];
  /** The band behind the rows of every other stage (the first, the third). */
  readonly bandColour: string;
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
export function stageBadgeRadius(compact: boolean, short = false): number {
  if (compact) return 12;
  // In a short frame (subtitles), as small as the slide's 24 px number allows.
  return short ? 15 : 18;
}

/** The height badges of this radius need above the plot: the chart's top padding. */
export function stageBadgeSpace(badgeRadius: number): number {
  return 2 * badgeRadius + BADGE_GAP + 2;
}

/**
 * The chart's padding: above the plot the room for the stages' badges, left of the row names
 * a gutter for each stage's badge and, beside it, its name (`nameWidth` wide).
 */
export function stagePadding(badgeRadius: number, nameWidth: number, right: number) {
  const left = 2 * badgeRadius + 2 + NAME_GAP.before + nameWidth + NAME_GAP.after;
  return { top: stageBadgeSpace(badgeRadius), left, right };
}

/** Whether a stage's rows stand on a band: every other stage, the first and the third. */
export function bandedStage(stage: number | undefined): boolean {
  return stage !== undefined && stage % 2 === 1;
}

/** A stage's group of rows: its number, and the top and bottom of its rows. */
interface RowGroup {
  readonly label: string;
  readonly top: number;
  readonly bottom: number;
}

/** The rows of each stage, consecutive in the data, as a group spanning its rows' height. */
function rowGroups(chart: Chart<'bar'>, options: TimelineMarksOptions): RowGroup[] {
  const rows = chart.getDatasetMeta(0).data.map((bar) => bar.y);
  const first = rows[0] ?? 0;
  const pitch = rows.length > 1 ? ((rows.at(-1) ?? first) - first) / (rows.length - 1) : 0;
  return stageRuns(options.rowStages).map((run) => ({
    label: String(run.stage),
    top: (rows[run.from] ?? 0) - pitch / 2,
    bottom: (rows[run.to] ?? 0) + pitch / 2,
  }));
}

/**
 * A pale band behind the first and the third stage's rows, row names and badge included: the
 * rows of a stage read as one group without a stage number before each name.
 */
function drawStageBands(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx } = chart;
  ctx.save();
  ctx.fillStyle = options.bandColour;
  for (const group of rowGroups(chart, options)) {
    if (!bandedStage(Number(group.label))) continue;
    ctx.fillRect(0, group.top, chart.chartArea.right, group.bottom - group.top);
  }
  ctx.restore();
}

/**
 * Stage starts as fine dotted lines down the plot, behind the events: the badges above name
 * them, and a line as heavy as the events' marks competed with them (2 px dashes, 6 on 6).
 */
function drawStageLines(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx, chartArea, scales } = chart;
  const x = scales['x'];
  if (x === undefined) return;
  ctx.save();
  ctx.strokeStyle = options.stageColour;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 5]);
  for (const stage of options.stages) {
    const at = Math.round(x.getPixelForValue(stage.at)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(at, chartArea.top - BADGE_GAP);
    ctx.lineTo(at, chartArea.bottom);
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Each stage's number in a badge: above its line, and in the left gutter beside its group of
 * rows, the stage's name beside it there.
 */
function drawStageBadges(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx, chartArea, scales } = chart;
  const x = scales['x'];
  if (x === undefined) return;
  const { family, size, weight } = options.stageFont;
  const places = options.stages.map((stage) => ({
    label: stage.label,
    x: x.getPixelForValue(stage.at),
    y: chartArea.top - BADGE_GAP - options.badgeRadius,
  }));
  const name = options.nameFont;
  const nameStyle = {
    font: `${name.weight} ${String(name.size)}px ${name.family}`,
    size: name.size,
    colour: options.nameColour,
  };
  for (const [index, group] of rowGroups(chart, options).entries()) {
    const lines = options.names[index];
    const middle = (group.top + group.bottom) / 2;
    places.push({ label: group.label, x: options.badgeRadius + 1, y: middle });
    // A name taller than its rows (en: stage 4's two lines, one row) starts at its group's top
    // and runs down into the room beside the axis's years, not into the band above.
    if (lines === undefined) continue;
    const subtitle = options.subtitles?.style ?? nameStyle;
    const height = gutterNameHeight(lines, name.size, subtitle.size);
    const y = height <= group.bottom - group.top ? middle : group.top + NAME_GAP.row + height / 2;
    const x = 2 * options.badgeRadius + 2 + NAME_GAP.before;
    drawGutterName(ctx, lines, { x, y }, nameStyle, subtitle);
  }
  ctx.save();
  ctx.font = `${weight} ${size}px ${family}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const place of places) {
    ctx.fillStyle = options.stageColour;
    ctx.beginPath();
    ctx.arc(place.x, place.y, options.badgeRadius, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = options.stageInk;
    ctx.fillText(place.label, place.x, place.y + 1);
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
 * keeps the events as bars (a dot is a bar of no length, so its years label finds it) and
 * this draws the dots, the stage starts and the break over them.
 */
export const TIMELINE_MARKS = {
  id: 'deckTimeline',
  // The bands under everything, the row names included (chart.js draws the scales next).
  beforeDraw(chart, _args, options) {
    drawStageBands(chart, options);
  },
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
