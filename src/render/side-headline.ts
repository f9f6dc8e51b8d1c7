import type { RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { ShownSlideLayout } from './shown-slide-layout.ts';
import { MEASURING_CLASS } from './subtitle-room.ts';

/**
 * The class of a slide set with its headline in a left column and its points in a right one
 * (theme.css): a Chinese or Japanese slide of three or four short points, which at full size
 * fill only the left half of the slide.
 */
export const SIDE_HEADLINE_CLASS = 'deck-side-headline';

/**
 * The slides that may take the side headline: Chinese or Japanese points alone (no picture,
 * figure or flow of icons), four or fewer.
 */
const CANDIDATE =
  'section.slide-statement:is(:lang(zh), :lang(ja)):has(.slide-body > .points:only-child:not(.flow)):not(:has(.points > li:nth-child(5)))';

/**
 * The headline's most lines in its column (balanced, phrase-broken in Japanese); more and it
 * reads as a column of fragments.
 */
const MAX_HEADLINE_LINES = 3;

/**
 * A point's most lines beside the headline: two balanced lines still read as one point. One
 * point may take a third line, for a long company name in Latin letters (ja 2005年：New Japan
 * Chemical Environmental Consultancy社が…): the slide then keeps the layout of its neighbours
 * rather than being the one of its stage with its headline on top.
 */
const MAX_POINT_LINES = 2;
const MAX_LONG_POINT_LINES = 3;

/**
 * How many lines an inline text runs to: its boxes' distinct tops (a `<wbr>` between Chinese
 * phrases splits a line into boxes, some of no width).
 */
function lines(element: Element | null): number {
  if (element === null) return 0;
  const boxes = [...element.getClientRects()].filter((box) => box.width > 0);
  return new Set(boxes.map((box) => Math.round(box.top))).size;
}

/**
 * Whether, set side by side, every point keeps to two lines (one of them to three) and the
 * headline to three.
 */
function fitsSideBySide(slide: HTMLElement): boolean {
  const points = [...slide.querySelectorAll('.points > li > .deck-text')].map(lines);
  const long = points.filter((count) => count > MAX_POINT_LINES);
  if (long.length > 1 || long.some((count) => count > MAX_LONG_POINT_LINES)) return false;
  return lines(slide.querySelector('.slide-headline > .deck-text')) <= MAX_HEADLINE_LINES;
}

/**
 * Lays `slide` out with the side headline if it is a candidate and its points keep to two
 * lines so (one to three); else with the headline above. Measured where it is shown (the deck, a preview).
 */
export function fitSideHeadline(slide: HTMLElement): void {
  slide.classList.remove(SIDE_HEADLINE_CLASS);
  if (!slide.matches(CANDIDATE)) return;
  slide.classList.add(MEASURING_CLASS, SIDE_HEADLINE_CLASS);
  if (!fitsSideBySide(slide)) slide.classList.remove(SIDE_HEADLINE_CLASS);
  slide.classList.remove(MEASURING_CLASS);
}

/**
 * Sets short Chinese and Japanese slides side by side: when a candidate slide is shown, it is
 * laid out with the side headline and keeps it only if no point runs to more than two lines,
 * but one to three (the points' column is as wide as its longest line, between two limits).
 * Not with subtitles, which keep the headline above (as do the phone layout, the scroll view
 * and print).
 */
export function SideHeadline(
  language: DeckLanguage,
): RevealPlugin & { readonly id: 'deck-side-headline' } {
  return ShownSlideLayout('deck-side-headline', language, {
    measure(slide) {
      if (language.state.subtitles === null) fitSideHeadline(slide);
      else slide.classList.remove(SIDE_HEADLINE_CLASS);
    },
    forget(slide) {
      slide.classList.remove(SIDE_HEADLINE_CLASS);
    },
  });
}
