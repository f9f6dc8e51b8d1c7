import type { TFunction } from 'i18next';
import type { DeckChart } from '../charts/draw-chart.ts';
import { loadFontsOf } from '../charts/chart-fonts.ts';
import { loadChartEngine } from '../charts/load-chart-engine.ts';
import { LANG_TAGS, type Locale } from '../i18n/languages.ts';
import type { Slide } from '../model/slide.ts';
import { renderSlide } from '../render/render-slide.ts';
import { fitSubtitleRoom } from '../render/subtitle-room.ts';
import { applyBinding } from '../render/text-binding.ts';
import { SLIDE_SIZE } from '../render/slide-size.ts';

/** A language a preview's texts are written in: its translator and its locale. */
export interface PreviewLanguage {
  readonly t: TFunction;
  readonly locale: Locale;
}

/**
 * A slide drawn small for the speaker view, with the deck's own renderer and theme (no second
 * copy of the deck in a frame): as the audience sees it, up to the fragment shown, with the
 * hall's subtitles and the room they take (the speaker view sets `html[data-subtitles]`,
 * which the theme keys bilingual mode to, as the deck does). The slide
 * is as large as fits its box in both directions, so that the speaker view's layout decides
 * the space and no preview is ever cut off.
 */
export class SlidePreview {
  /** The box the layout gives the preview; the slide fits inside it. */
  readonly element: HTMLElement;
  readonly #frame: HTMLElement;
  readonly #slides: HTMLElement;
  readonly #resize = new ResizeObserver(() => {
    this.fit();
  });
  #charts: DeckChart[] = [];
  /** Bumped on every render, so charts of a replaced preview are never drawn late. */
  #generation = 0;
  /** The slide shown while subtitles are on: laid out again when a late font arrives. */
  #subtitled: HTMLElement | null = null;

  constructor(className: string) {
    this.element = document.createElement('div');
    this.element.className = `speaker-preview ${className}`;
    this.#frame = document.createElement('div');
    this.#frame.className = 'speaker-frame';
    const reveal = document.createElement('div');
    reveal.className = 'reveal';
    this.#slides = document.createElement('div');
    this.#slides.className = 'slides';
    reveal.append(this.#slides);
    this.#frame.append(reveal);
    this.element.append(this.#frame);
    this.#resize.observe(this.element);
    document.fonts.addEventListener('loadingdone', () => {
      if (this.#subtitled !== null) fitSubtitleRoom(this.#subtitled);
    });
  }

  /** Whether the slide shown has a point still to come. */
  hasHiddenFragment(): boolean {
    return this.#slides.querySelector('.fragment:not(.visible)') !== null;
  }

  /**
   * Shows `slide` in the slides' language with fragments up to `fragment` visible (-1: none;
   * Infinity: all), and under its texts the subtitles, if on.
   */
  show(
    slide: Slide | undefined,
    { t, locale }: PreviewLanguage,
    subtitles: PreviewLanguage | null,
    fragment: number,
  ): void {
    this.clear();
    const generation = ++this.#generation;
    this.#frame.hidden = slide === undefined;
    if (slide === undefined) return;
    // The preview's own language picks its font, whatever the speaker view's language is.
    this.element.lang = LANG_TAGS[locale];
    const rendered = renderSlide(slide);
    for (const binding of rendered.bindings) {
      if (binding.channel === 'audience') applyBinding(binding, t);
      if (binding.channel !== 'subtitle' || subtitles === null) continue;
      applyBinding(binding, subtitles.t);
      binding.element.lang = LANG_TAGS[subtitles.locale];
    }
    const section = rendered.section;
    section.classList.add('present');
    section.style.display = 'block';
    const background = section.dataset['backgroundGradient'];
    if (background !== undefined) section.style.background = background;
    section.querySelectorAll('.fragment').forEach((element, index) => {
      element.classList.toggle('visible', index <= fragment);
    });
    section.querySelector('aside.notes')?.remove();
    section.setAttribute('aria-hidden', 'true');
    this.#slides.replaceChildren(section);
    this.fit();
    if (subtitles !== null) {
      this.#subtitled = section;
      fitSubtitleRoom(section);
    }
    if (rendered.charts.length === 0) return;
    // Canvas text needs the embedded fonts loaded, or it is drawn in a fallback face; the
    // timeline writes its names' translations as the hall's does.
    const fonts = loadFontsOf({ audience: locale, subtitles: subtitles?.locale ?? null });
    void Promise.all([loadChartEngine(), fonts]).then(([engine]) => {
      if (generation !== this.#generation) return;
      this.#charts = rendered.charts.flatMap((mount) => {
        const chart = engine.drawChart(mount.canvas, mount.spec, {
          t,
          locale,
          animate: false,
          devicePixelRatio: 2,
          ...(subtitles && { subtitles }),
        });
        return chart === null ? [] : [chart];
      });
    });
  }

  /**
   * Scales the 1280×720 slide to the largest size its box holds. The box's own fractional
   * size: clientHeight rounds 457.5 px up, and the slide ran half a pixel past its box.
   */
  fit(): void {
    const { width, height } = this.element.getBoundingClientRect();
    const byWidth = width / SLIDE_SIZE.width;
    const scale = height > 0 ? Math.min(byWidth, height / SLIDE_SIZE.height) : byWidth;
    this.#slides.style.transform = `scale(${scale})`;
    this.#frame.style.width = `${SLIDE_SIZE.width * scale}px`;
    this.#frame.style.height = `${SLIDE_SIZE.height * scale}px`;
  }

  /** Removes the slide and its charts. */
  clear(): void {
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
    this.#subtitled = null;
    this.#slides.replaceChildren();
  }
}
