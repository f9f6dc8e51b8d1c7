import type { TFunction } from 'i18next';
import { LANG_TAGS, LOCALES, NATIVE_NAMES } from '../i18n/languages.ts';
import type { Audience } from './protocol.ts';

/**
 * Writes "Following: 12 · English 5 · 中文 4 · 日本語 3" into `element`: each language named
 * in its own script, in an element with its own `lang`, so its font has the glyphs.
 */
export function writeAudience(element: HTMLElement, t: TFunction, audience: Audience): void {
  const total = LOCALES.reduce((sum, locale) => sum + audience[locale], 0);
  if (total === 0) {
    element.textContent = t('follow.noFollowers');
    return;
  }
  const parts = LOCALES.filter((locale) => audience[locale] > 0).map((locale) => {
    const name = document.createElement('span');
    name.lang = LANG_TAGS[locale];
    name.textContent = NATIVE_NAMES[locale];
    return [' · ', name, ` ${audience[locale]}`];
  });
  element.replaceChildren(t('follow.followers', { count: String(total) }), ...parts.flat());
}
