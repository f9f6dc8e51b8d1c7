import type { i18n } from 'i18next';
import { SLIDES } from '../../slides/index.ts';
import { notesText } from '../render/notes.ts';
import type { Locale } from '../i18n/languages.ts';
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
 * language.
 */
export function talkPlan(instance: i18n, notesLocale: Locale, requested: number | null): TalkPlan {
  const minutes = requested ?? Math.round(estimatedMinutes(notesIn(instance, 'en')));
  return { minutes, budgets: slideBudgets(notesIn(instance, notesLocale), minutes * 60) };
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
