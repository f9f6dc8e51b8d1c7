import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { SUBTITLES_OFF } from '../i18n/detect.ts';
import { LANG_TAGS, NATIVE_NAMES, nextLocale, nextSubtitles } from '../i18n/languages.ts';
import { giveKeysBack, localeButtons } from './locale-buttons.ts';
import { tuckOnScroll } from './tuck-on-scroll.ts';

/**
 * The key that steps the slide language: T, for translate. reveal 6 leaves it free (its L is
 * vim-style "navigate right", which stays reveal's, so the help overlay lists each key once).
 */
export const LANGUAGE_KEY = { keyCode: 84, key: 'T' } as const;

/** The key that steps the subtitles (off, then each other language): U, a key reveal leaves free. */
export const SUBTITLES_KEY = { keyCode: 85, key: 'U' } as const;

/** After this long without pointer or keyboard activity in the menu, it fades away. */
const IDLE_MS = 2500;
/**
 * How long the folded button stays on a projected slide after the pointer last moved: it
 * shows when the pointer moves, on focus or on T/U, and is gone while the speaker talks.
 */
const SHOWN_MS = 3000;

/** The language menu as a reveal plugin. */
export interface LanguageMenuPlugin extends RevealPlugin {
  readonly id: 'language-menu';
}

/** A labelled group of toggle buttons, one row of the menu. */
function buttonGroup(id: string): { row: HTMLElement; label: HTMLElement; group: HTMLElement } {
  const row = document.createElement('div');
  row.className = 'deck-menu-row';
  const label = document.createElement('span');
  label.className = 'deck-menu-label';
  label.id = id;
  const group = document.createElement('div');
  group.className = 'deck-menu-options';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', id);
  row.append(label, group);
  return { row, label, group };
}

/**
 * An on-screen language menu (each language named in its own script) with a row for the
 * slide language and one for subtitles, plus keyboard shortcuts listed in reveal's help
 * overlay. It faces the audience, so it has no row for the speaker notes: their language
 * belongs to the speaker and is chosen in the speaker view (speaker-view.ts). Folded into a
 * small language button in the corner, hidden on a projected slide until the pointer moves, it
 * opens as a dropdown under the button when the pointer enters the button, on keyboard focus,
 * on a click of the button or on the menu's keys.
 */
