import { LANG_TAGS, LOCALES, NATIVE_NAMES, type Locale } from '../i18n/languages.ts';

/** A row of language buttons, and the means to show which language is chosen. */
export interface LocaleButtons {
  /** One button per language, in `LOCALES` order, for the caller to place in its group. */
  readonly buttons: ReadonlyMap<Locale, HTMLButtonElement>;
  /** Marks the button of `current` pressed and every other not; `null` presses none. */
  press(current: Locale | null): void;
}

/**
 * After a pointer click, focus leaves the button: Space and Enter then step the slides again
 * instead of pressing the button a second time (and the language menu can fade). A click made
 * with the keyboard (Enter or Space on a focused button, `detail` 0) keeps the focus where it
 * is, so a keyboard user keeps working in the row with its focus ring.
 */
export function giveKeysBack(event: MouseEvent): void {
  if (event.detail > 0 && event.currentTarget instanceof HTMLElement) event.currentTarget.blur();
}

/**
 * A button per language, each naming it in its own script under its own `lang` (so its font
 * has the glyphs): a click calls `choose` with its language, which `dataset[mark]` also holds
 * (for the theme and the tests). The language menu and the speaker view build their rows
 * with it.
 */
export function localeButtons(mark: string, choose: (locale: Locale) => void): LocaleButtons {
  const buttons = new Map<Locale, HTMLButtonElement>();
  for (const locale of LOCALES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = LANG_TAGS[locale];
    button.textContent = NATIVE_NAMES[locale];
    button.dataset[mark] = locale;
    button.addEventListener('click', (event) => {
      choose(locale);
      giveKeysBack(event);
    });
    buttons.set(locale, button);
  }
  return {
    buttons,
    press(current) {
      for (const [locale, button] of buttons) {
        button.setAttribute('aria-pressed', String(locale === current));
      }
    },
  };
}
