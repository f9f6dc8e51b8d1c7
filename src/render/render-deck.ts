import type { Slide } from '../model/slide.ts';
import { renderSlide, type RenderedSlide } from './render-slide.ts';

/** The deck as DOM: the sections for reveal's `.slides`, with what follows the language. */
export interface RenderedDeck {
  /** Each slide's section and texts, in slide order. */
  readonly slides: readonly RenderedSlide[];
}

/** Renders every slide, in order, as sections for reveal's `.slides` container. */
export function renderDeck(slides: readonly Slide[]): RenderedDeck {
  return { slides: slides.map(renderSlide) };
}
