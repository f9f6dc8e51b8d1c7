import type { i18n, TFunction } from 'i18next';
import type { TextBinding, TextChannel } from '../render/text-binding.ts';
import { clearBinding, writeBinding } from '../render/text-binding.ts';
import { SUBTITLES_OFF } from './detect.ts';
import { LANG_TAGS, LOCALES, type Locale } from './languages.ts';
import { missingTranslations } from './missing.ts';
import { STORAGE_KEYS, writeStored } from './storage.ts';

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

/**
 * A slide as the language sees it: its texts, and its section, which carries the slides'
 * `lang` itself. A change of `<html lang>` then stops at the sections, so it costs the same
 * whatever the deck's size, and a slide not written yet keeps the `lang` of its texts.
 */
export interface SlideTexts {
  readonly section: HTMLElement;
  readonly bindings: readonly TextBinding[];
}

/** Called after a language change has been applied to every text. */
export type LanguageListener = (state: LanguageState, previous: LanguageState) => void;

/**
 * Owns the deck's language state: applies it to every bound text, `<html lang>`, the
 * document title and the URL, remembers it, and tells listeners (charts, menu) about changes.
 *
 * Bindings come grouped by slide. At start-up and on a switch only the slides that can be
 * seen are written (`renderNear`); the others are written in idle moments or when reveal is
 * about to show them (`writeSlides`), so no frame waits for texts nobody can see yet.
 */
export class DeckLanguage {
  #state: LanguageState;
  readonly #listeners = new Set<LanguageListener>();
  readonly #warned = new Set<Locale>();
  /** Every binding's text per language: translations and figures never change at run time. */
  readonly #texts = new Map<Locale, string[]>();
  /** What each binding shows now, so unchanged texts are not rewritten. */
  readonly #written = new Map<TextBinding, string>();
  readonly #translators = new Map<Locale, TFunction>();
  /** Every binding, slide after slide: a binding's index keys its cached texts. */
  readonly #bindings: readonly TextBinding[];
  readonly #sections: readonly HTMLElement[];
  /** Each slide's bindings, as `[first, end)` index ranges into `#bindings`. */
  readonly #slideRanges: readonly (readonly [number, number])[];
  /** Slides whose texts do not show the current state yet. */
  readonly #unwritten = new Set<number>();
  /** The pending write of the state into memory and the URL. */
  #persisting: ReturnType<typeof setTimeout> | undefined;
  /** The slides a switch writes at once (see `writeAtOnce`). */
  #isNear: (slide: number) => boolean = () => true;
  /** Runs work in an idle moment; given by `prepare`. */
  #whenIdle: ((work: () => void) => void) | undefined;
  /** Idle work that waits until every slide is written. */
  readonly #idleJobs: (() => void)[] = [];
  #idleScheduled = false;

