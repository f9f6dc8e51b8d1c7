import { createInstance, type i18n } from 'i18next';
import { registerFormatters } from './formatters.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages.ts';
import { RESOURCES } from './resources.ts';

/**
 * Creates the deck's own i18next instance (never the global one, so tests and the speaker
 * view each get a fresh one). Synchronous, so build tools can use it too. Missing translations fall back to English; text goes to the DOM
 * as `textContent`, so i18next's HTML escaping is off.
 */
export function createDeckI18n(language: Locale = DEFAULT_LOCALE): i18n {
  const instance = createInstance();
  // With bundled resources and `initAsync: false`, init completes before it returns.
  void instance.init({
    lng: language,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    ns: ['deck'],
    defaultNS: 'deck',
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  registerFormatters(instance);
  return instance;
}
