import type { StageNumber, TimelineChartSpec, TimelineEvent } from './chart-spec.ts';

/**
 * Where an event sits on a year axis: a year is a point on it, where the axis writes that year
 * and ticks it. A dated event is a dot at its year, the speech giving no month (a dot in the
 * middle of its year stood half a year right of its year's tick, 1997 read as 1997½); a span
 * (the speech gives its start and its end) is a bar from the one year's point to the other's.
 * "At the end of 1993" is drawn at 1993: the axis has no finer mark for it.
 */
export type TimelinePlace =
  | { readonly kind: 'dot'; readonly at: number }
  | { readonly kind: 'span'; readonly from: number; readonly to: number };

/** An event's place on the year axis: a dot, or a bar only when it has both ends. */
export function eventPlace(event: TimelineEvent): TimelinePlace {
  const year = Number(event.from.value);
  if (event.to === undefined) return { kind: 'dot', at: year };
  return { kind: 'span', from: year, to: Number(event.to.value) };
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
