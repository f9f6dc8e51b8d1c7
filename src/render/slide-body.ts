import type { StageNumber, TimelineChartSpec } from '../model/chart-spec.ts';
import type { Slide } from '../model/slide.ts';
import type { SlideBuilder } from './slide-builder.ts';
import { buildChart } from './slide-chart.ts';
import { backdropMap } from './slide-map.ts';
import { addVisual } from './slide-pictures.ts';
import { buildStageStrip } from './stage-strip.ts';

/** Builds the content of a slide by kind; on a content slide the headline comes first. */
export function renderBody(slide: Slide, build: SlideBuilder): HTMLElement[] {
  switch (slide.kind) {
    case 'title': {
      const kicker = build.text('p', 'title-kicker', slide.kicker);
      const organisation = build.text('p', 'title-organisation', slide.organisation);
      const title = [kicker, build.headline('h1'), organisation];
      return [...backdrop(slide.backdropMap), ...title];
    }
    case 'statement': {
      const body = build.element('div', 'slide-body');
      const points = build.points(slide.points);
      body.append(points);
      if (slide.keyFigures) body.append(build.keyFigures(slide.keyFigures));
      const map = addVisual(slide.visual, points, build.pictureKit());
      if (map) body.append(map);
      return [build.headline(), body];
    }
    case 'figures': {
      const body = build.element('div', 'slide-body figures-body');
      body.append(build.keyFigures(slide.keyFigures, slide.points === undefined));
      if (slide.points) {
        const points = build.points(slide.points);
        addVisual(slide.visual, points, build.pictureKit());
        body.append(points);
      }
      return [build.headline(), body];
    }
    case 'list': {
      const intro = build.text('p', 'list-intro', slide.intro);
      const list = build.element('ul', 'columns');
      for (const key of slide.items) list.append(build.text('li', '', key));
      addVisual(slide.visual, list, build.pictureKit());
      return [build.headline(), intro, list];
    }
    case 'chart': {
      const body = build.element('div', 'slide-body chart-body');
      body.append(buildChart(build, slide.chart));
      if (slide.keyFigures) body.append(build.keyFigures(slide.keyFigures));
      return [build.headline(), body];
    }
    case 'divider': {
      const stage = build.subtitled('p', 'divider-stage', (t) =>
        t('ui.stage', { number: slide.stage }),
      );
      // The big numeral shows the stage's number; "Stage 2" beside it said it twice. The line
      // stays for screen readers, to whom the numeral is hidden.
      stage.classList.add('visually-hidden');
      const number = build.element('p', 'divider-number');
      number.textContent = String(slide.stage);
      number.setAttribute('aria-hidden', 'true');
      const strip = stageStrip(build, slide.timeline, slide.stage);
      return [strip, number, stage, build.headline()];
    }
    case 'closing':
      return [
        ...backdrop(slide.backdropMap),
        build.headline(),
        build.text('p', 'closing-subline', slide.subline),
      ];
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}

/** The faint map behind a dark card, if the slide asks for it. */
function backdrop(wanted: boolean | undefined): HTMLElement[] {
  return wanted === true ? [backdropMap()] : [];
}

/** The four stages' strip on a dark card, `current` lit (none on the title card). */
function stageStrip(
  build: SlideBuilder,
  timeline: TimelineChartSpec,
  current: StageNumber,
): HTMLOListElement {
  return buildStageStrip(
    {
      element: (tag, className) => build.element(tag, className),
      bind: (element, text) => {
        build.bind(element, text);
      },
      subtitled: (tag, className, text) => build.subtitled(tag, className, text),
      label: (element, text) => {
        build.bindings.push({ element, channel: 'audience', attribute: 'aria-label', text });
      },
    },
    timeline,
    current,
  );
}
