import type { LanguageParameters } from '../deck-query.ts';
import { DEFAULT_LOCALE, matchLocale, type Locale } from './languages.ts';

/** Where a language choice came from, for the console and the tests. */
export type LanguageSource = 'url' | 'storage' | 'browser' | 'default';

/** The inputs language detection looks at, in order of precedence. */
export interface LanguageInputs {
  /** The raw `?lang=` (or `?speaker=` …) value, or null when absent. */
  readonly url: string | null;
  /** The remembered choice, or null when none or storage is unavailable. */
  readonly stored: string | null;
  /** `navigator.languages`, most preferred first. */
  readonly browser: readonly string[];
}

/** The outcome of detection: the locale, its source, and a warning for a value that was ignored. */
export interface DetectedLanguage {
  readonly locale: Locale;
  readonly source: LanguageSource;
  readonly warning: string | null;
}

/** Keeps untrusted input short and printable before it goes into a console message. */
function quoteForConsole(value: string): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}

/**
 * Chooses a locale: the URL parameter, then the remembered choice, then the browser's
 * languages, then English. An unusable URL value is reported once; a corrupt stored value is
 * silently skipped (the user did not type it).
 */
export function detectLanguage(inputs: LanguageInputs, parameter = 'lang'): DetectedLanguage {
  let warning: string | null = null;
  if (inputs.url !== null) {
    const fromUrl = matchLocale(inputs.url);
    if (fromUrl !== null) return { locale: fromUrl, source: 'url', warning };
    warning = `Unknown ?${parameter}=${quoteForConsole(inputs.url)}: expected en, zh or ja.`;
  }
  const fromStorage = matchLocale(inputs.stored);
  if (fromStorage !== null) return { locale: fromStorage, source: 'storage', warning };
  for (const tag of inputs.browser) {
    const fromBrowser = matchLocale(tag);
    if (fromBrowser !== null) return { locale: fromBrowser, source: 'browser', warning };
  }
  return { locale: DEFAULT_LOCALE, source: 'default', warning };
}

/** The value of `?sub=` (and of the remembered choice) that turns subtitles off. */
export const SUBTITLES_OFF = 'off';

/** The inputs subtitle detection looks at: no browser preference applies to a second language. */
export interface SubtitleInputs {
  /** The raw `?sub=` value, or null when absent. */
  readonly url: string | null;
  /** The remembered choice (a locale or `off`), or null. */
  readonly stored: string | null;
  /** The audience language: subtitles in it would repeat the slide, so they are off. */
  readonly audience: Locale;
}

/** The subtitle language chosen (null: off) and a warning for a URL value that was ignored. */
export interface DetectedSubtitles {
  readonly locale: Locale | null;
  readonly warning: string | null;
}

/**
 * Chooses the subtitle language: the URL parameter, else the remembered choice, else off.
 * An unusable URL value turns subtitles off with one warning (an unexpected second language
 * on the projector is worse than none); the audience's own language means off, silently.
 */
export function detectSubtitles({ url, stored, audience }: SubtitleInputs): DetectedSubtitles {
  const parse = (value: string | null): Locale | null =>
    value?.trim().toLowerCase() === SUBTITLES_OFF ? null : matchLocale(value);
  let locale: Locale | null;
  let warning: string | null = null;
  if (url === null) {
    locale = parse(stored);
  } else {
    locale = parse(url);
    if (locale === null && url.trim().toLowerCase() !== SUBTITLES_OFF) {
      warning = `Unknown ?sub=${quoteForConsole(url)}: expected en, zh, ja or off; subtitles are off.`;
    }
  }
  return { locale: locale === audience ? null : locale, warning };
}

/** The query parameters that choose languages: any of them makes the URL decide them all. */
export const LANGUAGE_PARAMETERS = ['lang', 'speaker', 'sub'] as const;

/**
 * Whether remembered choices may apply. A URL that names a language decides the whole
 * language state (a link sent for today's talk must not bring back yesterday's subtitles),
 * and the print view prints what its URL says, whatever this browser remembers.
 */
export function usesStoredLanguages(query: LanguageParameters, printing: boolean): boolean {
  return !printing && LANGUAGE_PARAMETERS.every((parameter) => query[parameter] === null);
}
