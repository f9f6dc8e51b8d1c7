/** The deck's languages, in menu order. */
export const LOCALES = ['en', 'zh', 'ja'] as const;

/** One of the deck's languages. */
export type Locale = (typeof LOCALES)[number];

/** The language used when nothing else is known, and the source of every translation. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag written into `lang` attributes (Simplified script made explicit for Chinese). */
export const LANG_TAGS = { en: 'en', zh: 'zh-Hans', ja: 'ja' } as const satisfies Record<
  Locale,
  string
>;

/** The locale handed to `Intl` for numbers and dates (British English writes 1 May 1979). */
export const INTL_LOCALES = {
  en: 'en-GB',
  zh: 'zh-Hans-CN',
  ja: 'ja-JP',
} as const satisfies Record<Locale, string>;

/** Each language named in its own script, as the language menu shows it. */
export const NATIVE_NAMES = { en: 'English', zh: '中文', ja: '日本語' } as const satisfies Record<
  Locale,
  string
>;

/** Whether a value is one of the deck's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a language tag from a URL, storage or the browser to a deck locale:
 * `zh-CN`, `zh_Hans`, `ZH`, `ja-JP`, `en-GB` … are accepted; anything else gives null.
 */
export function matchLocale(input: unknown): Locale | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > 35) return null;
  let canonical: string;
  try {
    const [tag] = Intl.getCanonicalLocales(input.trim().replaceAll('_', '-'));
    if (tag === undefined) return null;
    canonical = tag;
  } catch {
    return null;
  }
  const language = canonical.split('-')[0]?.toLowerCase();
  return isLocale(language) ? language : null;
}

/** The next locale in menu order, wrapping round: what the language shortcut steps to. */
export function nextLocale(current: Locale): Locale {
  const index = LOCALES.indexOf(current);
  return LOCALES[(index + 1) % LOCALES.length] ?? DEFAULT_LOCALE;
}

/**
 * The next subtitle choice, as the subtitle shortcut steps: off, then each language other than
 * the audience's in menu order, then off again.
 */
export function nextSubtitles(audience: Locale, current: Locale | null): Locale | null {
  const choices = [null, ...LOCALES.filter((locale) => locale !== audience)];
  return choices[(choices.indexOf(current) + 1) % choices.length] ?? null;
}
