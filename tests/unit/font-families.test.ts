import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILIES } from '../../src/charts/chart-theme.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { FONT_FAMILIES, fontStack } from '../../src/theme/font-families.ts';
import { DECK_FONT_SOURCES } from '../../build/font-sources.ts';

const THEME = readFileSync(new URL('../../src/theme/theme.css', import.meta.url), 'utf8');

/** A CSS font stack with one kind of quotes and no spaces after commas, for comparing. */
function normalised(stack: string): string {
  return stack.replaceAll("'", '"').replaceAll(/,\s*/g, ',').trim();
}

describe('font family names', () => {
  it.each(LOCALES)('theme.css draws %s text with the same stack as the charts', (locale) => {
    const declared = new RegExp(`--deck-font-${locale}:\\s*([^;]+);`).exec(THEME)?.[1];
    expect(declared, `--deck-font-${locale} in theme.css`).toBeDefined();
    expect(normalised(declared ?? '')).toBe(normalised(fontStack(locale)));
    expect(CHART_FONT_FAMILIES[locale]).toBe(fontStack(locale));
  });

  it('builds a regular and a bold face of every family the theme names', () => {
    for (const locale of LOCALES) {
      const weights = DECK_FONT_SOURCES.filter(
        (source) => source.family === FONT_FAMILIES[locale] && source.locale === locale,
      ).map((source) => source.weight);
      expect(weights.sort()).toEqual([400, 700]);
    }
  });

  it('uses no other family name in theme.css', () => {
    const named = new Set(
      [...THEME.matchAll(/['"](Deck [^'"]+)['"]/g)].map((match) => match[1] ?? ''),
    );
    expect([...named].sort()).toEqual(Object.values(FONT_FAMILIES).sort());
  });
});
