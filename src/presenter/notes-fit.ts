/**
 * How much larger than the style sheet's size the notes may grow where their pane has room: a
 * quarter. At half as large again their size jumped from slide to slide (40 px on 09, 26 on
 * 22 at 1280×800), which the eye reads as a change of voice.
 */
const MAX_GROWTH = 1.25;

/**
 * `fit` for `element`, run again whenever the element changes size, and once the embedded
 * fonts have loaded (their metrics differ from the fallback's the first fit may have used).
 * Returns it, for the caller to run after a new text.
 */
function refitting(element: HTMLElement, fit: (element: HTMLElement) => void): () => void {
  const again = (): void => {
    fit(element);
  };
  new ResizeObserver(again).observe(element);
  void document.fonts.ready.then(again);
  return again;
}

/**
 * Sets the speaker view's notes as large as lets them fit their pane, for reading from a step
 * away: short notes had left most of their column empty at the style sheet's size. That size
 * is the floor: notes too long for it keep it and scroll in their pane. A pane that does not
 * scroll (a narrow window stacks everything and scrolls the page) keeps the sheet's size.
 */
function sizeNotes(notes: HTMLElement): void {
  notes.style.removeProperty('font-size');
  if (getComputedStyle(notes).overflowY !== 'auto' || notes.clientHeight === 0) return;
  const floor = parseFloat(getComputedStyle(notes).fontSize);
  const fits = (size: number): boolean => {
    notes.style.fontSize = `${String(size)}px`;
    return notes.scrollHeight <= notes.clientHeight;
  };
  if (!fits(floor)) {
    notes.style.removeProperty('font-size');
    return;
  }
  let low = floor;
  let high = floor * MAX_GROWTH;
  if (fits(high)) return;
  // A whole pixel is as close as the eye tells sizes apart.
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(Math.max(floor, Math.floor(low)));
}

/** Sizes `notes` to their pane now, and again on a new pane size; returns the refit. */
export const fitNotes = (notes: HTMLElement): (() => void) => refitting(notes, sizeNotes);

/** The smallest size, in pixels, a line of the speaker view is set at to stay on one line. */
const LINE_FLOOR = 12;

/**
 * Keeps a line (the list of keys under the notes) on one line: the style sheet's size where it
 * fits, else as much smaller as it needs, down to `LINE_FLOOR` (then it wraps). At 1280×720 the
 * English and Japanese lists had broken onto a second line for their last word or two.
 */
function sizeLine(line: HTMLElement): void {
  line.style.removeProperty('font-size');
  line.style.whiteSpace = 'nowrap';
  const { scrollWidth, clientWidth } = line;
  line.style.removeProperty('white-space');
  if (clientWidth === 0 || scrollWidth <= clientWidth) return;
  const size = parseFloat(getComputedStyle(line).fontSize);
  // A tenth of a pixel under the exact ratio: glyph widths do not scale exactly.
  const fitting = Math.floor(((size * clientWidth) / scrollWidth) * 10) / 10 - 0.1;
  line.style.fontSize = `${String(Math.max(LINE_FLOOR, fitting))}px`;
}

/** Sizes `line` to its box now, and again on a new box; returns the refit (after a new text). */
export const fitLine = (line: HTMLElement): (() => void) => refitting(line, sizeLine);
