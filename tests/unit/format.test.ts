import { describe, expect, it } from 'vitest';
import { formatFigure, type FigureStyle } from '../../src/i18n/format-figure.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import { figure, type FigureFormat } from '../../src/model/figure.ts';

const i18n = createDeckI18n();
const format = (
  locale: Locale,
  value: number | string,
  kind: FigureFormat,
  style: FigureStyle = 'written',
) => formatFigure(i18n.getFixedT(locale), figure(value, kind, ''), style).replaceAll('\u00a0', ' ');

describe('figures written per locale', () => {
  it.each([
    ['en', 5_721_000, 'people', '5.721 million'],
    ['zh', 5_721_000, 'people', '572.1万人'],
    ['ja', 5_721_000, 'people', '572.1万人'],
    ['en', 1_680_000_000, 'rmb', 'RMB 1.68 billion'],
    ['zh', 1_680_000_000, 'rmb', '16.8亿元'],
    ['ja', 1_680_000_000, 'rmb', '16.8億元'],
    ['en', 100_000_000, 'usd', 'USD 100 million'],
    ['zh', 100_000_000, 'usd', '1亿美元'],
    ['ja', 100_000_000, 'usd', '1億ドル'],
    ['en', 30_000_000, 'rmb', 'RMB 30 million'],
    ['zh', 30_000_000, 'rmb', '3000万元'],
    ['en', '1979-05-01', 'date', '1 May 1979'],
    ['zh', '1979-05-01', 'date', '1979年5月1日'],
    ['ja', '1979-05-01', 'date', '1979年5月1日'],
    ['en', 12_574, 'area', '12,574 km²'],
    ['en', 1536, 'tonnes', '1,536 t'],
    ['en', 50, 'concentration', '50 mg/m³'],
    ['en', 2001, 'year', '2001'],
    ['zh', 2001, 'year', '2001'],
    ['en', 1970, 'decade', '1970s'],
    // Mainland official style; "1970年代" is Taiwan and Hong Kong usage.
    ['zh', 1970, 'decade', '20世纪70年代'],
    ['ja', 1970, 'decade', '1970年代'],
    ['en', 9, 'count', '9'],
    ['zh', 9, 'count', '9'],
  ] as const)('%s writes %s (%s) as %s', (locale, value, kind, expected) => {
    expect(format(locale, value, kind)).toBe(expected);
  });

  it('keeps a number and its unit on one line (non-breaking spaces)', () => {
    const text = formatFigure(i18n.getFixedT('en'), figure(12_574, 'area', ''));
    expect(text).not.toMatch(/ /);
    expect(text).toContain('\u00a0');
  });

  it.each([
    ['en', 'Stage 3'],
    // Mainland style counts stages in Chinese numerals: 第三阶段, as the notes say it.
    ['zh', '第三阶段'],
    ['ja', '第3段階'],
  ] as const)('names stage 3 in %s as %s', (locale, expected) => {
    expect(i18n.getFixedT(locale)('ui.stage', { number: 3 })).toBe(expected);
  });

  it('writes area with the locale’s unit in Chinese and Japanese', () => {
    expect(format('zh', 12_574, 'area')).toMatch(/^12,574\s?(km²|平方公里)$/);
    expect(format('ja', 12_574, 'area')).toMatch(/^12,574\s?(km²|平方キロメートル)$/);
  });
});

describe('figures in the notes, as a presenter says them aloud', () => {
  it.each([
    // Japanese reads large numbers in 万 and 億 with every digit, and writes no commas beside them.
    ['ja', 5_721_000, 'people', '572万1000人'],
    ['ja', 1_680_000_000, 'rmb', '16億8000万元'],
    ['ja', 100_000_000, 'usd', '1億ドル'],
    ['ja', 30_000_000, 'rmb', '3000万元'],
    ['ja', 12_574, 'area', '1万2574 km²'],
    ['ja', 2415, 'area', '2415 km²'],
    ['ja', 1536, 'tonnes', '1536トン'],
    // Japanese horizontal text keeps Arabic numerals with a counter: 9件, 3年間.
    ['ja', 9, 'count', '9'],
    ['ja', 1970, 'decade', '1970年代'],
    ['ja', 2001, 'year', '2001'],
    ['ja', '1979-05-01', 'date', '1979年5月1日'],
    // Chinese keeps 万 and 亿 with a decimal, says small counts in words (两 before a measure
    // word), and writes other numbers without a thousands comma.
    ['zh', 5_721_000, 'people', '572.1万人'],
    ['zh', 1_680_000_000, 'rmb', '16.8亿元'],
    ['zh', 100_000_000, 'usd', '1亿美元'],
    ['zh', 9, 'count', '九'],
    ['zh', 3, 'count', '三'],
    ['zh', 2, 'count', '两'],
    ['zh', 10, 'count', '十'],
    ['zh', 30, 'count', '30'],
    ['zh', 25, 'count', '25'],
    ['zh', 12_574, 'area', '12574平方公里'],
    ['zh', 5800, 'tonnes', '5800吨'],
    ['zh', 1970, 'decade', '20世纪70年代'],
    ['zh', 1993, 'year', '1993'],
    // English spells out one to nine, as the speech does ("nine projects", "three years").
    ['en', 9, 'count', 'nine'],
    ['en', 3, 'count', 'three'],
    ['en', 30, 'count', '30'],
    ['en', 25, 'count', '25'],
    ['en', 5_721_000, 'people', '5.721 million'],
    ['en', 1_680_000_000, 'rmb', 'RMB 1.68 billion'],
    ['en', 12_574, 'area', '12,574 km²'],
    ['en', 1536, 'tonnes', '1,536 t'],
    ['en', 1970, 'decade', '1970s'],
  ] as const)('%s says %s (%s) as %s', (locale, value, kind, expected) => {
    expect(format(locale, value, kind, 'spoken')).toBe(expected);
  });

  it('keeps measured values in digits even when small', () => {
    expect(format('zh', 5, 'tonnes', 'spoken')).toBe('5吨');
    expect(format('en', 5, 'tonnes', 'spoken')).toBe('5 t');
  });
});
