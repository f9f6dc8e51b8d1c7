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
 * figure, flow of icons, change, actors or cards, which lay the points out across the slide), four
 * or fewer.
 */
const CANDIDATE =
  'section.slide-statement:is(:lang(zh), :lang(ja)):has(.slide-body > .points:only-child:not(.flow, .change, .actors, .cards)):not(:has(.points > li:nth-child(5)))';

/**
 * The headline's most lines in its column (balanced, phrase-broken in Japanese); more and it
 * reads as a column of fragments.
 */
const MAX_HEADLINE_LINES = 3;

/** The headline's lines the layout aims for: a message reads as one or two lines, not three. */
const AIM_HEADLINE_LINES = 2;

/**
 * Widths, in slide pixels, the headline's column is tried at when at its narrowest (what the
 * points leave) it runs to three lines (ja 北九州の / 企業が / 大連へ): the first at which it
 * keeps to two lines and the points still fit beside it is kept. The widest leaves the points
 * their least column (660 px, theme.css) in the slide's 1136.
 */
const HEADLINE_WIDTHS = [340, 380, 420] as const;

/** The custom property theme.css gives the headline's column as its least width. */
export const HEADLINE_WIDTH_PROPERTY = '--side-headline-width';

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

/** How many lines each point runs to as laid out now. */
function pointLines(slide: HTMLElement): number[] {
  return [...slide.querySelectorAll('.points > li > .deck-text')].map(lines);
}

/** Whether, set side by side, every point keeps to two lines (one of them to three). */
function pointsFit(slide: HTMLElement): boolean {
  const long = pointLines(slide).filter((count) => count > MAX_POINT_LINES);
  return long.length <= 1 && !long.some((count) => count > MAX_LONG_POINT_LINES);
}

/** How many lines the slide's headline runs to as laid out now. */
function headlineLines(slide: HTMLElement): number {
  return lines(slide.querySelector('.slide-headline > .deck-text'));
}

/**
 * Gives the headline's column the least width at which the headline keeps to two lines and
 * no point takes a line more than in the widest points' column (ja 17's one-line points would
 * each break in two, クリーナープロダクション計画を / 策定); none if the headline already
 * keeps to two lines or no width does (then three lines are allowed).
 */
function widenHeadline(slide: HTMLElement): void {
  if (headlineLines(slide) <= AIM_HEADLINE_LINES) return;
  const widest = pointLines(slide);
  for (const width of HEADLINE_WIDTHS) {
    slide.style.setProperty(HEADLINE_WIDTH_PROPERTY, `${width}px`);
    const points = pointLines(slide);
    const kept = points.every((count, index) => count <= (widest[index] ?? 0));
    if (headlineLines(slide) <= AIM_HEADLINE_LINES && kept) return;
  }
  slide.style.removeProperty(HEADLINE_WIDTH_PROPERTY);
}

/**
 * Lays `slide` out with the side headline if it is a candidate and its points keep to two
 * lines so (one to three) and its headline to three, its column widened where that keeps the
 * headline to two; else with the headline above. Measured where it is shown (the deck, a
 * preview).
 */
export function fitSideHeadline(slide: HTMLElement): void {
  slide.classList.remove(SIDE_HEADLINE_CLASS);
  slide.style.removeProperty(HEADLINE_WIDTH_PROPERTY);
  if (!slide.matches(CANDIDATE)) return;
  slide.classList.add(MEASURING_CLASS, SIDE_HEADLINE_CLASS);
  if (pointsFit(slide) && headlineLines(slide) <= MAX_HEADLINE_LINES) widenHeadline(slide);
  else slide.classList.remove(SIDE_HEADLINE_CLASS);
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
      else {
        slide.classList.remove(SIDE_HEADLINE_CLASS);
        slide.style.removeProperty(HEADLINE_WIDTH_PROPERTY);
      }
    },
    forget(slide) {
      slide.classList.remove(SIDE_HEADLINE_CLASS);
      slide.style.removeProperty(HEADLINE_WIDTH_PROPERTY);
    },
  });
}
