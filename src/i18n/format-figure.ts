import type { TFunction } from 'i18next';
import type { Figure } from '../model/figure.ts';
import type { TextParams } from './keys.ts';

/**
 * A figure written the way the locale of `t` writes it, unit included: "572.1万人",
 * "RMB 1.68 billion". Its spaces are non-breaking, so a number never wraps apart from its unit.
 */
export function formatFigure(t: TFunction, figure: Figure): string {
  return t(`units.${figure.format}`, { value: figure.value }).replaceAll(' ', '\u00a0');
}

/** A slide's named figures, formatted, ready to interpolate into its texts. */
export function formatFigures(
  t: TFunction,
  figures: Readonly<Record<string, Figure>> | undefined,
): TextParams {
  const params: Record<string, string> = {};
  for (const [name, figure] of Object.entries(figures ?? {})) {
    params[name] = formatFigure(t, figure);
  }
  return params;
}
