import type { RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { ShownSlideLayout } from './shown-slide-layout.ts';

/**
 * The class of a slide whose text and subtitles fit at the full type size: the theme shrinks
 * the main text under subtitles only on slides without it (theme.css, bilingual mode).
 */
export const ROOMY_CLASS = 'deck-roomy';

/**
 * The class of a slide that does not fit at the full size but does with its points a step or
 * more smaller (`SNUG_SIZES`, set as `--deck-snug-size`): the steps between the full size and
 * the bilingual sizes, so that four points do not fall from 40 px to 28 px and leave half the
 * slide empty.
 */
export const SNUG_CLASS = 'deck-snug';

/**
 * The class of a slide that does not fit even at the bilingual sizes (its headline keeps its
 * full size on every slide): the theme closes up its spacing, the last step.
 */
export const TIGHT_CLASS = 'deck-tight';

/**
 * The class of a slide shrunk with subtitles (snug or smaller) that has room to spare at its
 * foot: its content starts the full step under the headline again, as on a slide at full
 * size, rather than close under it above an empty band (zh and ja 23: 13 px under the rule,
 * 75 px bare below).
 */
export const SPACED_CLASS = 'deck-spaced';

/**
 * The class of a shrunk slide whose body (a chart's, a figure's or a card's own texts, not its
 * points) still fits at the full size once its points and spacing are settled: those texts keep
 * it (theme.css, bilingual mode), where zh and ja 23's results had stood at 28 px above a bare
 * band of 145 px.
 */
export const AMPLE_CLASS = 'deck-ample';

/** The points' sizes a snug slide tries, largest first (36 px: the map slides' size). */
export const SNUG_SIZES = [36, 34, 32, 30] as const;

/** The custom property that carries a snug slide's point size to the theme. */
const SNUG_SIZE = '--deck-snug-size';

/**
 * The class a slide carries while it is measured: the theme stops its transitions, so that a
 * size is measured as it will be, not as the point's fragment transition (reveal's `all`)
 * starts it, from the size before.
 */
export const MEASURING_CLASS = 'deck-measuring';

/**
 * How far, in slide pixels, a box may reach into the slide's margins: a line's glyphs stand a
 * few pixels out of its line box (a headline's ascenders above the padding edge).
 */
const TOLERANCE = 4;

/**
 * How far, in slide pixels, what a slide shows keeps from reveal's navigation arrows (bottom
 * right, outside the scaled slide): they reach 5 px into the content's corner, where en 13's
 * cards with subtitles had ended 9 px into the arrows' box.
 */
const ARROW_CLEARANCE = 16;

/**
 * What is not measured: hidden texts, what stands where it stands whatever the type, and a
 * chart's canvas, drawn to its frame (which is measured) only once chart.js sees the frame
 * resized: stepping from 08, 09's canvas still had the taller frame's size, ran 6 px past the
 * slide's foot, and set the slide tight (its headline's rule 2 px above the badges).
 */
const UNMEASURED =
  'aside.notes, .visually-hidden, .divider-number, .slide-map, .slide-backdrop-map, .stage-label, .chart-frame > canvas';

/** Whether an element shows anything of its own: text, a fill, a border or a picture. */
function paints(element: HTMLElement): boolean {
  if (element instanceof SVGElement || element instanceof HTMLCanvasElement) return true;
  const text = (node: Node): boolean =>
    node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '';
  if ([...element.childNodes].some(text)) return true;
  const style = getComputedStyle(element);
  return (
    style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
    style.backgroundImage !== 'none' ||
    parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) > 0 ||
    parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth) > 0
  );
}

/** The boxes of reveal's arrows, each grown by `margin` page pixels on every side. */
function arrowZones(margin: number): DOMRect[] {
  return [
    ...document.querySelectorAll('.reveal .controls :is(.navigate-left, .navigate-right)'),
  ].map((arrow) => {
    const box = arrow.getBoundingClientRect();
    return new DOMRect(
      box.x - margin,
      box.y - margin,
      box.width + 2 * margin,
      box.height + 2 * margin,
    );
  });
}

/**
 * Whether anything in `slide` reaches into the slide's margins (its padding, where the theme
 * leaves room; a title card grows upwards into the top one), comes near the navigation arrows
 * (if `clearOfArrows`), or is cut inside its own box. Points not yet shown count where they
 * will stand (while measured, theme.css takes off their fade-up's offset).
 */
