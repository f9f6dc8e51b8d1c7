import type { RevealApi } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { nextLocale, nextSubtitles } from '../i18n/languages.ts';
import type { DeckCommand } from './speaker-protocol.ts';

/**
 * Toggles full screen for the audience window; `refused` is called when the browser says no
 * (without a key pressed in this window, or a delegation, browsers refuse full screen).
 */
function toggleFullscreen(refused: () => void): void {
  const done =
    document.fullscreenElement === null
      ? document.documentElement.requestFullscreen()
      : document.exitFullscreen();
  done.catch(refused);
}

/**
 * Carries out a command sent by the speaker view on the audience deck; `fullscreenRefused` is
 * called when the browser refuses full screen.
 */
export function runDeckCommand(
  reveal: RevealApi,
  command: DeckCommand,
  language: DeckLanguage,
  fullscreenRefused: () => void,
): void {
  switch (command) {
    case 'next':
      reveal.next();
      break;
    case 'prev':
      reveal.prev();
      break;
    case 'first':
      reveal.slide(0);
      break;
    case 'last':
      reveal.slide(reveal.getTotalSlides() - 1);
      break;
    case 'blackout':
      reveal.togglePause();
      break;
    case 'overview':
      reveal.toggleOverview();
      break;
    case 'fullscreen':
      toggleFullscreen(fullscreenRefused);
      break;
    case 'slideLanguage':
      language.set({ audience: nextLocale(language.state.audience) });
      break;
    case 'subtitles': {
      const { audience, subtitles } = language.state;
      language.set({ subtitles: nextSubtitles(audience, subtitles) });
      break;
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}
