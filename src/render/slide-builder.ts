import type { TFunction } from 'i18next';
import { formatFigure, formatFigures } from '../i18n/format-figure.ts';
import type { TextKey, TextParams } from '../i18n/keys.ts';
import type { CanvasChartSpec } from '../model/chart-spec.ts';
import type { KeyFigure, Slide } from '../model/slide.ts';
import { figureParts } from './figure-parts.ts';
import { notesText, printsNotesReadings } from './notes.ts';
import { icon } from './slide-pictures.ts';
import type { PictureKit } from './slide-map.ts';
import type { TextBinding, TextChannel } from './text-binding.ts';

/** A chart placeholder in a rendered slide: the chart controller draws into it when shown. */
export interface ChartMount {
  readonly slideId: string;
  readonly spec: CanvasChartSpec;
  readonly canvas: HTMLCanvasElement;
  readonly table: HTMLTableElement;
}

/** Collects elements and their text bindings while a slide is built. */
export class SlideBuilder {
  readonly bindings: TextBinding[] = [];
  readonly charts: ChartMount[] = [];

  constructor(
    /** The slide being built. */
    readonly slide: Slide,
  ) {}

  /** Texts of this slide see its figures, formatted in the text's own language. */
  params(t: TFunction): TextParams {
    let params = this.#params.get(t);
    if (params === undefined) {
      params = formatFigures(t, this.slide.figures);
      this.#params.set(t, params);
    }
    return params;
  }

  /** Formatted figures per translator: every text of the slide shares them. */
  readonly #params = new WeakMap<TFunction, TextParams>();

  /** A bare element; its text, if any, comes through `bind`, `subtitled` or `text`. */
  element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
  ): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    if (className !== '') element.className = className;
    return element;
  }

  /**
   * Binds an element's text to the language of a channel (the audience's by default);
   * `phrases`: a Chinese text may break only between its phrases (a headline).
   */
  bind(
    element: HTMLElement,
    text: (t: TFunction) => string,
    channel: TextChannel = 'audience',
    phrases = false,
  ) {
    this.bindings.push({ element, channel, text, phrases });
  }

  /**
   * An element whose text also appears beneath it in the subtitle language (bilingual mode):
   * the same key, with the slide's figures formatted for that language. The subtitle is a
   * span of its own so that it can carry its own `lang`; it stays empty while subtitles are off.
   */
  subtitled<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    text: (t: TFunction) => string,
    phrases = false,
  ): HTMLElementTagNameMap[K] {
    const element = this.element(tag, className);
    const main = this.element('span', 'deck-text');
    const subtitle = this.element('span', 'deck-subtitle');
    this.bind(main, text, 'audience', phrases);
    this.bind(subtitle, text, 'subtitle', phrases);
    element.append(main, subtitle);
    return element;
  }

  /** `subtitled` for a plain key with the slide's figures. */
  text<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    key: TextKey,
    phrases = false,
  ): HTMLElementTagNameMap[K] {
    return this.subtitled(tag, className, (t) => t(key, this.params(t)), phrases);
  }

  /** The slide's headline, subtitled; a Chinese one breaks between phrases. */
  headline(tag: 'h1' | 'h2' = 'h2'): HTMLElement {
    return this.text(tag, 'slide-headline', this.slide.headline, true);
  }

  /**
   * Points revealed one at a time, as a speaker walks through them. The first comes with the
   * slide: a slide never opens on its headline alone, half of it bare until the first press.
   */
  points(keys: readonly TextKey[], className = 'points'): HTMLUListElement {
    const list = this.element('ul', className);
    keys.forEach((key, index) => {
      list.append(this.text('li', index === 0 ? '' : 'fragment fade-up', key, true));
    });
    return list;
  }

  /**
   * Big figures with their labels: the digits large, the unit and words around them smaller.
   * `alone`: nothing else in the slide's body; three such figures stand as tiles across it (21).
   */
  keyFigures(figures: readonly KeyFigure[], alone = false): HTMLElement {
    const tiles = alone && figures.length === 3;
    const container = this.element('div', tiles ? 'key-figures key-figures-tiles' : 'key-figures');
    for (const keyFigure of figures) {
      const item = this.element('div', 'key-figure');
      const value = this.element('p', 'key-figure-value');
      const { valueText } = keyFigure;
      const whole = (t: TFunction): string => {
        const formatted = formatFigure(t, keyFigure.figure);
        return valueText === undefined ? formatted : t(valueText, { value: formatted });
      };
      // The digits big, the unit and words around them smaller: one span for each part.
      for (const part of ['before', 'number', 'after'] as const) {
        const span = this.element('span', `key-figure-${part}`);
        this.bind(span, (t) => figureParts(whole(t))[part]);
        value.append(span);
      }
      // A label may be a sentence (27's office): it breaks between phrases, as a point does.
      const label = this.text('p', 'key-figure-label', keyFigure.label, true);
      if (keyFigure.icon !== undefined) item.append(icon(keyFigure.icon));
      item.append(value, label);
      container.append(item);
    }
    return container;
  }

  /** What the slide's map and icons need: texts and an image label in the audience language. */
  pictureKit(): PictureKit {
    return {
      bind: (element, key) => {
        this.bind(element, (t) => t(key, this.params(t)));
      },
      image: (element, key) => {
        element.setAttribute('role', 'img');
        this.bindings.push({
          element,
          channel: 'audience',
          attribute: 'aria-label',
          text: (t) => t(key, this.params(t)),
        });
      },
    };
  }

  /** The speaker notes, in the speaker language, for reveal's `aside.notes`. */
  notes(): HTMLElement {
    const aside = this.element('aside', 'notes');
    this.bindings.push({
      element: aside,
      channel: 'speaker',
      paragraphs: true,
      readings: printsNotesReadings(),
      text: (t) => notesText(t, this.slide),
    });
    return aside;
  }
}
