import type { Locale } from '../i18n/languages.ts';
import type { StageNumber } from '../model/chart-spec.ts';
import { fontStack } from '../theme/font-families.ts';

/**
 * Chart colours: inks from the theme, and the stages as one dark-to-light ramp of the brand
 * blues and teals, told apart by lightness (so with every colour-vision deficiency too) and
 * always written beside their stage number, never carried by colour alone.
 */
export const CHART_COLOURS = {
  ink: '#13293d',
  muted: '#4b5d6b',
  grid: '#d8dee4',
  stages: { 1: '#0b3954', 2: '#0a6f6a', 3: '#2f9e8f', 4: '#7cc4ba' },
} as const satisfies {
  readonly stages: Readonly<Record<StageNumber, string>>;
  readonly [name: string]: unknown;
};

/** The theme's embedded font for each locale, so canvas text takes the right Han forms. */
export const CHART_FONT_FAMILIES = {
  en: fontStack('en'),
  zh: fontStack('zh'),
  ja: fontStack('ja'),
} as const satisfies Record<Locale, string>;

/**
 * Font sizes in slide pixels: 24 px on a 1280×720 slide is the smallest text the back row of
 * a hall reads (the deck's floor for every text); labels that carry the message are larger.
 */
export const CHART_FONT_SIZES = { tick: 24, label: 26, axis: 24, legend: 24 } as const;
