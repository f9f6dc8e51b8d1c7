/**
 * The timeline's left gutter: each stage's numbered badge beside its group of rows, and the
 * stage's name beside the badge (a key under the plot named them: the number was then read
 * three times, on the key, in the gutter and over the stage's line).
 */

import type { StageNumber, TimelineEvent } from '../model/chart-spec.ts';

/** Measures a text's width in a font given as a CSS `font` value. */
export type MeasureText = (text: string, font: string) => number;

/**
 * The gap between a badge and its stage's name, between the name and the row names, and at
 * least between a name and its group's top.
 */
export const NAME_GAP = { before: 10, after: 20, row: 6 } as const;

/** The height of one line of a stage's name at `size` px. */
export const nameLineHeight = (size: number): number => size * 1.15;

/** The height of one line of a name's translation: set closer, as the rows' translations are. */
const subtitleLineHeight = (size: number): number => size * 1.05;

/**
 * A group's stage name, as it is set in the gutter: one line, or two broken at a space; with
 * subtitles on, its translation's lines beneath it.
 */
export interface GutterName {
  readonly lines: readonly string[];
  readonly subtitle?: readonly string[];
}

/** The height of a stage's name in the gutter, its translation's lines included. */
export function gutterNameHeight(name: GutterName, size: number, subtitleSize: number): number {
  const subtitle = (name.subtitle?.length ?? 0) * subtitleLineHeight(subtitleSize);
  return name.lines.length * nameLineHeight(size) + subtitle;
}

let shared: CanvasRenderingContext2D | null | undefined;

/**
 * A text's width on a canvas; where there is none (a test's DOM), an estimate: 0.6 em a Latin
 * letter, 1 em a Han or kana character.
 */
export const measureOnCanvas: MeasureText = (text, font) => {
  if (shared === undefined) {
    shared =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (shared) {
    shared.font = font;
    return shared.measureText(text).width;
  }
  const size = Number(/(\d+(?:\.\d+)?)px/u.exec(font)?.[1] ?? 16);
  const wide = text.match(/[\u2e80-\uffef]/gu)?.length ?? 0;
  return (text.length - wide) * 0.6 * size + wide * size;
};

/** Each stage's rows, consecutive in the data: the stage, its first row and its last. */
export function stageRuns<S extends number>(
  stages: readonly S[],
): { stage: S; from: number; to: number }[] {
  const runs: { stage: S; from: number; to: number }[] = [];
  stages.forEach((stage, index) => {
    const last = runs.at(-1);
    if (last?.stage === stage) last.to = index;
    else runs.push({ stage, from: index, to: index });
  });
  return runs;
}

/** A stage's group of rows: its name, its name's translation (subtitles on) and its rows. */
export interface StageGroup {
  readonly name: string;
  readonly subtitle?: string;
  readonly rows: number;
}

/** Each stage's group of rows: its name, its translation if `subtitle`, how many rows it has. */
export function stageGroups(
  events: readonly TimelineEvent[],
  name: (stage: StageNumber) => string,
  subtitle?: (stage: StageNumber) => string,
): StageGroup[] {
  return stageRuns(events.map((event) => event.stage)).map((run) => ({
    name: name(run.stage),
    ...(subtitle && { subtitle: subtitle(run.stage) }),
    rows: run.to - run.from + 1,
  }));
}

/** The ways to set `name`: whole, or in two lines broken at one of its spaces. */
function settings(name: string): string[][] {
  const words = name.split(' ');
  const ways = [[name]];
  for (let at = 1; at < words.length; at += 1) {
    ways.push([words.slice(0, at).join(' '), words.slice(at).join(' ')]);
  }
  return ways;
}

/**
 * The stages' names in a column as narrow as they allow: a name beside a group of two rows or
 * more may take two lines (Personnel / exchange), as may the last group's (below it is only
 * the axis); a one-row group's name between two others keeps to one line. So does a name's
 * translation, set in `subtitleFont` under it. Returns the column's width and each name's
 * lines, in the order of `groups`.
 */
export function gutterNames(
  groups: readonly StageGroup[],
  font: string,
  measure: MeasureText = measureOnCanvas,
  subtitleFont = font,
): { width: number; names: GutterName[] } {
  const widest = (lines: readonly string[], face: string) =>
    Math.max(...lines.map((line) => measure(line, face)));
  const narrowest = (name: string, face: string, twoLines: boolean) =>
    Math.min(
      ...settings(name)
        .filter((way) => twoLines || way.length === 1)
        .map((way) => widest(way, face)),
    );
  const width = Math.ceil(
    Math.max(
      ...groups.flatMap((group, index) => {
        const twoLines = group.rows > 1 || index === groups.length - 1;
        const subtitle = group.subtitle;
        return [
          narrowest(group.name, font, twoLines),
          subtitle === undefined ? 0 : narrowest(subtitle, subtitleFont, twoLines),
        ];
      }),
    ),
  );
  // Each name on as few lines as the column allows, the lines as even as they can be.
  const set = (name: string, face: string) => {
    const fits = settings(name).filter((way) => widest(way, face) <= width);
    const best = fits.sort((a, b) => a.length - b.length || widest(a, face) - widest(b, face))[0];
    return best ?? [name];
  };
  const names = groups.map(({ name, subtitle }) => ({
    lines: set(name, font),
    ...(subtitle !== undefined && { subtitle: set(subtitle, subtitleFont) }),
  }));
  return { width, names };
}

/**
 * Draws a stage's name, left-aligned at `x`, with its translation's lines beneath, the whole
 * centred on its ink at `y` rather than on its line boxes: a Latin translation's descenders
 * hang below its box (with subtitles, stage 3's one row 55.6 px tall, Project cooperation
 * under プロジェクト協力 ran into stage 4's band).
 */
export function drawGutterName(
  ctx: CanvasRenderingContext2D,
  name: GutterName,
  at: { readonly x: number; readonly y: number },
  style: { readonly font: string; readonly size: number; readonly colour: string },
  subtitle: { readonly font: string; readonly size: number; readonly colour: string } = style,
): void {
  const lines = [
    ...name.lines.map((text) => ({ text, style, height: nameLineHeight(style.size) })),
    ...(name.subtitle ?? []).map((text) => ({
      text,
      style: subtitle,
      height: subtitleLineHeight(subtitle.size),
    })),
  ];
  ctx.save();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  // Each line's middle from the block's top, and the block's ink above and below.
  let top = 0;
  let inkTop = Infinity;
  let inkBottom = -Infinity;
  const placed = lines.map((line) => {
    const middle = top + line.height / 2 + 1;
    top += line.height;
    ctx.font = line.style.font;
    const ink = ctx.measureText(line.text);
    inkTop = Math.min(inkTop, middle - ink.actualBoundingBoxAscent);
    inkBottom = Math.max(inkBottom, middle + ink.actualBoundingBoxDescent);
    return { ...line, middle };
  });
  const shift = at.y - (inkTop + inkBottom) / 2;
  for (const line of placed) {
    ctx.font = line.style.font;
    ctx.fillStyle = line.style.colour;
    ctx.fillText(line.text, at.x, shift + line.middle);
  }
  ctx.restore();
}
