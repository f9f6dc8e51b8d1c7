import 'virtual:deck-fonts.css';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/theme.css';
import { deckQuery } from './deck-query.ts';
import { startDeck } from './deck.ts';
import { startFollowing, takePresenterToken } from './follow/marker.ts';
import { startSpeakerView } from './presenter/speaker-view.ts';
import { registerEmbeddedFonts } from './theme/embedded-fonts.ts';

declare global {
  interface Window {
    /** The running deck, for the browser tests and the benchmark. */
    deck?: Awaited<ReturnType<typeof startDeck>>;
    /** Destroys the running deck and starts a new one: the lifecycle test's hook. */
    restartDeck?: () => Promise<void>;
  }
}

// The same page is the audience deck or, opened by the S key, its speaker view.
if (deckQuery().speakerView) {
  registerEmbeddedFonts();
  startSpeakerView();
} else {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (root === null) throw new Error('index.html must contain a .reveal element.');
  // Before reveal starts: it would copy the presenter token from the query into its config.
  const presenterToken = takePresenterToken();
  window.deck = await startDeck(root);
  window.restartDeck = async () => {
    window.deck?.destroy();
    window.deck = await startDeck(root);
  };
  startFollowing(window.deck, presenterToken);
}
