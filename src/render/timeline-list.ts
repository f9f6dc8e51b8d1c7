import { eventYears, stageName } from '../charts/chart-text.ts';
import type { TimelineChartSpec } from '../model/chart-spec.ts';
import { eventPlace, eventsOfStage, stageStarts } from '../model/timeline.ts';
import type { SlideBuilder } from './slide-builder.ts';

/**
 * The timeline as a phone reads it (theme/timeline.css shows it under 600 px, in place of the
 * canvas and its table): the years running down the screen, one stage after another, each
 * under its numbered badge and name, with its dated events in the order of their years. A
 * stage is named where it begins and given no end, as on the wide timeline: the speech dates
 * none. An event the speech dates by its year is a dot on the rail; a period it gives both
 * ends of, a bar. On the 390 px wide chart the badges of 1993 and 1997 sat on one another.
 */
export function buildTimelineList(build: SlideBuilder, spec: TimelineChartSpec): HTMLElement {
  const list = build.element('ol', 'timeline-list');
  for (const { stage } of stageStarts(spec)) {
    const item = build.element('li', 'timeline-stage');
    item.dataset['stage'] = String(stage);
    const head = build.element('p', 'timeline-stage-head');
    const badge = build.element('span', 'timeline-badge');
    badge.textContent = String(stage);
    head.append(
      badge,
      build.subtitled('span', 'timeline-stage-name', (t) => stageName(t, stage)),
    );
    const events = build.element('ol', 'timeline-events');
    const ofStage = eventsOfStage(spec, stage);
    for (const event of ofStage) {
      const row = build.element('li', `timeline-event is-${eventPlace(event).kind}`);
      const years = build.element('span', 'timeline-years');
      build.bind(years, (t) => eventYears(t, event));
      row.append(
        years,
        build.subtitled('span', 'timeline-event-name', (t) => t(event.label)),
      );
      events.append(row);
    }
    item.append(head, events);
    list.append(item);
  }
  return list;
}
