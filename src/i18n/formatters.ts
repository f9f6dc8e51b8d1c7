import type { i18n } from 'i18next';
import { INTL_LOCALES, isLocale, DEFAULT_LOCALE, type Locale } from './languages.ts';

/** The `Intl` locale for an i18next language code; unknown codes format as English. */
function intlLocale(lng: string | undefined): string {
  const locale: Locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  return INTL_LOCALES[locale];
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

/** The shape of a date figure: an ISO calendar date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatLongDate(value: unknown, lng: string | undefined): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) return String(value);
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * Registers the deck's number and date formatters on an i18next instance, so that
 * locale files write `{{value, compact}}元` and never a hand-typed figure.
 * Formatters are cached per locale because `Intl` constructors are slow.
 */
export function registerFormatters(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (formatter === undefined) return;
  for (const [name, options] of Object.entries(NUMBER_FORMATS)) {
    formatter.addCached(name, (lng) => {
      const format = new Intl.NumberFormat(intlLocale(lng), options);
      return (value: unknown) => (typeof value === 'number' ? format.format(value) : String(value));
    });
  }
  formatter.add('longDate', (value, lng) => formatLongDate(value, lng));
}
