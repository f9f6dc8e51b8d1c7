import { placeStart, type TimelinePlace } from '../model/timeline.ts';

/** An empty stretch at least this many years long is cut out of the axis. */
const MIN_CUT_YEARS = 6;

/** The width, in years of the axis, that a cut takes: room for its break mark. */
const CUT_WIDTH = 1;

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
  /** Round years to tick, as positions on the axis. */
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

/** The longest stretch between events, as whole empty years around a year's margin. */
function longestGap(places: readonly TimelinePlace[]): { from: number; to: number } | null {
  const sorted = [...places].sort((a, b) => placeStart(a) - placeStart(b));
  let reached = -Infinity;
  let longest: { from: number; to: number } | null = null;
  for (const place of sorted) {
    // One empty year is kept on each side, so that no event touches the break.
    const gap = { from: Math.ceil(reached) + 1, to: Math.floor(placeStart(place)) - 1 };
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

/** On the slide: a year before the first event, two after the last, a tick every five years. */
const SLIDE_SPACING: AxisSpacing = { lead: 1, trail: 2, tickStep: TICK_STEP };

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
  const ticks: number[] = [];
  const step = spacing.tickStep;
  for (let tick = Math.ceil(first / step) * step; tick <= last; tick += step) {
    const inCut = cutYears !== null && tick >= cutYears.from && tick <= cutYears.to;
    if (!inCut) ticks.push(position(tick));
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
