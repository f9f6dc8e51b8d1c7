/**
 * Scroll steps smaller than this (a thumb resting on the glass, the page settling after a
 * fling) leave the button where it is: it moves only on a clear change of direction.
 */
const JITTER_PX = 8;

/** What a reader does to scroll: until one of these, the page moves only by the deck's hand. */
const READING_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Marks `element` `is-tucked` while the reader scrolls `scroller` down, and unmarks it when
 * they scroll up, reach the top or the end, or move focus into it: the phone's language pill
 * (theme/phone.css slides it off the screen's foot, on a phone's scrolling page only) gets out
 * of the way of the lines being read and is back as soon as the reader looks for it, as the
 * bars of a long mobile page do. The page moving before the reader touches it (a deep link's
 * jump, the deck keeping a page in place while texts arrive: render/phone-pages.ts) does not
 * hide it, nor does the page moving while `open()` (the open menu reflowing the page to a
 * new language). Returns what removes the listeners.
 *
 * Hand-written rather than a "headroom" package: the rule is these few lines, and the deck's
 * own cases (reader input, the open menu, the end of the deck) would be wrapped around one.
 */
export function tuckOnScroll(
  element: HTMLElement,
  scroller: HTMLElement,
  open: () => boolean,
): () => void {
  // Where the scroll was when the button last moved or the reader turned back.
  let from = scroller.scrollTop;
  let reading = false;
  const startReading = (): void => {
    reading = true;
  };
  const show = (): void => {
    element.classList.remove('is-tucked');
  };
  const onScroll = (): void => {
    const top = scroller.scrollTop;
    const end = scroller.scrollHeight - scroller.clientHeight;
    if (top <= JITTER_PX || top >= end - JITTER_PX || open()) {
      show();
      from = top;
    } else if (Math.abs(top - from) >= JITTER_PX) {
      if (reading) element.classList.toggle('is-tucked', top > from);
      from = top;
    }
  };

  for (const type of READING_EVENTS) {
    scroller.addEventListener(type, startReading, { passive: true });
  }
  scroller.addEventListener('scroll', onScroll, { passive: true });
  element.addEventListener('focusin', show);
  return () => {
    for (const type of READING_EVENTS) scroller.removeEventListener(type, startReading);
    scroller.removeEventListener('scroll', onScroll);
    element.removeEventListener('focusin', show);
    show();
  };
}
