import type { Locale } from '../i18n/languages.ts';
import type { StageNumber } from '../model/chart-spec.ts';

/**
 * Chart colours from the Okabe–Ito palette, distinguishable with every common colour-vision
 * deficiency; each meaning is also written as a label, never carried by colour alone.
 */
export const CHART_COLOURS = {
  ink: '#13293d',
  muted: '#4b5d6b',
  grid: '#d8dee4',
  primary: '#0072b2',
  secondary: '#56b4e9',
  accent: '#d55e00',
  onDark: '#ffffff',
  stages: { 1: '#0072b2', 2: '#e69f00', 3: '#009e73', 4: '#cc79a7' },
} as const satisfies {
  readonly stages: Readonly<Record<StageNumber, string>>;
  readonly [name: string]: unknown;
};

/** The theme's embedded font for each locale, so canvas text takes the right Han forms. */
export const CHART_FONT_FAMILIES = {
  en: '"Deck Sans", "Deck SC", sans-serif',
  zh: '"Deck SC", "Deck Sans", sans-serif',
  ja: '"Deck JP", "Deck Sans", sans-serif',
} as const satisfies Record<Locale, string>;

/** Font sizes in slide pixels, readable from the back of a room on a 1280×720 slide. */
export const CHART_FONT_SIZES = { tick: 20, label: 20, axis: 18, legend: 20 } as const;
