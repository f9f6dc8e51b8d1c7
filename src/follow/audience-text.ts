import type { TFunction } from 'i18next';
import { LOCALES, NATIVE_NAMES } from '../i18n/languages.ts';
import type { Audience } from './protocol.ts';

/** "Following: 12 · English 5 · 中文 4 · 日本語 3", each language named in its own script. */
export function audienceText(t: TFunction, audience: Audience): string {
  const total = LOCALES.reduce((sum, locale) => sum + audience[locale], 0);
  if (total === 0) return t('follow.noFollowers');
  const parts = LOCALES.filter((locale) => audience[locale] > 0).map(
    (locale) => `${NATIVE_NAMES[locale]} ${audience[locale]}`,
  );
  return [t('follow.followers', { count: String(total) }), ...parts].join(' · ');
}
