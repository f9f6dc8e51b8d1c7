import type { i18n, TFunction } from 'i18next';
import type { TextBinding, TextChannel } from '../render/text-binding.ts';
import { applyBinding } from '../render/text-binding.ts';
import { LANG_TAGS, type Locale } from './languages.ts';
import { missingTranslations } from './missing.ts';
import { STORAGE_KEYS, writeStored } from './storage.ts';

/** The languages in use: what the audience reads and what the speaker's notes are in. */
export interface LanguageState {
  readonly audience: Locale;
  readonly speaker: Locale;
}

/** Called after a language change has been applied to every text. */
export type LanguageListener = (state: LanguageState, previous: LanguageState) => void;

/**
 * Owns the deck's language state: applies it to every bound text, `<html lang>`, the
 * document title and the URL, remembers it, and tells listeners (charts, menu) about changes.
 */
export class DeckLanguage {
  #state: LanguageState;
  readonly #listeners = new Set<LanguageListener>();
  readonly #warned = new Set<Locale>();

  constructor(
    private readonly i18n: i18n,
    private readonly bindings: readonly TextBinding[],
    initial: LanguageState,
  ) {
    this.#state = initial;
  }

  get state(): LanguageState {
    return this.#state;
  }

  /** The translator for one channel's language. */
  t(channel: TextChannel): TFunction {
    return this.i18n.getFixedT(channel === 'audience' ? this.#state.audience : this.#state.speaker);
  }

  /** Applies the current state to the whole document, without touching storage or the URL. */
  render(): void {
    const { audience, speaker } = this.#state;
    this.#warnMissing(audience);
    this.#warnMissing(speaker);
    const translators = { audience: this.t('audience'), speaker: this.t('speaker') };
    for (const binding of this.bindings) applyBinding(binding, translators[binding.channel]);
    document.documentElement.lang = LANG_TAGS[audience];
    document.title = translators.audience('meta.title');
    for (const binding of this.bindings) {
      if (binding.channel !== 'speaker') continue;
      if (speaker === audience) binding.element.removeAttribute('lang');
      else binding.element.lang = LANG_TAGS[speaker];
    }
  }

  /**
   * Changes one or both languages live: texts, `lang`, title, URL and memory follow. Notes
   * that were in the slides' language keep following it unless a notes language is given.
   */
  set(change: Partial<LanguageState>): void {
    const previous = this.#state;
    const follows = previous.speaker === previous.audience && change.speaker === undefined;
    const next = { ...previous, ...change };
    if (follows && change.audience !== undefined) next.speaker = change.audience;
    if (next.audience === previous.audience && next.speaker === previous.speaker) return;
    this.#state = next;
    this.render();
    writeStored(STORAGE_KEYS.audience, next.audience);
    writeStored(STORAGE_KEYS.speaker, next.speaker);
    replaceUrlLanguages(next);
    for (const listener of this.#listeners) listener(next, previous);
  }

  /** Subscribes to language changes; returns the unsubscribe function. */
  onChange(listener: LanguageListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  destroy(): void {
    this.#listeners.clear();
  }

  #warnMissing(locale: Locale): void {
    if (this.#warned.has(locale)) return;
    this.#warned.add(locale);
    const missing = missingTranslations(locale);
    if (missing.length > 0) {
      console.warn(`[deck] ${locale}: ${missing.length} texts shown in English:`, missing);
    }
  }
}

/** Writes the languages into the query string without adding a history entry. */
function replaceUrlLanguages(state: LanguageState): void {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', state.audience);
  if (state.speaker === state.audience) url.searchParams.delete('speaker');
  else url.searchParams.set('speaker', state.speaker);
  window.history.replaceState(window.history.state, '', url);
}
