import { INTL_LOCALES, type Locale } from '../i18n/languages.ts';

/** Speaking rates used to estimate a talk's length from its notes. */
const RATES = {
  /** English: words a minute at a measured conference pace. */
  wordsPerMinute: 130,
  /** Chinese and Japanese: characters a minute at the same pace. */
  charactersPerMinute: 260,
} as const;

/** The length of a speaker note as speaking effort: words for English, characters for CJK. */
export function noteLength(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const words = text
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words + (cjk * RATES.wordsPerMinute) / RATES.charactersPerMinute;
}

/** How long reading these notes takes, in minutes: the default talk length. */
export function estimatedMinutes(notes: readonly string[]): number {
  const total = notes.reduce((sum, text) => sum + noteLength(text), 0);
  return total / RATES.wordsPerMinute;
}

/**
 * Reads `?minutes=`: a positive number of minutes up to a day; anything else is null (the caller
 * warns and uses the default).
 */
export function parseMinutes(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const minutes = Number(value);
  return Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60 ? minutes : null;
}

/**
 * The exact (fractional) seconds of each slide: proportional to its notes' length, except that
 * a slide whose share falls short of its floor gets the floor, and the rest of the talk is
 * split over the other slides the same way. A talk too short for all the floors is split by
 * the notes alone.
 */
function exactBudgets(
  lengths: readonly number[],
  totalSeconds: number,
  floors: readonly number[],
): number[] {
  const floorOf = (index: number): number => Math.max(floors[index] ?? 0, 0);
  const floored = new Set<number>();
  if (lengths.reduce((sum, _, index) => sum + floorOf(index), 0) < totalSeconds) {
    for (;;) {
      const free = lengths.flatMap((length, index) => (floored.has(index) ? [] : [length]));
      const rest = totalSeconds - [...floored].reduce((sum, index) => sum + floorOf(index), 0);
      const perUnit = rest / free.reduce((a, b) => a + b, 0);
      const short = lengths.flatMap((length, index) =>
        !floored.has(index) && length * perUnit < floorOf(index) ? [index] : [],
      );
      if (short.length === 0) {
        return lengths.map((length, index) =>
          floored.has(index) ? floorOf(index) : length * perUnit,
        );
      }
      for (const index of short) floored.add(index);
    }
  }
  const sum = lengths.reduce((a, b) => a + b, 0);
  return lengths.map((length) => (length / sum) * totalSeconds);
}

/**
 * Splits a talk's length over the slides in proportion to the length of their notes, each at
 * least its floor in seconds (`floors`, see talk-plan.ts), in whole seconds that add up exactly
 * to the target (largest remainders get the spare seconds).
 */
export function slideBudgets(
  notes: readonly string[],
  totalSeconds: number,
  floors: readonly number[] = [],
): number[] {
  const lengths = notes.map((text) => Math.max(noteLength(text), 1));
  const exact = exactBudgets(lengths, totalSeconds, floors);
  const budgets = exact.map(Math.floor);
  let spare = Math.round(totalSeconds) - budgets.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (spare <= 0) break;
    budgets[index] = (budgets[index] ?? 0) + 1;
    spare -= 1;
  }
  return budgets;
}

/** Whether the speaker is ahead of or behind the plan, and by how many seconds. */
export interface PacingStatus {
  readonly state: 'ahead' | 'behind' | 'on-time';
  readonly seconds: number;
}

/** When a slide's time begins in the plan: the budgets of the slides before it. */
function plannedStart(budgets: readonly number[], slideIndex: number): number {
  return budgets.slice(0, slideIndex).reduce((a, b) => a + b, 0);
}

/**
 * Compares the time spent with the plan for the current slide: behind once past the slide's
 * planned end, ahead while still before its planned start, on time in between. A talk that
 * started on a later slide (`fromSlide`: a rehearsal of one part, or a talk resumed there) is
 * measured from that slide's planned start.
 */
export function pacingStatus(
  budgets: readonly number[],
  slideIndex: number,
  elapsedSeconds: number,
  fromSlide = 0,
): PacingStatus {
  const offset = plannedStart(budgets, fromSlide);
  const start = plannedStart(budgets, slideIndex) - offset;
  const end = start + (budgets[slideIndex] ?? 0);
  if (elapsedSeconds > end) return { state: 'behind', seconds: Math.round(elapsedSeconds - end) };
  if (elapsedSeconds < start)
    return { state: 'ahead', seconds: Math.round(start - elapsedSeconds) };
  return { state: 'on-time', seconds: 0 };
}

/** Seconds as m:ss (or h:mm:ss), the way a presenter's timer reads. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The time of day as a stage clock reads in every language: 24-hour, two-digit hours
 * ("06:31"). Each locale's own short style had read 06:29 in English and 6:31 in Japanese,
 * one panel with two clocks.
 */
export function formatClockTime(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
