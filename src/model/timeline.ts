import type { StageNumber, TimelineChartSpec, TimelineEvent } from './chart-spec.ts';

/**
 * Where an event sits on a year axis (a year runs from `year` to `year + 1`). A dated event is
 * a dot in the middle of its year, the speech giving no month; a span (the speech gives its
 * start and its end) is a bar to the end of its last year. "At the end of" a year is late in it.
 */
export type TimelinePlace =
  | { readonly kind: 'dot'; readonly at: number }
  | { readonly kind: 'span'; readonly from: number; readonly to: number };

/** Where in its year an event the speech places "at the end of" that year begins. */
const END_OF_YEAR = 0.8;

/** Where in its year an event dated only by its year is drawn: the middle. */
const MID_YEAR = 0.5;

/** An event's place on the year axis: a dot, or a bar only when it has both ends. */
export function eventPlace(event: TimelineEvent): TimelinePlace {
  const year = Number(event.from.value);
  const late = event.endOfYear === true;
  if (event.to === undefined) return { kind: 'dot', at: year + (late ? END_OF_YEAR : MID_YEAR) };
  return { kind: 'span', from: year + (late ? END_OF_YEAR : 0), to: Number(event.to.value) + 1 };
}

/** Where an event begins on the year axis. */
export function placeStart(place: TimelinePlace): number {
  return place.kind === 'dot' ? place.at : place.from;
}

/** A stage's dated events, in the order of their places on the year axis. */
export function eventsOfStage(spec: TimelineChartSpec, stage: StageNumber): TimelineEvent[] {
  return spec.events
    .filter((event) => event.stage === stage)
    .sort((a, b) => placeStart(eventPlace(a)) - placeStart(eventPlace(b)));
}

/** The event that opens a stage: the stage begins where it begins. */
export interface StageStart {
  readonly stage: StageNumber;
  readonly event: TimelineEvent;
  readonly at: number;
}

/**
 * The start of each of the four stages: its earliest dated event on the timeline. The one
 * source of the stages' years, for the big timeline and for the strip on the dividers.
 */
export function stageStarts(spec: TimelineChartSpec): StageStart[] {
  const starts = new Map<StageNumber, StageStart>();
  for (const event of spec.events) {
    const at = placeStart(eventPlace(event));
    const known = starts.get(event.stage);
    if (known === undefined || at < known.at)
      starts.set(event.stage, { stage: event.stage, event, at });
  }
  return [...starts.values()].sort((a, b) => a.stage - b.stage);
}
