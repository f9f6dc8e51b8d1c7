import type { TFunction } from 'i18next';
import type { StageNumber } from '../model/chart-spec.ts';
import type { Slide } from '../model/slide.ts';
import { SLIDE_STAGES } from '../../slides/index.ts';
import { SlideBuilder, type ChartMount } from './slide-builder.ts';
import { renderBody } from './slide-body.ts';
import type { TextBinding } from './text-binding.ts';

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
    t('visuals.stageLabel', { number: stage, name: t(`slides.stages.${stage}`) }),
  );
  return label;
}

/**
 * Renders one slide into a reveal `section` carrying its stable id and kind; a slide of one of
 * the four stages carries that stage's label, wherever it is shown (deck, speaker previews).
 */
export function renderSlide(slide: Slide): RenderedSlide {
  const stage = SLIDE_STAGES.get(slide.id);
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
