import type { TFunction } from 'i18next';
import { buildChartTable } from '../charts/chart-table.ts';
import { chartParams } from '../charts/chart-text.ts';
import { isCanvasChart, type ChartSpec } from '../model/chart-spec.ts';
import type { SlideBuilder } from './slide-builder.ts';
import { buildVisual } from './slide-visuals.ts';
import { buildTimelineList } from './timeline-list.ts';

/**
 * A chart with its title and its data as a table for screen readers: a canvas that the chart
 * controller draws into when the slide is shown (recorded as a `ChartMount`), or the deck's own
 * HTML/SVG visual for the other chart kinds.
 */
export function buildChart(build: SlideBuilder, spec: ChartSpec): HTMLElement {
  const container = build.element('figure', `chart chart-${spec.kind}`);
  const caption = build.text(
    'figcaption',
    spec.titleUnseen === true ? 'visually-hidden' : 'chart-title',
    spec.title,
  );
  const summary = (t: TFunction) =>
    t(spec.summary, { ...build.params(t), ...chartParams(spec, t) });
  const table = buildChartTable(
    spec,
    (t) => t(spec.title, build.params(t)),
    (element, text) => {
      build.bind(element, text);
    },
  );
  table.className = 'chart-table';
  // Hidden by a wrapper, not on the table: Firefox lays a caption out in a box of its own,
  // outside the table's, so a clipped 1px table still showed its caption on the slide.
  const hidden = build.element('div', 'visually-hidden');
  hidden.append(table);
  if (isCanvasChart(spec)) {
    const frame = build.element('div', 'chart-frame');
    const canvas = build.element('canvas', '');
    canvas.setAttribute('role', 'img');
    canvas.dataset['chart'] = spec.kind;
    build.bindings.push({
      element: canvas,
      channel: 'audience',
      attribute: 'aria-label',
      text: summary,
    });
    frame.append(canvas);
    container.append(caption, frame, hidden);
    // On a phone the timeline (the one canvas chart) runs down the screen as a list instead.
    container.append(buildTimelineList(build, spec));
    build.charts.push({ slideId: build.slide.id, spec, canvas, table });
    return container;
  }
  const visual = buildVisual(spec, {
    element: (tag, className) => build.element(tag, className),
    text: (tag, className, key) => build.text(tag, className, key),
    bind: (element, text) => {
      build.bind(element, text);
    },
    image: (element) => {
      element.setAttribute('role', 'img');
      build.bindings.push({
        element,
        channel: 'audience',
        attribute: 'aria-label',
        text: summary,
      });
    },
  });
  container.append(caption, visual, hidden);
  return container;
}
