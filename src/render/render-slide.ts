import type { TFunction } from 'i18next';
import { buildChartTable } from '../charts/chart-table.ts';
import { chartParams } from '../charts/chart-text.ts';
import { formatFigure, formatFigures } from '../i18n/format-figure.ts';
import type { TextKey, TextParams } from '../i18n/keys.ts';
import {
  isCanvasChart,
  type CanvasChartSpec,
  type ChartSpec,
  type StageNumber,
} from '../model/chart-spec.ts';
import type { KeyFigure, Slide } from '../model/slide.ts';
import { notesText, printsNotesReadings } from './notes.ts';
import { figureParts } from './figure-parts.ts';
import { addVisual, type PictureKit } from './slide-pictures.ts';
import { buildVisual } from './slide-visuals.ts';
import { buildStageStrip } from './stage-strip.ts';
import type { TextBinding, TextChannel } from './text-binding.ts';

/** A chart placeholder in a rendered slide: the chart controller draws into it when shown. */
export interface ChartMount {
  readonly slideId: string;
  readonly spec: CanvasChartSpec;
  readonly canvas: HTMLCanvasElement;
  readonly table: HTMLTableElement;
}

/** One slide as DOM, with the texts and charts that follow the language. */
export interface RenderedSlide {
  /** The slide's stable id, as in its `data-slide-id`. */
  readonly id: string;
  readonly section: HTMLElement;
  readonly bindings: readonly TextBinding[];
  readonly charts: readonly ChartMount[];
  /** The slide's headline in a language, for pages that show the slide apart (notes pages). */
  readonly headline: (t: TFunction) => string;
}

/** Collects elements and their text bindings while a slide is built. */
class SlideBuilder {
  readonly bindings: TextBinding[] = [];
  readonly charts: ChartMount[] = [];

  constructor(private readonly slide: Slide) {}

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

  bind(element: HTMLElement, text: (t: TFunction) => string, channel: TextChannel = 'audience') {
    this.bindings.push({ element, channel, text });
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
  ): HTMLElementTagNameMap[K] {
    const element = this.element(tag, className);
    const main = this.element('span', 'deck-text');
    const subtitle = this.element('span', 'deck-subtitle');
    this.bind(main, text);
    this.bind(subtitle, text, 'subtitle');
    element.append(main, subtitle);
    return element;
  }

