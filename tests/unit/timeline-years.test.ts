import type { Context } from 'chartjs-plugin-datalabels';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { timelineYears } from '../../src/charts/timeline-years.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { TimelineChartSpec } from '../../src/model/chart-spec.ts';

const spec = SLIDES.flatMap((slide) =>
  slide.kind === 'chart' && slide.chart.kind === 'timeline' ? [slide.chart] : [],
)[0] as TimelineChartSpec;

/** A label's context on a chart whose every row is a bar 300 px long in a wide plot. */
const labelOf = (dataIndex: number) =>
  ({
    dataIndex,
    datasetIndex: 0,
    chart: {
      getDatasetMeta: () => ({
        data: spec.events.map(() => ({ getProps: () => ({ x: 400, base: 100 }) })),
      }),
      chartArea: { right: 2000 },
    },
  }) as unknown as Context;

// Each label asked for its years' width in five of its options, each time measuring the text
// on a canvas again: 35 measures an update for seven rows.
describe('the timeline’s years', () => {
  it('are measured once a row at each update of the chart, and their sides kept', () => {
    const measured: string[] = [];
    const years = timelineYears({
      spec,
      t: createDeckI18n().getFixedT('en'),
      dots: [0, 2, 3, 5, 6],
      dotRadius: 10,
      ground: () => '#fff',
      font: { family: 'sans-serif', size: 26, weight: 'bold' },
      measure: (text) => {
        measured.push(text);
        return 10 * text.length;
      },
    });
    const { labels, remeasure } = years;
    const resolve = () =>
      spec.events.map((_, row) => {
        const label = labelOf(row);
        return [labels.anchor(label), labels.offset(label), labels.color(label)].join(' ');
      });
    const sides = resolve();
    expect(measured).toHaveLength(spec.events.length);
    // A span's years inside its 300 px bar, a dot's after it.
    expect(sides[1]).toMatch(/^center 0 /u);
    expect(sides[0]).toMatch(/^end 14 /u);
    resolve();
    expect(measured).toHaveLength(spec.events.length);
    remeasure.beforeUpdate();
    expect(resolve()).toEqual(sides);
    expect(measured).toHaveLength(2 * spec.events.length);
  });
});
