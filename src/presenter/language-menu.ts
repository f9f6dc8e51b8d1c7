import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { LANG_TAGS, LOCALES, NATIVE_NAMES, nextLocale, type Locale } from '../i18n/languages.ts';

/** The key that steps the slide language: L, for language (it replaces reveal's vim-style "l"). */
export const LANGUAGE_KEY = { keyCode: 76, key: 'L' } as const;

/** After this long without pointer or keyboard activity in the menu, it fades away. */
const IDLE_MS = 2500;

/** The language menu as a reveal plugin. */
export interface LanguageMenuPlugin extends RevealPlugin {
  readonly id: 'language-menu';
}

/**
 * An on-screen language menu (each language named in its own script) plus a keyboard
 * shortcut listed in reveal's help overlay. It fades out while the speaker presents and
 * comes back on pointer movement or keyboard focus.
 */
export function LanguageMenu(language: DeckLanguage): LanguageMenuPlugin {
  const menu = document.createElement('nav');
  const buttons = new Map<Locale, HTMLButtonElement>();
  const cleanups: (() => void)[] = [];
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const label = document.createElement('span');
  label.className = 'deck-menu-label';
  label.id = 'deck-menu-label';

  const update = (): void => {
    const t = language.t('audience');
    label.textContent = t('ui.language');
    menu.setAttribute('aria-label', t('ui.languageMenu'));
    for (const [locale, button] of buttons) {
      button.setAttribute('aria-pressed', String(locale === language.state.audience));
    }
  };

  const wake = (): void => {
    menu.classList.remove('is-idle');
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!menu.contains(document.activeElement)) menu.classList.add('is-idle');
    }, IDLE_MS);
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

  return {
    id: 'language-menu',
    init(deck: RevealApi) {
      menu.className = 'deck-menu';
      const group = document.createElement('div');
      group.className = 'deck-menu-options';
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', label.id);
      for (const locale of LOCALES) {
        const button = document.createElement('button');
        button.type = 'button';
        button.lang = LANG_TAGS[locale];
        button.textContent = NATIVE_NAMES[locale];
        button.dataset['locale'] = locale;
        button.addEventListener('click', () => {
          language.set({ audience: locale });
        });
        buttons.set(locale, button);
        group.append(button);
      }
      menu.append(label, group);
      (deck.getRevealElement() ?? document.body).append(menu);

      deck.addKeyBinding(
        { ...LANGUAGE_KEY, description: 'Switch the slide language (English, 中文, 日本語)' },
        () => {
          language.set({ audience: nextLocale(language.state.audience) });
        },
      );
      cleanups.push(() => {
        deck.removeKeyBinding(LANGUAGE_KEY.keyCode);
      });
      cleanups.push(language.onChange(update));
      on(document, 'pointermove', wake);
      on(menu, 'focusin', wake);
      on(menu, 'focusout', wake);
      update();
      wake();
    },
    destroy() {
      clearTimeout(idleTimer);
      for (const cleanup of cleanups.splice(0)) cleanup();
      menu.remove();
    },
  };
}
