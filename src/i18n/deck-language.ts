import type { i18n, TFunction } from 'i18next';
import type { TextChannel } from '../render/text-binding.ts';
import type { Locale } from './languages.ts';
import { missingTranslations } from './missing.ts';

/** The languages in use: what the audience reads, the speaker's notes, and the subtitles. */
export interface LanguageState {
  readonly audience: Locale;
  readonly speaker: Locale;
  /** The second language shown under slide texts (bilingual mode); null when off. */
  readonly subtitles: Locale | null;
}

/**
 * The state after a change. Notes that were in the slides' language keep following it unless
 * a notes language is given. Subtitles are never in the slides' language: when the slides
 * move to the subtitle language the two swap, so a bilingual talk stays bilingual; asking for
 * subtitles in the slides' language turns them off.
 */
export function changeLanguages(
  previous: LanguageState,
  change: Partial<LanguageState>,
): LanguageState {
  const audience = change.audience ?? previous.audience;
  const follows = previous.speaker === previous.audience && change.speaker === undefined;
  const speaker = change.speaker ?? (follows ? audience : previous.speaker);
  let subtitles = change.subtitles === undefined ? previous.subtitles : change.subtitles;
  if (change.subtitles === undefined && subtitles === audience) subtitles = previous.audience;
  return { audience, speaker, subtitles: subtitles === audience ? null : subtitles };
}

/** Called after a language change, with the new state and the one before it. */
export type LanguageListener = (state: LanguageState, previous: LanguageState) => void;

/**
 * The deck's language store: the state, its change rules, one translator per language, and
 * the listeners told about changes. It writes nothing itself: the slide texts
 * (`TextRenderer`), the URL and memory (`persistLanguages`), the charts and the menus are
 * listeners, called in the order they subscribed.
 */
export class DeckLanguage {
  #state: LanguageState;
  readonly #listeners = new Set<LanguageListener>();
  readonly #warned = new Set<Locale>();
  readonly #translators = new Map<Locale, TFunction>();

  constructor(
    private readonly i18n: i18n,
    initial: LanguageState,
  ) {
    this.#state = initial;
  }

  /** The languages in use now. */
  get state(): LanguageState {
    return this.#state;
  }

  /** The translator for one channel's language (subtitles, when off, use the slides'). */
  t(channel: TextChannel): TFunction {
    return this.translator(this.localeOf(channel));
  }

  /** One translator per language, kept, so per-translator caches (formatted figures) hold. */
  translator(locale: Locale): TFunction {
    let t = this.#translators.get(locale);
    if (t === undefined) {
      t = this.i18n.getFixedT(locale);
      this.#translators.set(locale, t);
    }
    return t;
  }

  /** The language a channel's texts are in now (subtitles, when off, follow the slides). */
  localeOf(channel: TextChannel): Locale {
    switch (channel) {
      case 'audience':
        return this.#state.audience;
      case 'speaker':
        return this.#state.speaker;
      case 'subtitle':
        return this.#state.subtitles ?? this.#state.audience;
      default: {
        const unreachable: never = channel;
        return unreachable;
      }
    }
  }

  /** Changes one or more languages (see `changeLanguages`) and tells every listener. */
  set(change: Partial<LanguageState>): void {
    const previous = this.#state;
    const next = changeLanguages(previous, change);
    if (
      next.audience === previous.audience &&
      next.speaker === previous.speaker &&
      next.subtitles === previous.subtitles
    ) {
      return;
    }
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  /** Subscribes to language changes; returns the unsubscribe function. */
  onChange(listener: LanguageListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Warns once per language about texts the languages in use lack (shown in English). */
  warnMissing(): void {
    const { audience, speaker, subtitles } = this.#state;
    for (const locale of [audience, speaker, subtitles]) {
      if (locale === null || this.#warned.has(locale)) continue;
      this.#warned.add(locale);
      const missing = missingTranslations(locale);
      if (missing.length > 0) {
        console.warn(`[deck] ${locale}: ${missing.length} texts shown in English:`, missing);
      }
    }
  }

  /** Drops every listener: a change after this reaches no one. */
  destroy(): void {
    this.#listeners.clear();
  }
}
