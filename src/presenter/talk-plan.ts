import type { i18n } from 'i18next';
import { SLIDES } from '../../slides/index.ts';
import { notesText } from '../render/notes.ts';
import type { Locale } from '../i18n/languages.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import type { Slide } from '../model/slide.ts';
import { estimatedMinutes, parseMinutes, slideBudgets } from './pacing.ts';

/** The talk's timing: its target length and each slide's share, in seconds. */
export interface TalkPlan {
  readonly minutes: number;
  readonly budgets: readonly number[];
}

/** Every slide's notes as the speaker reads them in one language. */
function notesIn(instance: i18n, locale: Locale): string[] {
  const t = instance.getFixedT(locale);
  return SLIDES.map((slide) => notesText(t, slide));
}

/**
 * Seconds the hall needs per labelled mark of a chart (an event on the timeline, a project, a
 * plant's result) to find it and read its label. The notes' reading time alone planned 09's
 * timeline of seven events at 0:11, while the speaker says one sentence over it: too short to
 * look at. This is the deck's planning rule (about one look and one short label read per
 * mark, while the speaker talks), not a measurement; it only lifts slides whose notes are
 * shorter than their chart takes to read.
 */
const SECONDS_PER_MARK = 4;

/** The labels a chart asks the hall to read. */
function chartMarks(chart: ChartSpec): number {
  switch (chart.kind) {
    case 'timeline':
      return chart.events.length;
    case 'groups':
      return chart.groups.reduce((sum, group) => sum + group.items.length, 0);
    case 'plants':
      return chart.plants.reduce((sum, plant) => sum + plant.results.length, 0);
    case 'areas':
      return 2;
    case 'annual':
      // One row of identical pictograms, read as one.
      return 1;
    default: {
      const unreachable: never = chart;
      return unreachable;
    }
  }
}

/** The least time a slide is planned, in seconds: its chart's reading time (0 without one). */
export function slideFloor(slide: Slide): number {
  return slide.kind === 'chart' ? chartMarks(slide.chart) * SECONDS_PER_MARK : 0;
}

/** Reads `?minutes=`, warning once about a value that is not a usable length. */
export function requestedMinutes(minutesParam: string | null): number | null {
  const requested = parseMinutes(minutesParam);
  if (minutesParam !== null && requested === null) {
    console.warn('[deck] Ignoring ?minutes: expected a positive number of minutes.');
  }
  return requested;
}

/**
 * The plan for a talk: the requested length, otherwise the time the speech takes to read
 * (its English notes); split over the slides by the length of their notes in the notes
 * language, a chart slide never under the time its chart takes to read (`slideFloor`).
 */
export function talkPlan(instance: i18n, notesLocale: Locale, requested: number | null): TalkPlan {
  const minutes = requested ?? Math.round(estimatedMinutes(notesIn(instance, 'en')));
  return {
    minutes,
    budgets: slideBudgets(notesIn(instance, notesLocale), minutes * 60, SLIDES.map(slideFloor)),
  };
}

/** The plan in each notes language, made when first asked for and then kept. */
export function talkPlans(instance: i18n, minutes: number | null): (locale: Locale) => TalkPlan {
  const plans = new Map<Locale, TalkPlan>();
  return (locale) => {
    let plan = plans.get(locale);
    if (plan === undefined) {
      plan = talkPlan(instance, locale, minutes);
      plans.set(locale, plan);
    }
    return plan;
  };
}