export function LanguageMenu(language: DeckLanguage): LanguageMenuPlugin {
  const menu = document.createElement('nav');
  const slideChoices = localeButtons('locale', (locale) => {
    language.set({ audience: locale });
  });
  const subtitleChoices = localeButtons('subtitles', (locale) => {
    language.set({ subtitles: locale });
  });
  const subtitlesOff = document.createElement('button');
  const cleanups: (() => void)[] = [];
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const slides = buttonGroup('deck-menu-label');
  const subtitles = buttonGroup('deck-menu-subtitles-label');
  const toggle = document.createElement('button');

  const update = (): void => {
    const t = language.t('audience');
    const { audience, subtitles: chosen } = language.state;
    slides.label.textContent = t('ui.language');
    subtitles.label.textContent = t('ui.subtitles');
    menu.setAttribute('aria-label', t('ui.languageMenu'));
    toggle.textContent = NATIVE_NAMES[audience];
    toggle.lang = LANG_TAGS[audience];
    // The name starts with the visible text, so that speech input can say what it sees.
    toggle.setAttribute(
      'aria-label',
      t('ui.languageButton', { language: NATIVE_NAMES[audience], menu: t('ui.languageMenu') }),
    );
    slideChoices.press(audience);
    subtitleChoices.press(chosen);
    subtitlesOff.setAttribute('aria-pressed', String(chosen === null));
    subtitlesOff.textContent = t('ui.subtitlesOff');
    // Subtitles in the slides' own language would only repeat them.
    for (const [locale, button] of subtitleChoices.buttons) button.disabled = locale === audience;
  };

  /** Hides the folded button once the pointer has rested for a while (phones keep it: CSS). */
  const hideLater = (): void => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      const inUse = menu.contains(document.activeElement) || menu.matches(':hover');
      if (!inUse && menu.classList.contains('is-idle')) menu.classList.add('is-hidden');
    }, SHOWN_MS);
  };
  const show = (): void => {
    menu.classList.remove('is-hidden');
    hideLater();
  };

  const wake = (): void => {
    menu.classList.remove('is-idle', 'is-folded', 'is-hidden');
    toggle.setAttribute('aria-expanded', 'true');
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (menu.contains(document.activeElement) || menu.matches(':hover')) return;
      menu.classList.add('is-idle');
      toggle.setAttribute('aria-expanded', 'false');
      hideLater();
    }, IDLE_MS);
  };

  /**
   * A deck key pressed while the menu is open (after a click on it, the pointer still resting
   * there) folds it at once: the speaker has gone back to the talk. It stays folded under the
   * pointer until the pointer leaves. T and U leave it as it is: they show the folded button,
   * which names the new language, and the slides show the change (the opened menu had
   * covered the end of a long headline for its idle time).
   */
  const fold = (): void => {
    clearTimeout(idleTimer);
    menu.classList.add('is-idle', 'is-folded');
    toggle.setAttribute('aria-expanded', 'false');
    hideLater();
  };
  const foldOnDeckKey = (event: KeyboardEvent): void => {
    if (menu.contains(document.activeElement)) return;
    const key = event.key.toUpperCase();
    if (key === LANGUAGE_KEY.key || key === SUBTITLES_KEY.key) return;
    fold();
  };
  /** Escape in the open menu closes it, and only it (reveal would open its overview behind). */
  const foldOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || menu.classList.contains('is-idle')) return;
    event.stopPropagation();
    leaveMenu();
  };
  /** A press outside the open menu closes it, as a dropdown does. */
  const foldOnPressOutside = (event: PointerEvent): void => {
    if (!menu.classList.contains('is-idle') && !menu.contains(event.target as Node)) leaveMenu();
  };
  /** Focus out of the menu first: leaving it by focus would wake it again. */
  const leaveMenu = (): void => {
    if (menu.contains(document.activeElement) && document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
    fold();
  };
  const unfold = (): void => {
    menu.classList.remove('is-folded');
  };

  const on = <K extends keyof DocumentEventMap>(
    target: Document | HTMLElement,
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
  ): void => {
    target.addEventListener(type, listener as EventListener);
    cleanups.push(() => {
      target.removeEventListener(type, listener as EventListener);
    });
  };

  const bindKey = (
    deck: RevealApi,
    key: { readonly keyCode: number; readonly key: string },
    description: string,
    action: () => void,
  ): void => {
    deck.addKeyBinding({ ...key, description }, action);
    cleanups.push(() => {
      deck.removeKeyBinding(key.keyCode);
    });
  };

  return {
    id: 'language-menu',
    init(deck: RevealApi) {
      menu.className = 'deck-menu is-idle is-hidden';
      toggle.type = 'button';
      toggle.className = 'deck-menu-toggle';
      toggle.setAttribute('aria-expanded', 'false');
      subtitlesOff.type = 'button';
      subtitlesOff.dataset['subtitles'] = SUBTITLES_OFF;
      slides.group.append(...slideChoices.buttons.values());
      subtitles.group.append(subtitlesOff, ...subtitleChoices.buttons.values());
      menu.append(toggle, slides.row, subtitles.row);
      (deck.getRevealElement() ?? document.body).append(menu);

      bindKey(deck, LANGUAGE_KEY, 'Switch the slide language (English, 中文, 日本語)', () => {
        language.set({ audience: nextLocale(language.state.audience) });
        show();
      });
      bindKey(
        deck,
        SUBTITLES_KEY,
        'Subtitles in a second language (off, English, 中文, 日本語)',
        () => {
          const { audience, subtitles: current } = language.state;
          language.set({ subtitles: nextSubtitles(audience, current) });
          show();
        },
      );
      cleanups.push(language.onChange(update));
      on(menu, 'pointerenter', wake);
      on(menu, 'pointerleave', unfold);
      on(menu, 'pointerleave', wake);
      on(document, 'keydown', foldOnDeckKey);
      on(menu, 'keydown', foldOnEscape);
      on(document, 'pointerdown', foldOnPressOutside);
      on(document, 'pointermove', show);
      on(toggle, 'click', wake);
      on(subtitlesOff, 'click', (event) => {
        language.set({ subtitles: null });
        giveKeysBack(event);
      });
      on(menu, 'focusin', wake);
      on(menu, 'focusout', wake);
      // A phone's scrolling page: the pill slides away while the reader scrolls down.
      const viewport = deck.getViewportElement();
      if (viewport !== null) {
        cleanups.push(tuckOnScroll(menu, viewport, () => !menu.classList.contains('is-idle')));
      }
      update();
    },
    destroy() {
      clearTimeout(idleTimer);
      clearTimeout(hideTimer);
      for (const cleanup of cleanups.splice(0)) cleanup();
      slides.group.replaceChildren();
      subtitles.group.replaceChildren();
      menu.remove();
    },
  };
}