  /** `subtitled` for a plain key with the slide's figures. */
  text<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    key: TextKey,
  ): HTMLElementTagNameMap[K] {
    return this.subtitled(tag, className, (t) => t(key, this.params(t)));
  }

  headline(tag: 'h1' | 'h2' = 'h2'): HTMLElement {
    return this.text(tag, 'slide-headline', this.slide.headline);
  }

  /** Points revealed one at a time, as a speaker walks through them. */
  points(keys: readonly TextKey[], className = 'points'): HTMLUListElement {
    const list = this.element('ul', className);
    for (const key of keys) list.append(this.text('li', 'fragment fade-up', key));
    return list;
  }

  keyFigures(figures: readonly KeyFigure[]): HTMLElement {
    const container = this.element('div', 'key-figures');
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
      const label = this.text('p', 'key-figure-label', keyFigure.label);
      item.append(value, label);
      container.append(item);
    }
    return container;
  }

  chart(spec: ChartSpec): HTMLElement {
    const container = this.element('figure', `chart chart-${spec.kind}`);
    const caption = this.text('figcaption', 'chart-title', spec.title);
    const summary = (t: TFunction) =>
      t(spec.summary, { ...this.params(t), ...chartParams(spec, t) });
    const table = buildChartTable(
      spec,
      (t) => t(spec.title, this.params(t)),
      (element, text) => {
        this.bind(element, text);
      },
    );
    table.className = 'chart-table';
    // Hidden by a wrapper, not on the table: Firefox lays a caption out in a box of its own,
    // outside the table's, so a clipped 1px table still showed its caption on the slide.
    const hidden = this.element('div', 'visually-hidden');
    hidden.append(table);
    if (isCanvasChart(spec)) {
      const frame = this.element('div', 'chart-frame');
      const canvas = this.element('canvas', '');
      canvas.setAttribute('role', 'img');
      canvas.dataset['chart'] = spec.kind;
      this.bindings.push({
        element: canvas,
        channel: 'audience',
        attribute: 'aria-label',
        text: summary,
      });
      frame.append(canvas);
      container.append(caption, frame, hidden);
      this.charts.push({ slideId: this.slide.id, spec, canvas, table });
      return container;
    }
    const visual = buildVisual(spec, {
      element: (tag, className) => this.element(tag, className),
      text: (tag, className, key) => this.text(tag, className, key),
      bind: (element, text) => {
        this.bind(element, text);
      },
      image: (element) => {
        element.setAttribute('role', 'img');
        this.bindings.push({
          element,
          channel: 'audience',
          attribute: 'aria-label',
          text: summary,
        });
      },
    });
    container.append(caption, visual, hidden);
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

/** Builds the content of a slide by kind. */
function renderBody(slide: Slide, build: SlideBuilder): HTMLElement[] {
  switch (slide.kind) {
    case 'title': {
      const kicker = build.text('p', 'title-kicker', slide.kicker);
      const organisation = build.text('p', 'title-organisation', slide.organisation);
      return [kicker, build.headline('h1'), organisation];
    }
    case 'statement': {
      const body = build.element('div', 'slide-body');
      const points = build.points(slide.points);
      body.append(points);
      if (slide.keyFigures) body.append(build.keyFigures(slide.keyFigures));
      const map = addVisual(slide.visual, points, build.pictureKit());
      if (map) body.append(map);
      return [build.headline(), body];
    }
    case 'figures': {
      const body = build.element('div', 'slide-body figures-body');
      body.append(build.keyFigures(slide.keyFigures));
      if (slide.points) {
        const points = build.points(slide.points);
        addVisual(slide.visual, points, build.pictureKit());
        body.append(points);
      }
      return [build.headline(), body];
    }
    case 'list': {
      const intro = build.text('p', 'list-intro', slide.intro);
      const list = build.element('ul', 'columns');
      for (const key of slide.items) list.append(build.text('li', '', key));
      addVisual(slide.visual, list, build.pictureKit());
      return [build.headline(), intro, list];
    }
    case 'chart': {
      const body = build.element('div', 'slide-body chart-body');
      body.append(build.chart(slide.chart));
      if (slide.keyFigures) body.append(build.keyFigures(slide.keyFigures));
      return [build.headline(), body];
    }
    case 'divider': {
      const stage = build.subtitled('p', 'divider-stage', (t) =>
        t('ui.stage', { number: String(slide.stage) }),
      );
      const number = build.element('p', 'divider-number');
      number.textContent = String(slide.stage);
      number.setAttribute('aria-hidden', 'true');
      const strip = buildStageStrip(
        {
          element: (tag, className) => build.element(tag, className),
          bind: (element, text) => {
            build.bind(element, text);
          },
          label: (element, text) => {
            build.bindings.push({ element, channel: 'audience', attribute: 'aria-label', text });
          },
        },
        slide.timeline,
        slide.stage,
      );
      return [strip, number, stage, build.headline()];
    }
    case 'closing':
      return [build.headline(), build.text('p', 'closing-subline', slide.subline)];
    default: {
      const unreachable: never = slide;
      return unreachable;
    }
  }
}

/** The background of the title, stage dividers and closing: deep sea blue into teal. */
const DARK_BACKGROUND = 'linear-gradient(135deg, #0b3954 0%, #0a5c63 60%, #0a6f6a 100%)';

/** The gradient's darkest colour, the one reveal judges the slide's brightness by. */
const DARK_BACKGROUND_COLOUR = '#0b3954';

/**
 * The stage a content slide belongs to, above its headline ("Stage 3 · Project cooperation"):
 * the audience always knows where in the story they are.
 */
function stageLabel(build: SlideBuilder, stage: StageNumber): HTMLElement {
  // A signpost, not content: in the audience language only, also while subtitles are on.
  const label = build.element('p', 'stage-label');
  build.bind(label, (t) =>
    t('visuals.stageLabel', { number: String(stage), name: t(`slides.stages.${stage}`) }),
  );
  return label;
}

/**
 * Renders one slide into a reveal `section` carrying its stable id and kind; a slide of one of
 * the four stages (`stage`) carries that stage's label.
 */
export function renderSlide(slide: Slide, stage?: StageNumber): RenderedSlide {
  const build = new SlideBuilder(slide);
  const section = document.createElement('section');
  section.dataset['slideId'] = slide.id;
  section.id = slide.id;
  section.className = `slide slide-${slide.kind}`;
  const body = renderBody(slide, build);
  if (slide.kind === 'title' || slide.kind === 'divider' || slide.kind === 'closing') {
    section.dataset['backgroundGradient'] = DARK_BACKGROUND;
    // reveal cannot read a gradient's brightness; the colour tells it the slide is dark, so
    // that its arrows, the slide number and the language button switch to their light forms.
    section.dataset['backgroundColor'] = DARK_BACKGROUND_COLOUR;
    // Centred in a box of its own: the section's display is reveal's, which hides it.
    const centred = build.element('div', 'slide-centred');
    centred.append(...body);
    section.append(centred, build.notes());
  } else {
    // The headline stays at the top; the rest fills the space below it, centred in it.
    const [headline, ...content] = body;
    const frame = build.element('div', 'slide-frame');
    if (stage !== undefined) frame.append(stageLabel(build, stage));
    if (headline !== undefined) frame.append(headline);
    const main = build.element('div', 'slide-main');
    main.append(...content);
    frame.append(main);
    section.append(frame, build.notes());
  }
  return {
    id: slide.id,
    section,
    bindings: build.bindings,
    charts: build.charts,
    headline: (t) => t(slide.headline, build.params(t)),
  };
}
