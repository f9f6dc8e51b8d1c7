/** How a figure is written: each name is a template under `units.` in every locale. */
export type FigureFormat =
  | 'year'
  | 'decade'
  | 'count'
  | 'area'
  | 'people'
  | 'rmb'
  | 'usd'
  | 'tonnes'
  | 'concentration'
  | 'date';

/**
 * A number (or ISO date) from the speech, stored once and formatted per locale, with the
 * speech sentence it comes from so that a test can check it against the speech.
 */
export interface Figure {
  readonly value: number | string;
  readonly format: FigureFormat;
  /** The sentence of the speech that states this figure, verbatim. */
  readonly source: string;
}

/** Typed authoring helper for a figure. */
export function figure(value: number | string, format: FigureFormat, source: string): Figure {
  return { value, format, source };
}
