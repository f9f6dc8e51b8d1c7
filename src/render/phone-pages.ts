import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The phone layout's width, as in theme/phone.css's media query. */
export const PHONE_QUERY = '(max-width: 599px)';

/** The parts of reveal's scroll view this module reads and writes (reveal exposes it untyped). */
interface ScrollView {
  isActive(): boolean;
  setTriggerRanges(): void;
  syncScrollPosition(): void;
  scrollToSlide(slide: HTMLElement): void;
  slideTriggers: {
    range: [number, number];
    page: { pageElement?: HTMLElement; scrollTriggers: { range: [number, number] }[] };
  }[];
}

/** reveal's scroll view controller, if this reveal has the one this module was written for. */
function scrollViewOf(reveal: RevealApi): ScrollView | null {
  const scroll: unknown = (reveal as RevealApi & { scroll?: unknown }).scroll;
  if (typeof scroll !== 'object' || scroll === null) return null;
  const methods = ['isActive', 'setTriggerRanges', 'syncScrollPosition', 'scrollToSlide'] as const;
  return methods.every((name) => typeof (scroll as Record<string, unknown>)[name] === 'function')
    ? (scroll as ScrollView)
    : null;
}

/**
 * Keeps reveal's scroll view in step with the phone layout's pages. reveal takes every page of
 * its scroll view to be a screen tall, and finds the slide at a scroll position by counting
 * pages; the phone layout makes each page as tall as its reflowed slide (theme/phone.css), so
 * reveal named the wrong slide in the URL and scrolled a deep link to the wrong place. On a
 * phone this sets each slide's share of the scroll from where its page really is, whenever
 * reveal lays the pages out, scrolls to a slide, or their height changes (a language switch,
 * fonts), and keeps the page being read in place meanwhile. reveal's scroll view has no
 * public API for this: its controller's methods are wrapped, and left alone if missing.
 */
export function PhonePages(): RevealPlugin & { readonly id: 'deck-phone-pages' } {
  let restore: (() => void) | null = null;

  return {
    id: 'deck-phone-pages',
    init(reveal) {
      const scroll = scrollViewOf(reveal);
      const viewport = reveal.getViewportElement();
      if (scroll === null || viewport === null) return;
      const phone = window.matchMedia(PHONE_QUERY);
      const ownRanges = scroll.setTriggerRanges.bind(scroll);

      // The page at the top of the screen, and where it was, so that it stays there when
      // pages above it change height (the browser's own scroll anchoring is off in
      // phone.css, so that the two do not both move the page). Not reveal's current slide:
      // that follows the scroll a frame later, and a deep link's texts arrive in between.
      let anchor: { page: Element; top: number } | null = null;
      const remember = (): void => {
        const top = viewport.getBoundingClientRect().top;
        const page = scroll.slideTriggers
          .map((trigger) => trigger.page.pageElement)
          .find(
            (element) => element !== undefined && element.getBoundingClientRect().bottom > top + 1,
          );
        anchor = page === undefined ? null : { page, top: page.getBoundingClientRect().top };
      };
      // The browser keeps the scroll at whole pixels, while a page's top may fall between two
      // (a reflowed page is as tall as its content: a map's height from its aspect, 612.83
      // px); rounded to the nearer pixel, a page's top could land up to half a pixel above
      // the screen. Rounded down, it lands on the screen, less than a pixel below its place.
      const place = (by: number): void => {
        viewport.scrollTop = Math.floor(viewport.scrollTop + by);
      };
      // Once the reader scrolls, the anchor follows the reading; until then it stays on the
      // slide a deep link opened, also through the scroll events of placing it there.
      let reading = false;
      const startReading = (): void => {
        reading = true;
      };
      const READING_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
      for (const type of READING_EVENTS) {
        viewport.addEventListener(type, startReading, { passive: true });
      }
      const onScroll = (): void => {
        if (reading) remember();
      };
      viewport.addEventListener('scroll', onScroll, { passive: true });
      // Pages change height without a layout from reveal: texts written late, fonts arrive,
      // a language switch. (Not .slides: reveal gives it a fixed height.)
      const resized = new ResizeObserver(() => {
        if (!scroll.isActive() || !phone.matches) return;
        if (anchor !== null) {
          const moved = anchor.page.getBoundingClientRect().top - anchor.top;
          // Up by any part of a pixel (it would start above the screen), down by a whole one.
          if (moved < -0.01 || moved >= 1) place(moved);
        }
        pageRanges();
        scroll.syncScrollPosition();
        // A deep link's page keeps its place at the screen's top (not where the rounding
        // left it, which would let the fractions add up from one change to the next).
        if (reading || anchor === null) remember();
      });
      const pageRanges = (): void => {
        ownRanges();
        const scrollable = viewport.scrollHeight - viewport.clientHeight;
        if (!phone.matches || scrollable <= 0) return;
        // A slide is the one being read once its top passes the upper quarter of the screen.
        const origin =
          viewport.getBoundingClientRect().top - viewport.scrollTop + viewport.clientHeight / 4;
        const starts = scroll.slideTriggers.map(({ page }) => {
          if (page.pageElement === undefined) return null;
          resized.observe(page.pageElement);
          const top = page.pageElement.getBoundingClientRect().top - origin;
          return Math.min(1, Math.max(0, top / scrollable));
        });
        scroll.slideTriggers.forEach((trigger, index) => {
          const start = starts[index];
          if (start === null || start === undefined) return;
          const end = starts.slice(index + 1).find((next) => next !== null);
          trigger.range = [start, end ?? 1];
          // A slide's points share its page: they are all shown on a phone anyway.
          const share =
            (trigger.range[1] - start) / Math.max(trigger.page.scrollTriggers.length, 1);
          trigger.page.scrollTriggers.forEach((point, step) => {
            point.range = [start + step * share, start + (step + 1) * share];
          });
        });
      };
      scroll.setTriggerRanges = pageRanges;
      // A deep link brings its page's top to the top of the screen, where the page is now.
      const ownScrollTo = scroll.scrollToSlide.bind(scroll);
      scroll.scrollToSlide = (slide) => {
        const page = slide.closest('.scroll-page');
        if (!scroll.isActive() || !phone.matches || page === null) {
          ownScrollTo(slide);
          return;
        }
        const top = viewport.getBoundingClientRect().top;
        place(page.getBoundingClientRect().top - top);
        reading = false;
        anchor = { page, top };
      };

      restore = () => {
        resized.disconnect();
        viewport.removeEventListener('scroll', onScroll);
        for (const type of READING_EVENTS) viewport.removeEventListener(type, startReading);
        scroll.setTriggerRanges = ownRanges;
        scroll.scrollToSlide = ownScrollTo;
      };
    },
    destroy() {
      restore?.();
      restore = null;
    },
  };
}
