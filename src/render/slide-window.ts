import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { MOVING_CLASS } from './moving-slides.ts';

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
function onScreen(reveal: RevealApi, slide: number): boolean {
  if (slide === reveal.getIndices().h) return true;
  const previous = reveal.getPreviousSlide();
  return (
    previous !== null &&
    reveal.getRevealElement()?.classList.contains(MOVING_CLASS) === true &&
    reveal.getIndices(previous).h === slide
  );
}

/**
 * Keeps the texts of every slide reveal may show written in the current languages: the
 * slides within `viewDistance` of the current one (reveal displays those), and every slide
 * in the overview and the scroll view, which show them all. A language switch writes at
 * once only the slides on screen; the others follow in idle moments, or here when reveal is
 * about to show them.
 */
export function SlideWindow(language: DeckLanguage, viewDistance: number): RevealPlugin {
  let deck: RevealApi | null = null;
  const everySlide = (): number[] =>
    Array.from({ length: deck?.getTotalSlides() ?? 0 }, (_, index) => index);
  const writeAround = (): void => {
    if (deck === null) return;
    const current = deck.getIndices().h;
    language.writeSlides(everySlide().filter((slide) => isWithin(slide, current, viewDistance)));
  };
  const writeAll = (): void => {
    language.writeSlides(everySlide());
  };
  /** The overview, the scroll view and the print view show every slide at once. */
  const showsEverySlide = (): boolean =>
    deck === null ||
    deck.isOverview() ||
    document.querySelector('.reveal-scroll, html.reveal-print') !== null;
  const writeAllInScrollView = (): void => {
    if (document.querySelector('.reveal-scroll') !== null) writeAll();
  };
  const listeners = {
    slidechanged: writeAround,
    ready: writeAllInScrollView,
    resize: writeAllInScrollView,
    overviewshown: writeAll,
  } as const;
  return {
    id: 'deck-slide-window',
    init(reveal) {
      deck = reveal;
      language.writeAtOnce((slide) => showsEverySlide() || onScreen(reveal, slide));
      for (const [type, listener] of Object.entries(listeners)) reveal.on(type, listener);
    },
    destroy() {
      language.writeAtOnce(() => true);
      for (const [type, listener] of Object.entries(listeners)) deck?.off(type, listener);
      deck = null;
    },
  };
}
