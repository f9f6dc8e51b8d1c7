import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { createChartConfig, type DeckChartConfig } from '../../src/charts/chart-config.ts';
import { chartParams } from '../../src/charts/chart-text.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';
import { isCanvasChart, type CanvasChartSpec, type ChartSpec } from '../../src/model/chart-spec.ts';

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
