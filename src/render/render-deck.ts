import type { StageNumber } from '../model/chart-spec.ts';
import type { Slide } from '../model/slide.ts';
import { renderSlide, type ChartMount, type RenderedSlide } from './render-slide.ts';

/** The deck as DOM: reveal's `.slides` filled, plus what follows the language. */
export interface RenderedDeck {
  /** Each slide's section and texts, in slide order. */
  readonly slides: readonly RenderedSlide[];
  readonly charts: readonly ChartMount[];
}

/**
 * Renders every slide, in order, as sections for reveal's `.slides` container; a slide listed
 * in `stages` carries its stage's label.
 */
export function renderDeck(
  slides: readonly Slide[],
  stages: ReadonlyMap<string, StageNumber> = new Map(),
): RenderedDeck {
  const rendered = slides.map((slide) => renderSlide(slide, stages.get(slide.id)));
  return {
    slides: rendered,
    charts: rendered.flatMap((slide) => slide.charts),
  };
}
