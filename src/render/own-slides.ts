import type { RevealApi, RevealPlugin } from 'reveal.js';

/**
 * Keeps reveal showing the deck's own slide elements. reveal leaves its scroll view (a window
 * narrower than 460 px that is widened again) by setting the HTML of `.slides` to a copy it
 * took on entering it: new elements, holding the texts as they were then (at start-up, the
 * first slide's only), that no text binding or chart of the deck points
 * at, so every slide after it stayed blank. When reveal syncs to such a copy, this puts the
 * deck's sections back in its place and has reveal sync to them, on the same slide.
 */
export function OwnSlides(
  sections: readonly HTMLElement[],
): RevealPlugin & { readonly id: 'deck-own-slides' } {
  const own = new Set<Element>(sections);
  let deck: RevealApi | null = null;

  const onSync = (): void => {
    const container = deck?.getSlidesElement();
    if (deck === null || !container) return;
    // The scroll and print views wrap our sections in pages: a section of its own at the top
    // level is a copy reveal made.
    const copied = [...container.children].some(
      (child) => child.tagName === 'SECTION' && !own.has(child),
    );
    if (!copied) return;
    const state = deck.getState();
    container.replaceChildren(...sections);
    deck.sync();
    deck.setState(state);
  };

  return {
    id: 'deck-own-slides',
    init(reveal) {
      deck = reveal;
      reveal.on('sync', onSync);
    },
    destroy() {
      deck?.off('sync', onSync);
      deck = null;
    },
  };
}
