import type { DeckLanguage, LanguageState } from './deck-language.ts';
import { SUBTITLES_OFF } from './detect.ts';
import { STORAGE_KEYS, writeStored } from './storage.ts';

/**
 * Remembers every language change and writes it into the URL, once the switch is drawn
 * (memory and the URL are not on screen), and warns then about texts the new languages lack.
 * Returns the function that stops it, writing a change still pending first: a deck started
 * again in the page opens in the languages last chosen.
 */
export function persistLanguages(language: DeckLanguage): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    pending = undefined;
    language.warnMissing();
    rememberLanguages(language.state);
    replaceUrlLanguages(language.state);
  };
  const stopListening = language.onChange(() => {
    clearTimeout(pending);
    pending = setTimeout(write, 0);
  });
  return () => {
    stopListening();
    if (pending === undefined) return;
    clearTimeout(pending);
    write();
  };
}

/** Stores the languages for the next visit. */
function rememberLanguages({ audience, speaker, subtitles }: LanguageState): void {
  writeStored(STORAGE_KEYS.audience, audience);
  // Remembered only when chosen apart from the slides; otherwise notes follow the slides.
  writeStored(STORAGE_KEYS.speaker, speaker === audience ? '' : speaker);
  writeStored(STORAGE_KEYS.subtitles, subtitles ?? SUBTITLES_OFF);
}

/** Writes the languages into the query string without adding a history entry. */
function replaceUrlLanguages(state: LanguageState): void {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', state.audience);
  if (state.speaker === state.audience) url.searchParams.delete('speaker');
  else url.searchParams.set('speaker', state.speaker);
  if (state.subtitles === null) url.searchParams.delete('sub');
  else url.searchParams.set('sub', state.subtitles);
  window.history.replaceState(window.history.state, '', url);
}
