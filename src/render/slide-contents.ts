/**
 * The content of slides reveal is not about to show, kept out of the document. Every element
 * in the page costs the browser at start-up (reveal's set-up, style, layout) although a
 * presenter sees one slide at a time: measured here, holding back 28 slides' content took
 * the time to reveal's `ready` from 346 to 313 ms. The sections stay, with all their
 * attributes, so reveal counts, numbers and navigates the deck as usual; `SlideReadiness`
 * puts a slide's content back before reveal shows it, and the rest in idle moments.
 */
export class SlideContents {
  readonly #sections: readonly HTMLElement[];
  /** Content taken out, by slide index. */
  readonly #away = new Map<number, DocumentFragment>();

  constructor(sections: readonly HTMLElement[]) {
    this.#sections = sections;
  }

  /** Takes out the content of every slide `keep` does not pick. */
  holdBack(keep: (slide: number) => boolean): void {
    this.#sections.forEach((section, slide) => {
      if (keep(slide) || this.#away.has(slide)) return;
      const content = document.createDocumentFragment();
      content.append(...section.childNodes);
      this.#away.set(slide, content);
    });
  }

  /**
   * Puts these slides' content back. A slide before the current one shows its fragments, as
   * reveal shows every fragment of the slides behind the presenter.
   */
  putBack(slides: Iterable<number>, current: number): void {
    for (const slide of slides) {
      const content = this.#away.get(slide);
      const section = this.#sections[slide];
      if (content === undefined || section === undefined) continue;
      this.#away.delete(slide);
      if (slide < current) {
        for (const fragment of content.querySelectorAll('.fragment')) {
          fragment.classList.add('visible');
        }
      }
      section.append(content);
    }
  }

  /** Whether a slide's content is held back, out of the document. */
  isHeldBack(slide: number): boolean {
    return this.#away.has(slide);
  }
}
