import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { createChartConfig, type DeckChartConfig } from '../../src/charts/chart-config.ts';
import { chartParams } from '../../src/charts/chart-text.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';
import type { ChartSpec } from '../../src/model/chart-spec.ts';

const i18n = createDeckI18n();
const charts = SLIDES.flatMap((slide) =>
  slide.kind === 'chart' ? [{ id: slide.id, spec: slide.chart }] : [],
);
const configFor = (spec: ChartSpec, locale: Locale, animate = true): DeckChartConfig =>
  createChartConfig(spec, { t: i18n.getFixedT(locale), locale, animate, devicePixelRatio: 2 });
const specOf = (id: string): ChartSpec => {
  const found = charts.find((chart) => chart.id === id);
  if (!found) throw new Error(`no chart slide ${id}`);
  return found.spec;
};
/** Calls an axis tick callback as chart.js would. */
const tick = (config: DeckChartConfig, axis: 'x' | 'y', value: number): unknown => {
  const scale = config.options?.scales?.[axis] as { ticks?: { callback?: unknown } } | undefined;
  const callback = scale?.ticks?.callback;
  return typeof callback === 'function' ? (callback as (v: number) => unknown)(value) : undefined;
};

describe('the chart factory', () => {
  it('is used by the five chart slides', () => {
    expect(charts.map((chart) => chart.id)).toEqual([
      'size',
      'cooperation-timeline',
      'stage-1-trainees',
      'stage-3-projects',
      'stage-3-results',
    ]);
  });

  it.each(LOCALES)('labels every chart in %s, in that language', (locale) => {
    for (const { spec } of charts) {
      const config = configFor(spec, locale);
      const labels = (config.data.labels ?? []).join(' ');
      expect(labels.length).toBeGreaterThan(0);
      if (locale !== 'en' && spec.kind !== 'annual') expect(labels).toMatch(/\p{Script=Han}/u);
      expect(labels).not.toMatch(/slides\./);
    }
  });

  it('draws the speech’s figures, not others', () => {
    const size = configFor(specOf('size'), 'en');
    expect(size.data.datasets[0]?.data).toEqual([12574, 2415]);
    const results = configFor(specOf('stage-3-results'), 'en');
    expect(results.data.datasets[0]?.data).toEqual([5800, 1610, 1536]);
  });

  it('shows one trainee for each year from 1993 to 2001 and nothing after', () => {
    const config = configFor(specOf('stage-1-trainees'), 'en');
    expect(config.data.labels).toEqual(
      Array.from({ length: 9 }, (_, index) => String(1993 + index)),
    );
    expect(config.data.datasets[0]?.data).toEqual(Array(9).fill(1));
  });

  it('places timeline events in their years, “end of” events late in the year', () => {
    const config = configFor(specOf('cooperation-timeline'), 'en');
    const spans = config.data.datasets[0]?.data;
    expect(spans?.[0]).toEqual([1979, 1980]);
    expect(spans?.[1]).toEqual([1993, 2002]);
    expect(spans?.[3]).toEqual([1993.75, 1994]);
    expect(spans?.at(-1)).toEqual([2005, 2006]);
  });

  it('writes years on the time axis without thousands separators', () => {
    const config = configFor(specOf('cooperation-timeline'), 'en');
    expect(tick(config, 'x', 1980)).toBe('1980');
  });

  it('writes value ticks in each locale’s number style', () => {
    expect(tick(configFor(specOf('size'), 'en'), 'x', 12000)).toBe('12,000');
    expect(tick(configFor(specOf('size'), 'zh'), 'x', 12000)).toBe('12,000');
  });

  it('counts the grouped projects from their names for the summary', () => {
    const t: TFunction = i18n.getFixedT('en');
    const params = chartParams(specOf('stage-3-projects'), t);
    expect(params).toEqual({ air: '3', water: '4', industry: '2' });
  });

  it('animates only when asked (entry), never for rebuilds, print or reduced motion', () => {
    for (const { spec } of charts) {
      expect(configFor(spec, 'en', false).options?.animation).toBe(false);
      expect(configFor(spec, 'en', true).options?.animation).not.toBe(false);
    }
  });

  it('renders sharply: the device pixel ratio it is given', () => {
    expect(configFor(specOf('size'), 'en').options?.devicePixelRatio).toBe(2);
  });
});
