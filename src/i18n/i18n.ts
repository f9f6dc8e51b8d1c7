import { createInstance, type i18n, type Resource } from 'i18next';
import { registerFormatters } from './formatters.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages.ts';
import { RESOURCES } from './resources.ts';

/**
 * Creates the deck's own i18next instance (never the global one, so tests and the speaker
 * view each get a fresh one). Synchronous, so build tools can use it too. Missing
 * translations fall back to English; text goes to the DOM as `textContent`, so i18next's
 * HTML escaping is off. `resources` lets a test supply a broken locale.
 */
export function createDeckI18n(
  language: Locale = DEFAULT_LOCALE,
  resources: Resource = RESOURCES,
): i18n {
  const instance = createInstance();
  // With bundled resources and `initAsync: false`, init completes before it returns.
  void instance.init({
    lng: language,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    ns: ['deck'],
    defaultNS: 'deck',
    resources,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  registerFormatters(instance);
  return instance;
}
