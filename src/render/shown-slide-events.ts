import type { RevealApi } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';

/**
 * Calls `measure` whenever the slide reveal shows may need laying out again: when reveal is
 * ready, after each slide change, when a late font arrives (it changes the text's size), and
 * after a language change, which first calls `forget` (new texts: every slide is measured
 * again when next shown). A plugin registered after the slide window (plugin order in deck.ts)
 * measures a slide once its texts are written. Returns the unsubscribe.
 */
export function onShownSlideChange(
  reveal: RevealApi,
  language: DeckLanguage,
  measure: () => void,
  forget: () => void,
): () => void {
  reveal.on('ready', measure);
  reveal.on('slidechanged', measure);
  document.fonts.addEventListener('loadingdone', measure);
  const stopLanguage = language.onChange(() => {
    forget();
    measure();
  });
  return () => {
    reveal.off('ready', measure);
    reveal.off('slidechanged', measure);
    document.fonts.removeEventListener('loadingdone', measure);
    stopLanguage();
  };
}
