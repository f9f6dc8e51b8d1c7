import { SLIDES } from '../../slides/index.ts';
import type { TextKey, TextParams } from '../i18n/keys.ts';
import type { Locale } from '../i18n/languages.ts';
import { localeButtons } from './locale-buttons.ts';
import { formatDuration, pacingStatus, type PacingStatus } from './pacing.ts';
import { slideNamed } from './speaker-keys.ts';

/** Creates an element with a class and optional text. */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== '') element.textContent = text;
  return element;
}

/**
 * The speaker view's labelled row of language buttons (for the slides or the notes language),
 * built like the language menu's rows; `update` writes the label and presses `current`.
 */
export function languageGroup(onPick: (locale: Locale) => void) {
  const label = create('span', 'speaker-group-label');
  const group = create('div', 'speaker-group');
  group.setAttribute('role', 'group');
  const choices = localeButtons('locale', onPick);
  group.append(label, ...choices.buttons.values());
  const update = (current: Locale, text: string) => {
    label.textContent = text;
    group.setAttribute('aria-label', text);
    choices.press(current);
  };
  return { group, update };
}

/**
 * The G key's form: a slide number or id typed in, the slide it names sent with `onGo`;
 * Escape closes it, and keys typed in it stay out of the speaker view's shortcuts.
 */
export class JumpForm {
  /** The form, hidden until `open`. */
  readonly form = create('form', 'speaker-jump');
  readonly #text = create('span', '');
  readonly #input = create('input', '');

  constructor(onGo: (slide: number) => void) {
    const label = create('label', '');
    this.#input.inputMode = 'numeric';
    this.#input.autocomplete = 'off';
    this.#input.size = 4;
    label.append(this.#text, this.#input);
    this.form.append(label);
    this.form.hidden = true;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const slide = slideNamed(
        this.#input.value,
        SLIDES.map((item) => item.id),
      );
      if (slide !== null) onGo(slide);
      this.#close();
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#close();
      event.stopPropagation();
    });
  }

  /** The label before the field, in the notes language. */
  label(text: string): void {
    this.#text.textContent = text;
  }

  /** Shows the form and puts the cursor in it. */
  open(): void {
    this.form.hidden = false;
    this.#input.focus();
  }

  #close(): void {
    this.form.hidden = true;
    this.#input.value = '';
  }
}

/**
 * The pacing line under the clock, in the notes language: ahead, behind or on time, and the
 * current slide's share of the talk.
 */
export function pacingLine(
  label: (key: TextKey, params?: TextParams) => string,
  budgets: readonly number[],
  slide: number,
  seconds: number,
  fromSlide: number,
): { readonly state: PacingStatus['state']; readonly text: string } {
  const status = pacingStatus(budgets, slide, seconds, fromSlide);
  const budget = formatDuration(budgets[slide] ?? 0);
  const word =
    status.state === 'on-time'
      ? label('speakerView.onTime')
      : label(status.state === 'ahead' ? 'speakerView.ahead' : 'speakerView.behind', {
          time: formatDuration(status.seconds),
        });
  return {
    state: status.state,
    text: label('ui.joined', {
      first: word,
      second: label('speakerView.slideBudget', { time: budget }),
    }),
  };
}
