import type { TFunction } from 'i18next';
import { formatFigure } from '../i18n/format-figure.ts';
import type { TextParams } from '../i18n/keys.ts';
import type { ChartSpec, PlantResult, StageNumber, TimelineEvent } from '../model/chart-spec.ts';

/** The last segment of a key: `slides.projects.groups.air` → `air`. */
function keyName(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

/**
 * Values a chart's texts can interpolate beyond the slide's figures: for grouped items, the
 * number in each group (counted from the items, not typed anywhere).
 */
export function chartParams(spec: ChartSpec, t: TFunction): TextParams {
  if (spec.kind !== 'groups') return {};
  const params: Record<string, string> = {};
  for (const group of spec.groups) {
    params[keyName(group.label)] = t('units.count', { value: group.items.length });
  }
  return params;
}

/** "1993", or "1993–2001" for a span, in the locale's way of writing years. */
export function eventYears(t: TFunction, event: TimelineEvent): string {
  const from = formatFigure(t, event.from);
  return event.to === undefined ? from : `${from}–${formatFigure(t, event.to)}`;
}

/** The name of a stage, e.g. "Technical cooperation". */
export function stageName(t: TFunction, stage: StageNumber): string {
  return t(`slides.stages.${stage}`);
}

/** The year as an axis tick, written as the locale writes a year. */
export function yearTick(t: TFunction, year: number): string {
  return t('units.year', { value: year });
}

/** A plant's result as written on its card: "5,800 t/yr", "less than 50 mg/m³". */
export function resultText(t: TFunction, result: PlantResult): string {
  const value = formatFigure(t, result.figure);
  if (result.valueText !== undefined) return t(result.valueText, { value });
  return result.perYear === true ? t('visuals.perYear', { value }) : value;
}

/** A text's width in Latin letters: Han, kana and full-width forms count as two. */
const textWidth = (text: string): number =>
  text.length + (text.match(/[\u2e80-\uffef]/gu)?.length ?? 0);

/**
 * A timeline row name ("2 · Model Area proposed") for a narrow chart: whole when short, else
 * two lines split at the space that balances them best; a name without spaces (Chinese,
 * Japanese) puts its stage number ("2 ·") on a line of its own.
 */
export function twoLines(text: string): string | string[] {
  if (textWidth(text) <= 18) return text;
  const prefix = text.indexOf(' · ');
  const spaces = [...text.matchAll(/ /g)]
    .map((match) => match.index)
    .filter((at) => at > prefix + 2);
  const longest = (at: number) => Math.max(at, text.length - at - 1);
  const cut = spaces.sort((a, b) => longest(a) - longest(b))[0];
  if (cut !== undefined) return [text.slice(0, cut), text.slice(cut + 1)];
  return prefix < 0 ? text : [text.slice(0, prefix + 2), text.slice(prefix + 3)];
}
