import './stage-notice.css';

/** How long a notice stays unless dismissed: long enough to read twice. */
const NOTICE_MS = 12_000;

/**
 * A small, calm notice at the foot of a window, for something the speaker has to do (allow
 * pop-ups, press F in the presentation window). It is announced politely to screen readers,
 * goes away by itself, and a new notice replaces the old one.
 */
export class StageNotice {
  readonly #element: HTMLElement;
  readonly #text: HTMLElement;
  readonly #close: HTMLButtonElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement) {
    this.#element = document.createElement('div');
    this.#element.className = 'stage-notice';
    this.#element.setAttribute('role', 'status');
    this.#element.hidden = true;
    this.#text = document.createElement('p');
    this.#close = document.createElement('button');
    this.#close.type = 'button';
    this.#close.textContent = '×';
    this.#close.addEventListener('click', () => {
      this.hide();
    });
    this.#element.append(this.#text, this.#close);
    parent.append(this.#element);
  }

  /** Shows `text` in language `lang`; `dismiss` labels the close button in that language. */
  show(text: string, lang: string, dismiss: string): void {
    clearTimeout(this.#timer);
    this.#element.lang = lang;
    this.#text.textContent = text;
    this.#close.setAttribute('aria-label', dismiss);
    this.#close.title = dismiss;
    this.#element.hidden = false;
    this.#timer = setTimeout(() => {
      this.hide();
    }, NOTICE_MS);
  }

  /** Hides the notice, if shown. */
  hide(): void {
    clearTimeout(this.#timer);
    this.#element.hidden = true;
  }

  /** Removes the notice from the page. */
  destroy(): void {
    this.hide();
    this.#element.remove();
  }
}
