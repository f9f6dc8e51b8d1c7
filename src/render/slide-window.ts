import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { MovingSlidesPlugin } from './moving-slides.ts';
import { isPrintView, isScrollView } from './reveal-views.ts';
import type { SlideReadiness } from './slide-readiness.ts';
import type { TextRenderer } from './text-renderer.ts';

/**
 * The slide a URL hash opens on, read as reveal reads it: `#/slide-id` or a 0-based
 * `#/index`; anything else opens the first slide.
 */
export function slideInHash(hash: string, slideIds: readonly string[]): number {
  const [first = ''] = hash.replace(/^#\/?/, '').split('/');
  const name = decodeURIComponent(first);
  const byId = slideIds.indexOf(name);
  if (byId >= 0) return byId;
  const index = /^\d+$/.test(name) ? Number(name) : 0;
  return Math.min(index, Math.max(slideIds.length - 1, 0));
}

/** Whether `slide` is within `distance` slides of `current`, as reveal's `viewDistance`. */
export function isWithin(slide: number, current: number, distance: number): boolean {
  return Math.abs(slide - current) <= distance;
}

/** Whether a slide is on screen: the current one, or the one sliding out in a transition. */
function onScreen(reveal: RevealApi, moving: MovingSlidesPlugin, slide: number): boolean {
  if (slide === reveal.getIndices().h) return true;
  const previous = reveal.getPreviousSlide();
  return previous !== null && moving.isMoving() && reveal.getIndices(previous).h === slide;
}

/**
 * Has every slide reveal may show made ready (`SlideReadiness`): the slides within
 * `viewDistance` of the current one (reveal displays those), and every slide in the overview
 * and the scroll view, which show them all. A language switch writes at once only the slides
 * on screen (it tells the renderer which); the others follow in idle moments, or here when
 * reveal is about to show them.
 */
export function SlideWindow(
  readiness: SlideReadiness,
  texts: TextRenderer,
  moving: MovingSlidesPlugin,
  viewDistance: number,
): RevealPlugin & { readonly id: 'deck-slide-window' } {
  let deck: RevealApi | null = null;
  const everySlide = (): number[] =>
    Array.from({ length: deck?.getTotalSlides() ?? 0 }, (_, index) => index);
  const around = (current: number): number[] =>
    everySlide().filter((slide) => isWithin(slide, current, viewDistance));
  const showAll = (): void => {
    readiness.prepare(everySlide());
  };
  /** The overview, the scroll view and the print view show every slide at once. */
  const everySlideOnScreen = (): boolean =>
    deck === null || deck.isOverview() || isScrollView(deck) || isPrintView(deck);
  const showAllInScrollView = (): void => {
    if (deck !== null && isScrollView(deck)) showAll();
  };
  const listeners = {
    // Once reveal has moved (formatting the first figures is slow, and reveal moves to the
    // first slide before the deck is ready).
    slidechanged: () => {
      if (deck !== null) readiness.prepare(around(deck.getIndices().h));
    },
    ready: showAllInScrollView,
    resize: showAllInScrollView,
    overviewshown: showAll,
  } as const;
  return {
    id: 'deck-slide-window',
    init(reveal) {
      deck = reveal;
      texts.writeAtOnce((slide) => everySlideOnScreen() || onScreen(reveal, moving, slide));
      for (const [type, listener] of Object.entries(listeners)) reveal.on(type, listener);
    },
    destroy() {
      texts.writeAtOnce(() => true);
      for (const [type, listener] of Object.entries(listeners)) deck?.off(type, listener);
      deck = null;
    },
  };
}
