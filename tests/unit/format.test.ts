import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/i18n/format-figure.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import { figure, type FigureFormat } from '../../src/model/figure.ts';

const i18n = createDeckI18n();
const format = (locale: Locale, value: number | string, kind: FigureFormat) =>
  formatFigure(i18n.getFixedT(locale), figure(value, kind, '')).replaceAll('\u00a0', ' ');

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
    ['ja', 1970, 'decade', '1970年代'],
  ] as const)('%s writes %s (%s) as %s', (locale, value, kind, expected) => {
    expect(format(locale, value, kind)).toBe(expected);
  });

  it('keeps a number and its unit on one line (non-breaking spaces)', () => {
    const text = formatFigure(i18n.getFixedT('en'), figure(12_574, 'area', ''));
    expect(text).not.toMatch(/ /);
    expect(text).toContain('\u00a0');
  });

  it('writes area with the locale’s unit in Chinese and Japanese', () => {
    expect(format('zh', 12_574, 'area')).toMatch(/^12,574\s?(km²|平方公里)$/);
    expect(format('ja', 12_574, 'area')).toMatch(/^12,574\s?(km²|平方キロメートル)$/);
  });
});