  constructor(
    private readonly i18n: i18n,
    slides: readonly SlideTexts[],
    initial: LanguageState,
  ) {
    this.#state = initial;
    this.#bindings = slides.flatMap((slide) => slide.bindings);
    this.#sections = slides.map((slide) => slide.section);
    let first = 0;
    this.#slideRanges = slides.map(({ bindings }) => {
      const range = [first, first + bindings.length] as const;
      first += bindings.length;
      return range;
    });
  }

  get state(): LanguageState {
    return this.#state;
  }

  /** The translator for one channel's language (subtitles, when off, use the slides'). */
  t(channel: TextChannel): TFunction {
    return this.#translator(this.#localeOf(channel));
  }

  /** One translator per language, kept, so per-translator caches (formatted figures) hold. */
  #translator(locale: Locale): TFunction {
    let t = this.#translators.get(locale);
    if (t === undefined) {
      t = this.i18n.getFixedT(locale);
      this.#translators.set(locale, t);
    }
    return t;
  }

  /** Applies the current state to the whole document, without touching storage or the URL. */
  render(): void {
    this.renderNear(() => true);
  }

  /**
   * Applies the current state to the document and to the slides `isNear` picks; the others
   * wait for `writeSlides` or for idle moments (see `prepare`). Start-up picks the first slide.
   */
  renderNear(isNear: (slide: number) => boolean): void {
    this.#slideRanges.forEach((_, slide) => {
      if (!isNear(slide)) {
        this.#unwritten.add(slide);
        return;
      }
      this.#unwritten.delete(slide);
      this.#writeSlide(slide);
    });
    this.#applyDocument();
  }

  /** Writes the texts of these slides, if they do not show the current state yet. */
  writeSlides(slides: Iterable<number>): void {
    for (const slide of slides) {
      if (this.#unwritten.delete(slide)) this.#writeSlide(slide);
    }
  }

  /**
   * Writes one slide's texts, its section's `lang`, and the `lang` of texts in another
   * language than the slides'.
   */
  #writeSlide(slide: number): void {
    const { audience, speaker, subtitles } = this.#state;
    const section = this.#sections[slide];
    if (section !== undefined) section.lang = LANG_TAGS[audience];
    const [first, end] = this.#slideRanges[slide] ?? [0, 0];
    for (let index = first; index < end; index += 1) {
      const binding = this.#bindings[index];
      if (binding === undefined) continue;
      if (binding.channel === 'subtitle' && subtitles === null) {
        if (this.#written.get(binding) !== '') clearBinding(binding);
        this.#written.set(binding, '');
      } else {
        const text = this.#text(index, this.#localeOf(binding.channel));
        if (this.#written.get(binding) !== text) {
          writeBinding(binding, text, this.#localeOf(binding.channel));
          this.#written.set(binding, text);
        }
      }
      if (binding.channel === 'audience') continue;
      const locale = binding.channel === 'speaker' ? speaker : subtitles;
      if (locale === null || locale === audience) binding.element.removeAttribute('lang');
      else binding.element.lang = LANG_TAGS[locale];
    }
  }

  /** `<html lang>`, the title, and the room the theme makes for subtitles. */
  #applyDocument(): void {
    const { audience, subtitles } = this.#state;
    document.documentElement.lang = LANG_TAGS[audience];
    document.title = this.t('audience')('meta.title');
    // The theme makes room for subtitles (smaller main type) only while they are shown.
    if (subtitles === null) delete document.documentElement.dataset['subtitles'];
    else document.documentElement.dataset['subtitles'] = subtitles;
  }

  #warnAll(): void {
    const { audience, speaker, subtitles } = this.#state;
    this.#warnMissing(audience);
    this.#warnMissing(speaker);
    if (subtitles !== null) this.#warnMissing(subtitles);
  }

  /**
   * Changes one or more languages live (see `changeLanguages`): texts, `lang` and title at
   * once, then URL and memory.
   */
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
    this.renderNear(this.#isNear);
    this.#scheduleIdleWork();
    for (const listener of this.#listeners) listener(next, previous);
    // Memory and the URL are not on screen: they are written once the switch is drawn.
    clearTimeout(this.#persisting);
    this.#persisting = setTimeout(() => {
      this.#persist();
    }, 0);
  }

  /**
   * Remembers the languages and writes them into the URL; warns about texts the new
   * languages lack (the console is not on screen either).
   */
  #persist(): void {
    this.#warnAll();
    const { audience, speaker, subtitles } = this.#state;
    writeStored(STORAGE_KEYS.audience, audience);
    // Remembered only when chosen apart from the slides; otherwise notes follow the slides.
    writeStored(STORAGE_KEYS.speaker, speaker === audience ? '' : speaker);
    writeStored(STORAGE_KEYS.subtitles, subtitles ?? SUBTITLES_OFF);
    replaceUrlLanguages(this.#state);
  }

  /**
   * Which slides a switch writes at once: those reveal may display. The others are written
   * in idle moments, or by `writeSlides` when reveal is about to show them.
   */
  writeAtOnce(isNear: (slide: number) => boolean): void {
    this.#isNear = isNear;
  }

  /**
   * Starts the idle work, a job per idle moment: first the slides not written yet (now and
   * after every switch), a slide per job; then a warning about missing translations; then
   * every text translated into every language, so that a switch only writes strings.
   */
  prepare(whenIdle: (work: () => void) => void): void {
    this.#whenIdle = whenIdle;
    this.#idleJobs.push(() => {
      this.#warnAll();
    });
    for (const locale of LOCALES) {
      for (const [first, end] of this.#slideRanges) {
        this.#idleJobs.push(() => {
          for (let index = first; index < end; index += 1) this.#text(index, locale);
        });
      }
    }
    this.#scheduleIdleWork();
  }

  /** Schedules the next idle job, if there is one and none is scheduled. */
  #scheduleIdleWork(): void {
    const whenIdle = this.#whenIdle;
    if (whenIdle === undefined || this.#idleScheduled) return;
    if (this.#unwritten.size === 0 && this.#idleJobs.length === 0) return;
    this.#idleScheduled = true;
    whenIdle(() => {
      this.#idleScheduled = false;
      if (this.#whenIdle === undefined) return;
      const [slide] = this.#unwritten;
      if (slide === undefined) this.#idleJobs.shift()?.();
      else this.writeSlides([slide]);
      this.#scheduleIdleWork();
    });
  }

  /** Subscribes to language changes; returns the unsubscribe function. */
  onChange(listener: LanguageListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  destroy(): void {
    clearTimeout(this.#persisting);
    this.#whenIdle = undefined;
    this.#listeners.clear();
  }

  /** A binding's text in a language, translated once and then kept. */
  #text(index: number, locale: Locale): string {
    let texts = this.#texts.get(locale);
    if (texts === undefined) {
      texts = [];
      this.#texts.set(locale, texts);
    }
    const cached = texts[index];
    if (cached !== undefined) return cached;
    const binding = this.#bindings[index];
    const text = binding === undefined ? '' : binding.text(this.#translator(locale));
    texts[index] = text;
    return text;
  }

  #localeOf(channel: TextChannel): Locale {
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
  if (state.subtitles === null) url.searchParams.delete('sub');
  else url.searchParams.set('sub', state.subtitles);
  window.history.replaceState(window.history.state, '', url);
}
