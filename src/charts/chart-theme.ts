import type { Locale } from '../i18n/languages.ts';
import { fontStack } from '../theme/font-families.ts';

/**
 * Chart colours: inks from the theme, the brand teal for what is charted, and one highlight
 * for what the chart points at (on the timeline, where each stage begins).
 */
export const CHART_COLOURS = {
  ink: '#13293d',
  muted: '#4b5d6b',
  grid: '#d8dee4',
  /** The brand teal, the colour of the timeline's events. */
  brand: '#0a6f6a',
  /** The one highlight beside the teal (5.2:1 under white text, 4.8:1 on the slide). */
  highlight: '#c2410c',
  onHighlight: '#ffffff',
  /** The slide behind a chart (theme.css --deck-bg). */
  paper: '#f5f7f6',
  /** The band behind a timeline stage's rows: text and marks keep their contrast on it. */
  band: '#e9eef1',
  /** A translation under its text (theme.css --deck-subtitle). */
  subtitle: '#4b5d6b',
} as const;

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
export const CHART_FONT_SIZES = {
  tick: 24,
  label: 26,
  /** A value written on a mark: the timeline's years after each dot and bar. */
  value: 26,
  axis: 24,
  /** A stage's name in the timeline's gutter, beside its badge. */
  stageName: 24,
  /** A translation under a row's or a stage's name, with subtitles on: the floor. */
  subtitle: 24,
} as const;
