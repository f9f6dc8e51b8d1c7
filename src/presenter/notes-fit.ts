/** How much larger than the style sheet's size the notes may grow where their pane has room. */
const MAX_GROWTH = 1.5;

/**
 * Sets the speaker view's notes as large as lets them fit their pane, for reading from a step
 * away: short notes had left most of their column empty at the style sheet's size. That size
 * is the floor: notes too long for it keep it and scroll in their pane. A pane that does not
 * scroll (a narrow window stacks everything and scrolls the page) keeps the sheet's size.
 */
export class NotesFit {
  readonly #notes: HTMLElement;
  readonly #resize = new ResizeObserver(() => {
    this.fit();
  });

  constructor(notes: HTMLElement) {
    this.#notes = notes;
    this.#resize.observe(notes);
    // The embedded fonts' metrics differ from the fallback's the first fit may have used.
    void document.fonts.ready.then(() => {
      this.fit();
    });
  }

  /** Sizes the notes to their pane again (after new notes, or a new pane size). */
  fit(): void {
    const notes = this.#notes;
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
}
