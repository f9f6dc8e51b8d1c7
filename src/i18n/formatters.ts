import type { i18n } from 'i18next';
import type { FigureFormatOptions } from './format-figure.ts';
import { INTL_LOCALES, isLocale, DEFAULT_LOCALE, type Locale } from './languages.ts';
import { spokenCount, spokenNumber } from './spoken-number.ts';

/** The deck locale for an i18next language code; unknown codes format as English. */
function deckLocale(lng: string | undefined): Locale {
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}

/** Number formats keyed by the formatter names the locale templates use (`{{value, compact}}`). */
const NUMBER_FORMATS = {
  /** A year or a bare count as written: 1979, 30. */
  plain: { useGrouping: false },
  /** Digits grouped by the locale: 12,574. */
  grouped: { maximumFractionDigits: 3 },
  /** Large amounts in words of the language: 5.721 million, 572.1万, 16.8億. */
  compact: { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

type NumberFormatName = keyof typeof NUMBER_FORMATS;

/** `Intl` constructors are slow: one per locale and format, made on first use. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, name: NumberFormatName): Intl.NumberFormat {
  const key = `${locale}:${name}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], NUMBER_FORMATS[name]);
    numberFormats.set(key, format);
  }
  return format;
}

/** What the caller passed (see `formatFigure`), read defensively: i18next hands it on as is. */
function figureOptions(options: unknown): { spoken: boolean; count: boolean } {
  if (typeof options !== 'object' || options === null) return { spoken: false, count: false };
  const { figureStyle, figureFormat }: FigureFormatOptions = options;
  return { spoken: figureStyle === 'spoken', count: figureFormat === 'count' };
}

/** One number in a named format: the written form, or the form a presenter says aloud. */
function formatNumber(
  value: unknown,
  lng: string | undefined,
  name: NumberFormatName,
  options: unknown,
): string {
  if (typeof value !== 'number') return String(value);
  const locale = deckLocale(lng);
  // A whole number without grouping (a year) is its Latin digits in each of the deck's
  // languages. Writing it without Intl keeps the title card's stage years from building the
  // first number format during start-up (about 50 ms of script on a 2-core machine).
  const written =
    name === 'plain' && Number.isSafeInteger(value)
      ? String(value)
      : numberFormat(locale, name).format(value);
  const { spoken, count } = figureOptions(options);
  if (!spoken || name === 'plain') return written;
  // Counts of things ("nine projects") are said as words; measured values stay in digits.
  const word = count ? spokenCount(locale, value) : null;
  return word ?? spokenNumber(locale, value, name === 'compact') ?? written;
}

/**
 * A decade as each locale's official style names it: "1970s"; mainland Chinese
 * "20世纪70年代" (the form "1970年代" is Taiwan and Hong Kong usage); Japanese "1970年代".
 */
/** Chinese numerals for the stage numbers: mainland style writes 第三阶段, not 第3阶段. */
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** A stage's number as a stage label writes it: 3 in English and Japanese, 三 in Chinese. */
function formatStageNumber(value: unknown, lng: string | undefined): string {
  if (typeof value !== 'number') return String(value);
  const chinese = deckLocale(lng) === 'zh' ? CHINESE_ORDINALS[value - 1] : undefined;
  return chinese ?? String(value);
}

function formatDecade(value: unknown, lng: string | undefined): string {
  if (typeof value !== 'number' || !Number.isInteger(value) || value % 10 !== 0) {
    return String(value);
  }
  const locale = deckLocale(lng);
  switch (locale) {
    case 'en':
      return `${String(value)}s`;
    case 'zh': {
      const century = Math.floor(value / 100) + 1;
      return `${String(century)}世纪${String(value % 100).padStart(2, '0')}年代`;
    }
    case 'ja':
      return `${String(value)}年代`;
    default: {
      const unreachable: never = locale;
      return unreachable;
    }
  }
}

/** The shape of a date figure: an ISO calendar date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatLongDate(value: unknown, lng: string | undefined): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) return String(value);
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(INTL_LOCALES[deckLocale(lng)], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Registers the deck's number and date formatters on an i18next instance, so that
 * locale files write `{{value, compact}}元` and never a hand-typed figure. A call that passes
 * `figureStyle: 'spoken'` (the speaker notes) gets each number as a presenter says it.
 */
export function registerFormatters(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (formatter === undefined) return;
  for (const name of Object.keys(NUMBER_FORMATS) as NumberFormatName[]) {
    formatter.add(name, (value: unknown, lng, options: unknown) =>
      formatNumber(value, lng, name, options),
    );
  }
  formatter.add('decade', (value: unknown, lng) => formatDecade(value, lng));
  formatter.add('stageNumber', (value: unknown, lng) => formatStageNumber(value, lng));
  formatter.add('longDate', (value: unknown, lng) => formatLongDate(value, lng));
}
