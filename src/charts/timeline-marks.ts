import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * What the timeline draws besides its bars: dots, stage starts, the rules between the stages'
 * rows, the badges in the key, the key to the marks and the broken axis line.
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
  /** The text size of the key under the plot, whose badges this draws. */
  readonly keySize: number;
  /** Each row's stage: a hairline parts the rows where the stage changes. */
  readonly rowStages: readonly number[];
  readonly ruleColour: string;
  /** The key to the event marks, left of the badges: a dot's name and a bar's. */
  readonly markKey: {
    readonly dot: string;
    readonly bar: string;
    readonly ink: string;
    readonly font: { readonly family: string; readonly size: number; readonly weight: string };
  };
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

/**
 * Each stage's number in a badge above its line, and the same badge before its name in the
 * key under the plot (over the key's empty point: chart.js's legend draws no numbers).
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
  // chart.js's legend keeps where it drew each item, untyped.
  const legend = chart.legend as { legendHitBoxes?: { left: number; top: number }[] } | undefined;
  for (const [index, box] of (legend?.legendHitBoxes ?? []).entries()) {
    const label = options.stages[index]?.label;
    if (label === undefined) continue;
    places.push({ label, x: box.left + options.badgeRadius, y: box.top + options.keySize / 2 });
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

/** Hairlines between the stages' groups of rows, across the row names and the plot. */
function drawStageRules(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const bars = chart.getDatasetMeta(0).data;
  const left = chart.scales['y']?.left ?? chart.chartArea.left;
  const { ctx, chartArea } = chart;
  ctx.save();
  ctx.strokeStyle = options.ruleColour;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let index = 1; index < bars.length; index += 1) {
    const above = bars[index - 1];
    const below = bars[index];
    if (above === undefined || below === undefined) continue;
    if (options.rowStages[index] === options.rowStages[index - 1]) continue;
    const y = Math.round((above.y + below.y) / 2) + 0.5;
    ctx.moveTo(left, y);
    ctx.lineTo(chartArea.right, y);
  }
  ctx.stroke();
  ctx.restore();
}

/**
 * The key to the event marks, in the badges' band left of the plot, ending at the plot: a dot
 * is an event the speech dates by its year, a bar a stretch it gives both ends of.
 */
function drawMarkKey(chart: Chart<'bar'>, options: TimelineMarksOptions): void {
  const { ctx, chartArea } = chart;
  const bar = chart.getDatasetMeta(0).data.find((_, index) => !options.dots.includes(index));
  const { family, size, weight } = options.markKey.font;
  // Symbols in proportion to the key's text: as on the plot on the slide, smaller on a phone.
  const radius = Math.min(options.dotRadius, 0.4 * size);
  const thickness = Math.min(
    (bar as unknown as { height?: number } | undefined)?.height ?? 16,
    0.7 * size,
  );
  const y = chartArea.top - BADGE_GAP - options.badgeRadius;
  const gap = size / 3;
  const barLength = 1.6 * size;
  ctx.save();
  ctx.font = `${weight} ${size}px ${family}`;
  ctx.textBaseline = 'middle';
  const [dotText, barText] = [options.markKey.dot, options.markKey.bar];
  const width =
    2 * radius + ctx.measureText(dotText).width + barLength + ctx.measureText(barText).width;
  let x = Math.max(0, chartArea.left - 6 * gap - width);
  ctx.fillStyle = options.dotColour;
  ctx.beginPath();
  ctx.arc(x + radius, y, radius, 0, 2 * Math.PI);
  ctx.fill();
  x += 2 * radius + gap;
  ctx.fillStyle = options.markKey.ink;
  ctx.fillText(dotText, x, y + 1);
  x += ctx.measureText(dotText).width + 2 * gap;
  ctx.fillStyle = options.dotColour;
  ctx.fillRect(x, y - thickness / 2, barLength, thickness);
  x += barLength + gap;
  ctx.fillStyle = options.markKey.ink;
  ctx.fillText(barText, x, y + 1);
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
    drawStageRules(chart, options);
    drawStageLines(chart, options);
  },
  afterDatasetsDraw(chart, _args, options) {
    drawDots(chart, options);
  },
  afterDraw(chart, _args, options) {
    drawStageBadges(chart, options);
    drawMarkKey(chart, options);
    drawAxisLine(chart, options);
  },
} as const satisfies Plugin<'bar', TimelineMarksOptions>;
