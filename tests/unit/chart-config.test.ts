import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { createChartConfig, type DeckChartConfig } from '../../src/charts/chart-config.ts';
import { chartParams, eventYears, twoLines } from '../../src/charts/chart-text.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';
import {
  isCanvasChart,
  type CanvasChartSpec,
  type ChartSpec,
  type TimelineChartSpec,
} from '../../src/model/chart-spec.ts';
import { speechText } from '../support/speech.ts';

const i18n = createDeckI18n();
const charts = SLIDES.flatMap((slide) =>
  slide.kind === 'chart' && isCanvasChart(slide.chart) ? [{ id: slide.id, spec: slide.chart }] : [],
);
const configFor = (spec: CanvasChartSpec, locale: Locale, animate = true): DeckChartConfig =>
  createChartConfig(spec, { t: i18n.getFixedT(locale), locale, animate, devicePixelRatio: 2 });
const specOf = (id: string): CanvasChartSpec => {
  const found = charts.find((chart) => chart.id === id);
  if (!found) throw new Error(`no chart slide ${id}`);
  return found.spec;
};
/** Any chart slide's spec, canvas or not. */
const anySpecOf = (id: string): ChartSpec => {
  const slide = SLIDES.find((candidate) => candidate.id === id);
  if (slide?.kind !== 'chart') throw new Error(`no chart slide ${id}`);
  return slide.chart;
};
/** Calls an axis tick callback as chart.js would. */
const tick = (config: DeckChartConfig, axis: 'x' | 'y', value: number): unknown => {
  const scale = config.options?.scales?.[axis] as { ticks?: { callback?: unknown } } | undefined;
  const callback = scale?.ticks?.callback;
  return typeof callback === 'function' ? (callback as (v: number) => unknown)(value) : undefined;
};

/** The deck's timeline. */
const timelineSpec = (): TimelineChartSpec => specOf('cooperation-timeline');
/** The tick positions the time axis builds, as chart.js asks for them. */
const axisTicks = (config: DeckChartConfig): number[] => {
  const x = config.options?.scales?.x as { afterBuildTicks?: (scale: unknown) => void };
  const scale = { ticks: [] as { value: number }[] };
  x.afterBuildTicks?.(scale);
  return scale.ticks.map((tick) => tick.value);
};

