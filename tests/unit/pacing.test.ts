import { describe, expect, it } from 'vitest';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import {
  formatClockTime,
  formatDuration,
  noteLength,
  pacingStatus,
  parseMinutes,
  slideBudgets,
} from '../../src/presenter/pacing.ts';
import { slideFloor, talkPlan } from '../../src/presenter/talk-plan.ts';
import { SLIDES } from '../../slides/index.ts';

describe('pacing a talk', () => {
  it('measures English notes in words and Chinese or Japanese in characters', () => {
    expect(noteLength('Good morning, distinguished guests!')).toBe(4);
    expect(noteLength('大家早上好')).toBeCloseTo(2.5);
  });

  it('splits the target length over the slides in whole seconds that add up exactly', () => {
    const budgets = slideBudgets(['one two three', 'one', 'one two three four five six'], 100);
    expect(budgets.reduce((a, b) => a + b, 0)).toBe(100);
    expect(budgets[2]).toBeGreaterThan(budgets[0] ?? 0);
    expect(budgets[0]).toBeGreaterThan(budgets[1] ?? 0);
  });

  it.each(['en', 'zh', 'ja'] as const)(
    'plans 20 minutes over every slide for %s notes',
    (locale) => {
      const plan = talkPlan(createDeckI18n(), locale, 20);
      expect(plan.minutes).toBe(20);
      expect(plan.budgets).toHaveLength(29);
      expect(plan.budgets.reduce((a, b) => a + b, 0)).toBe(1200);
      expect(Math.min(...plan.budgets)).toBeGreaterThan(0);
    },
  );

  it('lifts a slide to its floor and shares the rest by the notes, the total unchanged', () => {
    const notes = ['one', 'one two three four five six seven eight nine', 'one two three'];
    const budgets = slideBudgets(notes, 130, [30, 0, 0]);
    expect(budgets).toEqual([30, 75, 25]);
    // Floors the talk cannot hold leave the split to the notes.
    expect(slideBudgets(notes, 13, [30, 0, 0])).toEqual(slideBudgets(notes, 13));
  });

  it.each(['en', 'zh', 'ja'] as const)(
    'plans 09’s timeline for its seven events, not its one sentence of %s notes',
    (locale) => {
      const plan = talkPlan(createDeckI18n(), locale, null);
      const timeline = SLIDES.findIndex((slide) => slide.id === 'cooperation-timeline');
      // Seven events at 4 s each; the notes alone had planned 0:11 to 0:13.
      expect(SLIDES.map(slideFloor)[timeline]).toBe(28);
      expect(plan.budgets[timeline]).toBeGreaterThanOrEqual(28);
      expect(plan.budgets.reduce((a, b) => a + b, 0)).toBe(plan.minutes * 60);
      SLIDES.forEach((slide, index) => {
        expect(plan.budgets[index]).toBeGreaterThanOrEqual(slideFloor(slide));
      });
    },
  );

  it('defaults to the time the speech takes to read', () => {
    const plan = talkPlan(createDeckI18n(), 'en', null);
    expect(plan.minutes).toBeGreaterThanOrEqual(6);
    expect(plan.minutes).toBeLessThanOrEqual(15);
  });

  it.each([
    ['20', 20],
    ['7.5', 7.5],
    ['-5', null],
    ['0', null],
    ['abc', null],
    ['', null],
    ['Infinity', null],
    ['100000', null],
  ])('reads ?minutes=%s as %s', (value, expected) => {
    expect(parseMinutes(value)).toBe(expected);
  });

  it('tells the speaker whether they are ahead, on time or behind', () => {
    const budgets = [60, 60, 60];
    expect(pacingStatus(budgets, 2, 30)).toEqual({ state: 'ahead', seconds: 90 });
    expect(pacingStatus(budgets, 1, 90)).toEqual({ state: 'on-time', seconds: 0 });
    expect(pacingStatus(budgets, 0, 75)).toEqual({ state: 'behind', seconds: 15 });
  });

  it('measures a talk that started on a later slide from that slide’s planned start', () => {
    const budgets = [60, 60, 60];
    // Started on slide 2: a minute into the talk, slide 3 is on time, half a minute is early.
    expect(pacingStatus(budgets, 2, 60, 1)).toEqual({ state: 'on-time', seconds: 0 });
    expect(pacingStatus(budgets, 2, 30, 1)).toEqual({ state: 'ahead', seconds: 30 });
    expect(pacingStatus(budgets, 1, 0, 1)).toEqual({ state: 'on-time', seconds: 0 });
    expect(pacingStatus(budgets, 1, 75, 1)).toEqual({ state: 'behind', seconds: 15 });
  });

  it('writes durations as a presenter timer does', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  // The speaker's clock had read 06:29 in English and 6:31 in Japanese.
  it('reads the clock one way in every language: 24-hour, two-digit hours', () => {
    const morning = new Date(2026, 11, 3, 6, 31);
    const evening = new Date(2026, 11, 3, 18, 5);
    for (const locale of ['en', 'zh', 'ja'] as const) {
      expect(formatClockTime(locale, morning), locale).toBe('06:31');
      expect(formatClockTime(locale, evening), locale).toBe('18:05');
    }
  });
});
