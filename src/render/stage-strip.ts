import type { TFunction } from 'i18next';
import { eventYears } from '../charts/chart-text.ts';
import { formatFigure } from '../i18n/format-figure.ts';
import type { StageNumber, TimelineChartSpec, TimelineEvent } from '../model/chart-spec.ts';
import { eventsOfStage, stageStarts } from '../model/timeline.ts';

/** What the strip needs from the slide being built: elements, and texts bound to the language. */
export interface StripKit {
  element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
  ): HTMLElementTagNameMap[K];
  /** Gives `element` a computed text in the audience language (a signpost needs no subtitle). */
  bind(element: HTMLElement, text: (t: TFunction) => string): void;
  /** An element with a text in the audience language and, in bilingual mode, its subtitle. */
  subtitled<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    text: (t: TFunction) => string,
  ): HTMLElementTagNameMap[K];
  /** Gives `element` an accessible name in the audience language. */
  label(element: HTMLElement, text: (t: TFunction) => string): void;
}

/**
 * A stage's dated events, each its years and its name, as the big timeline gives them. The
 * names are subtitled: they say what the stage holds, which half a mixed hall could not read
 * in the other language (the stages' names need none: the lit one is the subtitled title).
 */
function stageEvents(kit: StripKit, events: readonly TimelineEvent[]): HTMLUListElement {
  const list = kit.element('ul', 'stage-strip-events');
  for (const event of events) {
    const item = kit.element('li', 'stage-strip-event');
    const years = kit.element('span', 'stage-strip-event-years');
    kit.bind(years, (t) => eventYears(t, event));
    const name = kit.subtitled('span', 'stage-strip-event-name', (t) => t(event.label));
    item.append(years, name);
    list.append(item);
  }
  return list;
}

/**
 * The cooperation timeline, small, on a stage's divider: the four stages in order, each with
 * the year it begins (from the big timeline's own events) and its name, `current` lit and
 * marked as the current step for assistive technology, with the stage's dated events beneath
 * it, the others muted.
 */
export function buildStageStrip(
  kit: StripKit,
  timeline: TimelineChartSpec,
  current: StageNumber,
): HTMLOListElement {
  const strip = kit.element('ol', 'stage-strip');
  kit.label(strip, (t) => t('visuals.stageStrip'));
  for (const start of stageStarts(timeline)) {
    const item = kit.element('li', 'stage-strip-stage');
    item.dataset['stage'] = String(start.stage);
    if (start.stage === current) item.setAttribute('aria-current', 'step');
    const year = kit.element('span', 'stage-strip-year');
    kit.bind(year, (t) => formatFigure(t, start.event.from));
    const name = kit.element('span', 'stage-strip-name');
    kit.bind(name, (t) => t(`slides.stages.${start.stage}`));
    item.append(year, name);
    if (start.stage === current) {
      item.append(stageEvents(kit, eventsOfStage(timeline, current)));
    }
    strip.append(item);
  }
  return strip;
}
