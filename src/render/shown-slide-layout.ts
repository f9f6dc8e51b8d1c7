import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { PHONE_QUERY } from './phone-pages.ts';
import { isPrintView, isScrollView } from './reveal-views.ts';

/**
 * Calls `measure` whenever the slide reveal shows may need laying out again: when reveal is
 * ready, after each slide change, when a late font arrives (it changes the text's size), and
 * after a language change, which first calls `forget` (new texts: every slide is measured
 * again when next shown). A plugin registered after the slide window (plugin order in deck.ts)
 * measures a slide once its texts are written. Returns the unsubscribe.
 */
function onShownSlideChange(
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

/** How a plugin lays out one projected slide, and how it undoes that. */
export interface SlideLayout {
  /** Lays out the slide reveal shows, measured where it is shown. */
  readonly measure: (slide: HTMLElement) => void;
  /** Takes the layout off a slide: its texts changed, or the slide is not projected. */
  readonly forget: (slide: HTMLElement) => void;
}

/**
 * A plugin that lays out the slide reveal shows on the projected deck only: the phone layout,
 * the scroll view and print keep the theme's own sizes, so there the shown slide's layout is
 * taken off instead of measured.
 */
export function ShownSlideLayout<Id extends string>(
  id: Id,
  language: DeckLanguage,
  layout: SlideLayout,
): RevealPlugin & { readonly id: Id } {
  let stopListening: (() => void) | null = null;
  const phone = window.matchMedia(PHONE_QUERY);

  return {
    id,
    init(reveal) {
      const measure = (): void => {
        // None yet when a font arrives before reveal is ready, whatever reveal's types say.
        const slide = reveal.getCurrentSlide() as HTMLElement | undefined;
        if (slide === undefined) return;
        const projected = !phone.matches && !isScrollView(reveal) && !isPrintView(reveal);
        if (projected) layout.measure(slide);
        else layout.forget(slide);
      };
      stopListening = onShownSlideChange(reveal, language, measure, () => {
        for (const slide of reveal.getSlides()) layout.forget(slide);
      });
    },
    destroy() {
      stopListening?.();
      stopListening = null;
    },
  };
}
