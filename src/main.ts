import 'virtual:deck-fonts.css';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/theme.css';
import { startDeck } from './deck.ts';

declare global {
  interface Window {
    /** The running deck, for the browser tests and the benchmark. */
    deck?: Awaited<ReturnType<typeof startDeck>>;
  }
}

const root = document.querySelector<HTMLElement>('.reveal');
if (root === null) throw new Error('index.html must contain a .reveal element.');
window.deck = await startDeck(root);
