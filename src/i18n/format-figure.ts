import type { TFunction } from 'i18next';
import type { Figure } from '../model/figure.ts';
import type { TextParams } from './keys.ts';

/**
 * How a figure is meant to be taken in: `written` is the compact form a slide shows
 * ("572.1万人"); `spoken` is the form a presenter says aloud from the notes ("572万1000人" in
 * Japanese, "nine projects"). The locale templates are the same for both: the formatters
 * read the style from the interpolation options.
 */
export type FigureStyle = 'written' | 'spoken';

/** What the deck's formatters read from i18next's interpolation options. */
export interface FigureFormatOptions {
  readonly figureStyle?: FigureStyle;
  readonly figureFormat?: Figure['format'];
}

/**
 * A figure written the way the locale of `t` writes it, unit included: "572.1万人",
 * "RMB 1.68 billion". Its spaces are non-breaking, so a number never wraps apart from its unit.
 */
export function formatFigure(t: TFunction, figure: Figure, style: FigureStyle = 'written'): string {
  const options: FigureFormatOptions = { figureStyle: style, figureFormat: figure.format };
  return t(`units.${figure.format}`, { value: figure.value, ...options }).replaceAll(' ', '\u00a0');
}

/** A slide's named figures, formatted, ready to interpolate into its texts. */
export function formatFigures(
  t: TFunction,
  figures: Readonly<Record<string, Figure>> | undefined,
  style: FigureStyle = 'written',
): TextParams {
  const params: Record<string, string> = {};
  for (const [name, figure] of Object.entries(figures ?? {})) {
    params[name] = formatFigure(t, figure, style);
  }
  return params;
}
