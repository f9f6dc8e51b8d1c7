import type { Locale } from './languages.ts';
import { RESOURCES } from './resources.ts';

/** Values at dotted paths, for comparing locales key by key. */
export function flattenResource(tree: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof tree === 'string') entries.set(prefix, tree);
  else if (typeof tree === 'object' && tree !== null) {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      for (const [k, v] of flattenResource(value, path)) entries.set(k, v);
    }
  }
  return entries;
}

/**
 * Keys the English resource has and a locale lacks (or leaves empty). i18next shows the
 * English text for these; the deck warns once per locale so the gap gets fixed.
 */
export function missingTranslations(
  locale: Locale,
  resources: Readonly<Record<Locale, { readonly deck: unknown }>> = RESOURCES,
): string[] {
  const english = flattenResource(resources.en.deck);
  const translated = flattenResource(resources[locale].deck);
  return [...english.keys()].filter((key) => (translated.get(key) ?? '').trim() === '');
}
