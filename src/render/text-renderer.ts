import type { DeckLanguage } from '../i18n/deck-language.ts';
import { LANG_TAGS, LOCALES, type Locale } from '../i18n/languages.ts';
import type { TextBinding } from './text-binding.ts';
import { clearBinding, writeBinding } from './text-binding.ts';

/**
 * A slide as the renderer sees it: its texts, and its section, which carries the slides'
 * `lang` itself. A change of `<html lang>` then stops at the sections, so it costs the same
 * whatever the deck's size, and a slide not written yet keeps the `lang` of its texts.
 */
export interface SlideTexts {
  readonly section: HTMLElement;
  readonly bindings: readonly TextBinding[];
}

/**
 * Marks the page (`html[data-subtitles]`) as showing subtitles in `subtitles`, or none: the
 * theme makes room for subtitles (smaller main type) only while they are shown. The speaker
 * view marks its page so too, for its previews.
 */
export function markSubtitles(subtitles: Locale | null): void {
  if (subtitles === null) delete document.documentElement.dataset['subtitles'];
  else document.documentElement.dataset['subtitles'] = subtitles;
}

/**
 * Writes the language store's state into the document: every bound text, the `lang` of
 * sections and texts, `<html lang>`, the title and the room made for subtitles.
 *
 * At start-up and on a switch only the slides that can be seen are written (`renderNear`);
 * the others wait for `writeSlides`, which `SlideReadiness` calls in idle moments or when
 * reveal is about to show them, so no frame waits for texts nobody can see yet. It subscribes
 * to the store when created: create it before anything else listens, so a switch's texts are
 * written before other listeners run.
 */
export class TextRenderer {
  /** Every binding's text per language: translations and figures never change at run time. */
  readonly #texts = new Map<Locale, string[]>();
  /** What each binding shows now, so unchanged texts are not rewritten. */
  readonly #written = new Map<TextBinding, string>();
  /** Every binding, slide after slide: a binding's index keys its cached texts. */
  readonly #bindings: readonly TextBinding[];
  readonly #sections: readonly HTMLElement[];
  /** Each slide's bindings, as `[first, end)` index ranges into `#bindings`. */
  readonly #slideRanges: readonly (readonly [number, number])[];
  /** Slides whose texts do not show the current state yet. */
  readonly #unwritten = new Set<number>();
  /** The slides a switch writes at once (see `writeAtOnce`). */
  #isNear: (slide: number) => boolean = () => true;
  readonly #stopListening: () => void;

  constructor(
    private readonly language: DeckLanguage,
    slides: readonly SlideTexts[],
  ) {
    this.#bindings = slides.flatMap((slide) => slide.bindings);
    this.#sections = slides.map((slide) => slide.section);
    let first = 0;
    this.#slideRanges = slides.map(({ bindings }) => {
      const range = [first, first + bindings.length] as const;
      first += bindings.length;
      return range;
    });
    this.#stopListening = language.onChange(() => {
      this.renderNear(this.#isNear);
    });
  }

  /** Applies the current state to the whole document. */
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
   * Which slides a switch writes at once: those on screen. The others wait for `writeSlides`.
   */
  writeAtOnce(isNear: (slide: number) => boolean): void {
    this.#isNear = isNear;
  }

  /** How many slides the renderer writes. */
  get slideCount(): number {
    return this.#slideRanges.length;
  }

  /** Whether a slide's texts show the current state. */
  isWritten(slide: number): boolean {
    return !this.#unwritten.has(slide);
  }

  /**
   * Idle work once every slide is written: a warning about missing translations, then every
   * text translated into every language, a slide per job, so that a switch only writes strings.
   */
  preparationJobs(): (() => void)[] {
    const jobs = [
      () => {
        this.language.warnMissing();
      },
    ];
    for (const locale of LOCALES) {
      for (const [first, end] of this.#slideRanges) {
        jobs.push(() => {
          for (let index = first; index < end; index += 1) this.#text(index, locale);
        });
      }
    }
    return jobs;
  }

  /** Stops following the store. */
  destroy(): void {
    this.#stopListening();
  }

  /**
   * Writes one slide's texts, its section's `lang`, and the `lang` of texts in another
   * language than the slides'.
   */
  #writeSlide(slide: number): void {
    const { audience, speaker, subtitles } = this.language.state;
    const section = this.#sections[slide];
    if (section !== undefined) section.lang = LANG_TAGS[audience];
    const [first, end] = this.#slideRanges[slide] ?? [0, 0];
    for (let index = first; index < end; index += 1) {
      const binding = this.#bindings[index];
      if (binding === undefined) continue;
      const locale = this.language.localeOf(binding.channel);
      if (binding.channel === 'subtitle' && subtitles === null) {
        if (this.#written.get(binding) !== '') clearBinding(binding);
        this.#written.set(binding, '');
      } else {
        const text = this.#text(index, locale);
        if (this.#written.get(binding) !== text) {
          writeBinding(binding, text, locale);
          this.#written.set(binding, text);
        }
      }
      if (binding.channel === 'audience') continue;
      const own = binding.channel === 'speaker' ? speaker : subtitles;
      if (own === null || own === audience) binding.element.removeAttribute('lang');
      else binding.element.lang = LANG_TAGS[own];
    }
  }

  /** `<html lang>`, the title, and the room the theme makes for subtitles. */
  #applyDocument(): void {
    const { audience, subtitles } = this.language.state;
    document.documentElement.lang = LANG_TAGS[audience];
    document.title = this.language.t('audience')('meta.title');
    markSubtitles(subtitles);
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
    const text = binding === undefined ? '' : binding.text(this.language.translator(locale));
    texts[index] = text;
    return text;
  }
}