describe('the chart factory', () => {
  it('draws the timeline, the one chart left on a canvas', () => {
    expect(charts.map((chart) => chart.id)).toEqual(['cooperation-timeline']);
  });

  it.each(LOCALES)('labels every chart in %s, in that language', (locale) => {
    for (const { spec } of charts) {
      const config = configFor(spec, locale);
      const labels = (config.data.labels ?? []).join(' ');
      expect(labels.length).toBeGreaterThan(0);
      if (locale !== 'en') expect(labels).toMatch(/\p{Script=Han}/u);
      expect(labels).not.toMatch(/slides\./);
    }
  });

  it('draws a dot for each dated event and a bar only for a span the speech gives both ends of', () => {
    const spec = timelineSpec();
    const config = configFor(spec, 'en');
    const bars = config.data.datasets[0]?.data ?? [];
    const length = (index: number) => {
      const bar = bars[index];
      return Array.isArray(bar) ? bar[1] - bar[0] : Number.NaN;
    };
    const dots = config.options?.plugins?.deckTimeline?.dots ?? [];
    const spans = spec.events.flatMap((event, index) => (length(index) > 0 ? [event.label] : []));
    // The speech gives a start and an end for these two only ("from 1993 until 2001", "from
    // the end of 1996 to 2000"); every other event has a year and nothing more.
    expect(spans).toEqual(['slides.timeline.events.trainees', 'slides.timeline.events.jicaStudy']);
    for (const [index, event] of spec.events.entries()) {
      if (event.to === undefined) {
        expect(length(index), event.label).toBe(0);
        expect(dots, event.label).toContain(index);
      } else {
        expect(dots, event.label).not.toContain(index);
        // Both ends are in the sentence the span comes from, which is the speech's own.
        expect(event.to.source).toContain(String(event.from.value));
        expect(event.to.source).toContain(String(event.to.value));
        expect(speechText().replace(/\s+/g, ' ')).toContain(event.to.source);
      }
    }
    expect(dots).toHaveLength(5);
  });

  it('cuts the empty years between 1979 and 1993 out of the time axis, with a break mark', () => {
    const spec = timelineSpec();
    const config = configFor(spec, 'en');
    const x = config.options?.scales?.x as { min: number; max: number };
    const bars = config.data.datasets[0]?.data ?? [];
    const start = (index: number) => {
      const bar = bars[index];
      return Array.isArray(bar) ? bar[0] : Number.NaN;
    };
    const sisterCity = start(0);
    const next = Math.min(...spec.events.slice(1).map((_, index) => start(index + 1)));
    // Uncut, the 14 empty years took 40 % of the axis; cut, the gap is a sliver.
    expect((next - sisterCity) / (x.max - x.min)).toBeLessThan(0.25);
    const breakAt = config.options?.plugins?.deckTimeline?.breakAt ?? Number.NaN;
    expect(breakAt).toBeGreaterThan(sisterCity);
    expect(breakAt).toBeLessThan(next);
    // Before the cut the first event's own year (a round 1980 beside the 1979 dot read as a
    // date the speech does not give); after it a few round years, none inside the cut.
    const years = axisTicks(config).map((position) => tick(config, 'x', position));
    expect(years).toEqual(['1979', '1995', '2000', '2005']);
  });

  it.each(LOCALES)('marks where each of the four stages begins, named in %s', (locale) => {
    const config = configFor(timelineSpec(), locale);
    const stages = config.options?.plugins?.deckTimeline?.stages ?? [];
    expect(stages.map((stage) => stage?.label)).toEqual(['1', '2', '3', '4']);
    const years = stages.map((stage) =>
      Math.floor(Number(tick(config, 'x', stage?.at ?? Number.NaN))),
    );
    // Sister cities in 1979; the Model Area at the end of 1993; the Model City in 1997; the
    // representative office in 2005.
    expect(years).toEqual([1979, 1993, 1997, 2005]);
    // No key under the plot: each stage's name stands beside its badge in the gutter.
    expect(config.options?.plugins?.legend?.display).not.toBe(true);
    const t = i18n.getFixedT(locale);
    const names = config.options?.plugins?.deckTimeline?.names ?? [];
    expect(names.map((name) => name?.lines?.join(' '))).toEqual(
      ([1, 2, 3, 4] as const).map((stage) => t(`slides.stages.${stage}`)),
    );
    // Each row its event's name alone (a "2 · " before each was one more thing to read): the
    // row's stage is its group, on its band under its badge. No key to the dot and the bar.
    expect(config.data.labels).toEqual(timelineSpec().events.map((event) => t(event.label)));
    const marks = config.options?.plugins?.deckTimeline as Record<string, unknown> | undefined;
    expect(marks?.['markKey']).toBeUndefined();
    expect(marks?.['rowStages']).toEqual([1, 1, 1, 2, 2, 3, 4]);
  });

  // On a phone the axis is about 150 px: a year before 1979 put its dot on the axis's start,
  // and ticks every five years ran together ("1980199520002005").
  it('keeps the first dot clear of the axis start on a phone, with ticks apart', () => {
    const config = createChartConfig(timelineSpec(), {
      t: i18n.getFixedT('en'),
      locale: 'en',
      animate: false,
      devicePixelRatio: 2,
      compact: true,
    });
    const x = config.options?.scales?.x as { min: number; max: number };
    const first = config.data.datasets[0]?.data[0];
    const at = Array.isArray(first) ? first[0] : Number.NaN;
    expect((at - x.min) / (x.max - x.min)).toBeGreaterThan(0.12);
    const years = axisTicks(config).map((position) => tick(config, 'x', position));
    expect(years).toEqual(['1979', '2000']);
  });

  it('writes years on the time axis without thousands separators', () => {
    const config = configFor(specOf('cooperation-timeline'), 'en');
    expect(tick(config, 'x', 1980)).toBe('1980');
  });

  it('counts the grouped projects from their names for the summary', () => {
    const t: TFunction = i18n.getFixedT('en');
    const params = chartParams(anySpecOf('stage-3-projects'), t);
    expect(params).toEqual({ air: '3', water: '4', industry: '2' });
  });

  it('animates only when asked (entry), never for rebuilds, print or reduced motion', () => {
    for (const { spec } of charts) {
      expect(configFor(spec, 'en', false).options?.animation).toBe(false);
      expect(configFor(spec, 'en', true).options?.animation).not.toBe(false);
    }
  });

  it('renders sharply: the device pixel ratio it is given', () => {
    expect(configFor(specOf('cooperation-timeline'), 'en').options?.devicePixelRatio).toBe(2);
  });
});

describe('a span of years on the timeline', () => {
  it.each([
    ['en', '1993–2001'],
    ['zh', '1993—2001'],
    ['ja', '1993〜2001'],
  ] as const)('is written with the %s range mark its chart title uses: %s', (locale, span) => {
    const t = i18n.getFixedT(locale);
    const trainees = timelineSpec().events.find((event) => event.to !== undefined);
    expect(trainees && eventYears(t, trainees)).toBe(span);
    const title = t('slides.timeline.chartTitle', { first: 1979, last: 2005 });
    expect(title).toContain(span.replace(/\d+/gu, '').trim());
  });
});

describe('timeline row names on a phone', () => {
  it('keep short names whole and split long ones into two balanced lines', () => {
    expect(twoLines('Sister cities')).toBe('Sister cities');
    const lines = twoLines('Representative office opened');
    expect(Array.isArray(lines) && lines.join(' ')).toBe('Representative office opened');
    expect(lines).toHaveLength(2);
  });

  it('split a name without spaces where the two lines balance, never before a closing mark', () => {
    // The whole name on one line was clipped at the phone's left edge.
    expect(twoLines('研修員を毎年受け入れ')).toEqual(['研修員を', '毎年受け入れ']);
    // Nor inside a katakana word or a Latin one (JICA).
    expect(twoLines('クリーナープロダクション計画を策定')).toEqual([
      'クリーナープロダクション',
      '計画を策定',
    ]);
    // Chinese between words, not inside one (每年接 / 收…).
    expect(twoLines('每年接收一名研修生')).toEqual(['每年接收', '一名研修生']);
    const latin = twoLines('JICA開発調査の報告');
    expect(Array.isArray(latin) && latin.some((line) => line.includes('JICA'))).toBe(true);
  });
});