function overflows(slide: HTMLElement, clearOfArrows: boolean): boolean {
  const outer = slide.getBoundingClientRect();
  if (slide.offsetWidth === 0) return false;
  const scale = outer.width / slide.offsetWidth;
  const style = getComputedStyle(slide);
  const inset = (value: string): number => (parseFloat(value) - TOLERANCE) * scale;
  const top = outer.top + inset(style.paddingTop);
  const left = outer.left + inset(style.paddingLeft);
  const right = outer.right - inset(style.paddingRight);
  const bottom = outer.bottom - inset(style.paddingBottom);
  const arrows = clearOfArrows ? arrowZones(ARROW_CLEARANCE * scale) : [];
  for (const element of slide.querySelectorAll<HTMLElement>('*')) {
    // A map's names stand where the map puts them, whatever the type's size (visuals.test.ts);
    // the stage label stands in the top margin, above the headline; a title card's faint map
    // runs off its edge.
    if (element.closest(UNMEASURED) !== null) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < left || rect.right > right || rect.bottom > bottom) return true;
    // A line's inline boxes stand above it where a CJK font's ascent is taller than the line.
    if (rect.top < top && getComputedStyle(element).display !== 'inline') return true;
    const near = (zone: DOMRect): boolean =>
      rect.left < zone.right &&
      rect.right > zone.left &&
      rect.top < zone.bottom &&
      rect.bottom > zone.top;
    if (arrows.some(near) && paints(element)) return true;
    if (
      element.scrollWidth > element.clientWidth + 1 &&
      getComputedStyle(element).overflowX !== 'visible'
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Lays out a slide shown with subtitles: at the full type size if nothing overflows
 * (`ROOMY_CLASS`), else with its points a step smaller if that fits (`SNUG_CLASS`); otherwise
 * the theme's smaller bilingual sizes apply, closed up if even they do not fit (`TIGHT_CLASS`).
 * The speaker view's previews lay out their slides with this too, as the hall sees them.
 */
export function fitSubtitleRoom(slide: HTMLElement): void {
  slide.classList.add(MEASURING_CLASS);
  slide.classList.remove(SNUG_CLASS, TIGHT_CLASS, SPACED_CLASS, AMPLE_CLASS);
  slide.style.removeProperty(SNUG_SIZE);
  slide.classList.add(ROOMY_CLASS);
  // A slide that fits at full size keeps it; one that must shrink shrinks until it also
  // keeps clear of the arrows.
  if (overflows(slide, false)) {
    slide.classList.replace(ROOMY_CLASS, SNUG_CLASS);
    const fits = SNUG_SIZES.find((size) => {
      slide.style.setProperty(SNUG_SIZE, `${size}px`);
      return !overflows(slide, true);
    });
    if (fits === undefined) {
      slide.classList.remove(SNUG_CLASS);
      slide.style.removeProperty(SNUG_SIZE);
      if (overflows(slide, true)) slide.classList.add(TIGHT_CLASS);
    }
    // The points' type first; then, where they still fit, the body's own texts at full
    // size and the step under the headline, the texts before the step.
    const extras = [[SPACED_CLASS, AMPLE_CLASS], [AMPLE_CLASS], [SPACED_CLASS]];
    extras.find((classes) => {
      slide.classList.add(...classes);
      if (!overflows(slide, true)) return true;
      slide.classList.remove(...classes);
      return false;
    });
  }
  slide.classList.remove(MEASURING_CLASS);
}

/**
 * Subtitles shrink a slide only where they would not fit (`fitSubtitleRoom`): the slide
 * shown with subtitles on is measured; a language switch or a font arriving measures again.
 * The phone layout, the scroll view and print keep the theme's sizes.
 */
export function SubtitleRoom(
  language: DeckLanguage,
): RevealPlugin & { readonly id: 'deck-subtitle-room' } {
  return ShownSlideLayout('deck-subtitle-room', language, {
    measure(slide) {
      if (language.state.subtitles !== null) fitSubtitleRoom(slide);
    },
    forget(slide) {
      slide.classList.remove(ROOMY_CLASS, SNUG_CLASS, TIGHT_CLASS, SPACED_CLASS, AMPLE_CLASS);
      slide.style.removeProperty(SNUG_SIZE);
    },
  });
}
