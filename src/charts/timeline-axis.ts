import { placeStart, type TimelinePlace } from '../model/timeline.ts';

/** An empty stretch at least this many years long is cut out of the axis. */
const MIN_CUT_YEARS = 6;

/** The width, in years of the axis, that a cut takes: room for its break mark. */
const CUT_WIDTH = 0.75;

/**
 * The empty time kept on each side of a cut, so that no event touches the break: half a year
 * before the next mark; after the marks before it, room for their years written after them,
 * clear of the next stage's line (a year left the sister cities' 1979 ending on stage 2's line
 * in English, 0 px off it: 1.5 years leave it 15 px or more in every language).
 */
const CUT_MARGIN = { before: 1.5, after: 0.5 };

/** Years between two ticks: round years only. */
const TICK_STEP = 5;

/** The years an axis cuts out, and where on the axis its break mark goes. */
export interface AxisCut {
  readonly from: number;
  readonly to: number;
  /** The break mark's position on the axis. */
  readonly at: number;
}

/**
 * A year axis with its one long empty stretch cut out (1980–92 has no event), so that the
 * years where the cooperation happens get the width. Positions are the axis's own units:
 * years before the cut, years shifted left after it.
 */
export interface BrokenYearAxis {
  readonly min: number;
  readonly max: number;
  readonly cut: AxisCut | null;
  /** Years to tick, as positions on the axis: the first event's before a cut, round years after. */
  readonly ticks: readonly number[];
  /** A year's position on the axis. */
  position(year: number): number;
  /** The year at a position on the axis. */
  year(position: number): number;
}

/** Where an event ends on the year axis. */
function placeEnd(place: TimelinePlace): number {
  return place.kind === 'dot' ? place.at : place.to;
}

/** The longest stretch between events, less a margin on each side (`CUT_MARGIN`). */
function longestGap(places: readonly TimelinePlace[]): { from: number; to: number } | null {
  const sorted = [...places].sort((a, b) => placeStart(a) - placeStart(b));
  let reached = -Infinity;
  let longest: { from: number; to: number } | null = null;
  for (const place of sorted) {
    const gap = { from: reached + CUT_MARGIN.before, to: placeStart(place) - CUT_MARGIN.after };
    if (reached > -Infinity && gap.to - gap.from > (longest ? longest.to - longest.from : 0)) {
      longest = gap;
    }
    reached = Math.max(reached, placeEnd(place));
  }
  return longest;
}

/** How an axis is spaced: years before the first event and after the last, years between ticks. */
export interface AxisSpacing {
  readonly lead: number;
  readonly trail: number;
  readonly tickStep: number;
}

/**
 * On the slide: half a year before the first event's year, one after the last's (room for
 * its tick's year), a tick every five years. With a narrow cut, the years of the cooperation
 * get the width: a span's years (Japanese 1993〜2001) end clear of the last stage's line (they
 * ran into it). The half year the cut's margin took from 1979's side came from the end: the
 * years after the cut keep their width.
 */
const SLIDE_SPACING: AxisSpacing = { lead: 0.5, trail: 1, tickStep: TICK_STEP };

/**
 * A year axis for these events: from `lead` years before the first to `trail` after the last.
 * A phone's narrow axis (`{ lead: 3, trail: 3, tickStep: 10 }`) keeps the first dot clear of
 * the axis's start, room after the last bar for its years, and its few ticks apart.
 */
export function brokenYearAxis(
  places: readonly TimelinePlace[],
  spacing: AxisSpacing = SLIDE_SPACING,
): BrokenYearAxis {
  const first = Math.floor(Math.min(...places.map(placeStart))) - spacing.lead;
  const last = Math.ceil(Math.max(...places.map(placeEnd))) + spacing.trail;
  const gap = longestGap(places);
  const cutYears = gap !== null && gap.to - gap.from >= MIN_CUT_YEARS ? gap : null;
  const hidden = cutYears === null ? 0 : cutYears.to - cutYears.from - CUT_WIDTH;
  const position = (year: number): number =>
    cutYears === null || year <= cutYears.from ? year : year - hidden;
  const year = (at: number): number =>
    cutYears === null || at <= cutYears.from ? at : at + hidden;
  // Before a cut, the first event's own year alone, under its dot: a round year there (1980
  // beside the 1979 dot) read as one more date, one the speech does not give. After it, round
  // years.
  const ticks: number[] = cutYears === null ? [] : [Math.min(...places.map(placeStart))];
  const step = spacing.tickStep;
  for (let tick = Math.ceil(first / step) * step; tick <= last; tick += step) {
    if (cutYears === null || tick > cutYears.to) ticks.push(position(tick));
  }
  return {
    min: position(first),
    max: position(last),
    cut: cutYears === null ? null : { ...cutYears, at: cutYears.from + CUT_WIDTH / 2 },
    ticks,
    position,
    year,
  };
}
