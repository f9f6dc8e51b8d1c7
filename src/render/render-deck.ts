import type { Slide } from '../model/slide.ts';
import { renderSlide, type ChartMount } from './render-slide.ts';
import type { TextBinding } from './text-binding.ts';

/** The deck as DOM: reveal's `.slides` filled, plus what follows the language. */
export interface RenderedDeck {
  /** Each slide's texts, in slide order. */
  readonly bindings: readonly (readonly TextBinding[])[];
  readonly charts: readonly ChartMount[];
}

/** Renders every slide, in order, into reveal's `.slides` container. */
export function renderDeck(container: HTMLElement, slides: readonly Slide[]): RenderedDeck {
  const rendered = slides.map(renderSlide);
  container.replaceChildren(...rendered.map((slide) => slide.section));
  return {
    bindings: rendered.map((slide) => slide.bindings),
    charts: rendered.flatMap((slide) => slide.charts),
  };
}
