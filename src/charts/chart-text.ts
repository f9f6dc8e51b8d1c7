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
  if (event.to === undefined) return from;
  // Each language's range mark, as its titles write one: 1993–2001, 1993—2001, 1993〜2001.
  return t('units.yearSpan', { from, to: formatFigure(t, event.to) });
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

/** Characters a Chinese or Japanese line never starts with (kinsoku). */
const NO_LINE_START = /[、。，．・ー）」』〉》ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;

/** Whether a line may break before `at`: not before a closing mark, nor inside a katakana or Latin word. */
function breaksBefore(text: string, at: number): boolean {
  const pair = text.slice(at - 1, at + 1);
  return (
    !NO_LINE_START.test(text.charAt(at)) && !/^(?:[\u30a0-\u30ff]{2}|[A-Za-z]{2})$/u.test(pair)
  );
}

/**
 * Where a name without spaces may break between words (Intl.Segmenter): Chinese broke inside
 * a word where any two characters could part (每年接 / 收一名研修生, 提出示 / 范城市构想); a
 * one-kana particle stays with the word before it (研修員を, not 研修員 / を).
 */
function wordStarts(text: string): Set<number> {
  const locale = /[\u3040-\u30ff]/u.test(text) ? 'ja' : 'zh';
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)];
  return new Set(
    words
      .filter((word) => word.index > 0 && !/^[\u3040-\u309f]$/u.test(word.segment))
      .map((word) => word.index),
  );
}

/**
 * A timeline row name ("Model Area proposed") for a narrow chart: whole when short, else
 * two lines split where their widths balance best: at a space, or in a name without spaces
 * (Chinese, Japanese) between two words, where a line may break.
 */
export function twoLines(text: string): string | string[] {
  if (textWidth(text) <= 17) return text;
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
  const cuts =
    spaces.length > 0
      ? spaces.map((at) => ({ first: text.slice(0, at), rest: text.slice(at + 1) }))
      : [...wordStarts(text)]
          .filter((at) => breaksBefore(text, at))
          .map((at) => ({ first: text.slice(0, at), rest: text.slice(at) }));
  const widest = (cut: { first: string; rest: string }) =>
    Math.max(textWidth(cut.first), textWidth(cut.rest));
  const best = cuts.sort((a, b) => widest(a) - widest(b))[0];
  return best === undefined ? text : [best.first, best.rest];
}
