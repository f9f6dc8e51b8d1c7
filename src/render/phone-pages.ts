import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The phone layout's width, as in theme/phone.css's media query. */
export const PHONE_QUERY = '(max-width: 599px)';

/** The parts of reveal's scroll view this module reads and writes (reveal exposes it untyped). */
interface ScrollView {
  isActive(): boolean;
  setTriggerRanges(): void;
  syncScrollPosition(): void;
  slideTriggers: {
    range: [number, number];
    page: { pageElement?: HTMLElement; scrollTriggers: { range: [number, number] }[] };
  }[];
}

/** reveal's scroll view controller, if this reveal has the one this module was written for. */
function scrollViewOf(reveal: RevealApi): ScrollView | null {
  const scroll: unknown = (reveal as RevealApi & { scroll?: unknown }).scroll;
  if (typeof scroll !== 'object' || scroll === null) return null;
  const methods = ['isActive', 'setTriggerRanges', 'syncScrollPosition'] as const;
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
 * reveal lays the pages out and whenever their height changes (a language switch, fonts).
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

      // The slide being read, and where it was on screen, so that it stays there when pages
      // above it change height (the browser's own scroll anchoring is off in phone.css, so
      // that the two do not both move the page).
      let anchor: { page: Element; top: number } | null = null;
      const remember = (): void => {
        // Undefined until reveal has shown a slide, whatever its types say.
        const current = reveal.getCurrentSlide() as HTMLElement | undefined;
        const page = current?.closest('.scroll-page');
        anchor = page ? { page, top: page.getBoundingClientRect().top } : null;
      };
      viewport.addEventListener('scroll', remember, { passive: true });
      // Pages change height without a layout from reveal: texts written late, fonts arrive,
      // a language switch. (Not .slides: reveal gives it a fixed height.)
      const resized = new ResizeObserver(() => {
        if (!scroll.isActive() || !phone.matches) return;
        if (anchor !== null) {
          const moved = anchor.page.getBoundingClientRect().top - anchor.top;
          if (Math.abs(moved) >= 1) viewport.scrollTop += moved;
        }
        pageRanges();
        scroll.syncScrollPosition();
        remember();
      });
      const pageRanges = (): void => {
        ownRanges();
        const scrollable = viewport.scrollHeight - viewport.clientHeight;
        if (!phone.matches || scrollable <= 0) return;
        const origin = viewport.getBoundingClientRect().top - viewport.scrollTop;
        const starts = scroll.slideTriggers.map(({ page }) => {
          if (page.pageElement === undefined) return null;
          resized.observe(page.pageElement);
          return Math.min(1, (page.pageElement.getBoundingClientRect().top - origin) / scrollable);
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

      restore = () => {
        resized.disconnect();
        viewport.removeEventListener('scroll', remember);
        scroll.setTriggerRanges = ownRanges;
      };
    },
    destroy() {
      restore?.();
      restore = null;
    },
  };
}
