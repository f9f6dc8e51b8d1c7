import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The class the theme reads: while it is set, hidden slides are rendered (see theme.css). */
export const MOVING_CLASS = 'deck-moving';

/** Longer than reveal's slowest slide transition (0.8 s), for a transition that never ends. */
const LONGEST_TRANSITION_MS = 1200;

/** The plugin, which answers whether the deck is moving. */
export interface MovingSlidesPlugin extends RevealPlugin {
  readonly id: 'deck-moving-slides';
  /** Whether a slide change's transition is running (the outgoing slide still on screen). */
  isMoving(): boolean;
}

/**
 * Marks the deck as moving from a slide change until the outgoing slide's transition ends.
 * The theme skips the rendering of every slide reveal hides, except while the deck moves, so
 * the outgoing slide stays drawn while it slides out.
 */
export function MovingSlides(): MovingSlidesPlugin {
  let deck: RevealApi | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let outgoing: HTMLElement | null = null;

  const stop = (): void => {
    clearTimeout(timer);
    outgoing?.removeEventListener('transitionend', onTransitionEnd);
    outgoing = null;
    deck?.getRevealElement()?.classList.remove(MOVING_CLASS);
  };
  function onTransitionEnd(event: TransitionEvent): void {
    if (event.target === outgoing) stop();
  }
  const onSlideChanged = (event: Event): void => {
    stop();
    const previous = 'previousSlide' in event ? event.previousSlide : null;
    if (deck === null || !(previous instanceof HTMLElement)) return;
    if (deck.getConfig().transition === 'none') return;
    deck.getRevealElement()?.classList.add(MOVING_CLASS);
    outgoing = previous;
    outgoing.addEventListener('transitionend', onTransitionEnd);
    timer = setTimeout(stop, LONGEST_TRANSITION_MS);
  };

  return {
    id: 'deck-moving-slides',
    isMoving: () => outgoing !== null,
    init(reveal) {
      deck = reveal;
      reveal.on('slidechanged', onSlideChanged);
    },
    destroy() {
      stop();
      deck?.off('slidechanged', onSlideChanged);
      deck = null;
    },
  };
}
