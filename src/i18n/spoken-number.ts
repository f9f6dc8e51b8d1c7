import type { Locale } from './languages.ts';

/**
 * Small counts as words, the way a presenter reads them in running text: English spells out
 * one to nine (the speech itself says "nine projects", "three years"); Chinese one to ten
 * (九个子项目, 历时三年), with 两 before a measure word. Japanese horizontal text keeps
 * Arabic numerals with a counter (9件, 3年間: 公用文作成の考え方, 2022), so it has none.
 */
const COUNT_WORDS = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  zh: ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
  ja: [],
} as const satisfies Record<Locale, readonly string[]>;

/** A count as a presenter says it in words, or null where the locale keeps digits. */
export function spokenCount(locale: Locale, value: number): string | null {
  if (!Number.isInteger(value) || value < 1) return null;
  const words: readonly string[] = COUNT_WORDS[locale];
  return words[value - 1] ?? null;
}

/** Japanese groups digits by 万 (10⁴), 億 (10⁸) and 兆 (10¹²), largest first. */
const JAPANESE_UNITS = [
  [1_000_000_000_000, '兆'],
  [100_000_000, '億'],
  [10_000, '万'],
] as const;

/**
 * A whole number in Japanese spoken-style figures, as the Japanese press writes it:
 * 5,721,000 → 572万1000; 1,680,000,000 → 16億8000万; 12,574 → 1万2574; 1,536 → 1536
 * (no thousands separators beside 万 and 億).
 */
function japaneseNumber(value: number): string {
  let rest = value;
  let text = '';
  for (const [size, unit] of JAPANESE_UNITS) {
    const part = Math.floor(rest / size);
    if (part > 0) text += `${String(part)}${unit}`;
    rest -= part * size;
  }
  return rest > 0 || text === '' ? `${text}${String(rest)}` : text;
}

/**
 * A number as a presenter says it aloud in the notes, or null to keep the written form.
 * English keeps its written forms (5.721 million, 12,574). Chinese keeps its compact amounts,
 * already read in 万 and 亿 (572.1万, 16.8亿), and writes other numbers with no separator, as
 * Dalian's own statistics do (12574平方公里). Japanese uses 万 and 億 with the remaining digits
 * (572万1000, 16億8000万, 1万2574).
 */
export function spokenNumber(locale: Locale, value: number, compact: boolean): string | null {
  if (!Number.isSafeInteger(value) || value < 0) return null;
  switch (locale) {
    case 'en':
      return null;
    case 'zh':
      return compact ? null : String(value);
    case 'ja':
      return japaneseNumber(value);
    default: {
      const unreachable: never = locale;
      return unreachable;
    }
  }
}
