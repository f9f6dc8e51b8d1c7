import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The URL hash kept current as a reveal plugin. */
export interface UrlHashPlugin extends RevealPlugin {
  readonly id: 'url-hash';
}

/** reveal's events after which the hash names another slide or point. */
const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

/**
 * Writes the current slide (and point) into the URL hash at once after each step. reveal
 * writes it too, but at most once a second (its `MAX_REPLACE_STATE_FREQUENCY`, a guard
 * against Safari's limit on `replaceState` calls): after quick steps the hash lagged up to a
 * second behind, and a reload (F5) went back a slide. A write refused by such a limit is
 * left to reveal's own, which follows within the second.
 */
export function UrlHash(): UrlHashPlugin {
  let deck: RevealApi | null = null;
  const write = (): void => {
    if (deck === null || !deck.getConfig().hash) return;
    const url = new URL(window.location.href);
    const path = deck.getSlidePath();
    // reveal leaves the first slide without a hash.
    url.hash = path === '/' ? '' : path;
    if (url.href === window.location.href) return;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // Too many writes in a short time (Safari): reveal's debounced write catches up.
    }
  };
  return {
    id: 'url-hash',
    init(reveal) {
      deck = reveal;
      for (const type of MOVES) reveal.on(type, write);
    },
    destroy() {
      for (const type of MOVES) deck?.off(type, write);
      deck = null;
    },
  };
}
