import type { TextKey } from '../i18n/keys.ts';
import type { ChartSpec, StageNumber, TimelineChartSpec } from './chart-spec.ts';
import type { Figure } from './figure.ts';
import type { IconName, SlideVisual } from './visual.ts';

/** A large number with a caption, the way a speaker puts one figure on screen. */
export interface KeyFigure {
  readonly figure: Figure;
  readonly label: TextKey;
  /** A template around the formatted value (`{{value}}`), e.g. "less than {{value}}". */
  readonly valueText?: TextKey;
  /** What the figure counts, as a picture over it where figures stand on tiles (21). */
  readonly icon?: IconName;
}

/** What every slide has. `figures` are interpolated into all of the slide's texts by name. */
interface SlideBase<Kind extends string> {
  readonly kind: Kind;
  /** Stable, language-neutral id: the slide module's slug, used in `data-slide-id` and URLs. */
  readonly id: string;
  readonly headline: TextKey;
  /** The full spoken text for this slide; paragraphs separated by a line break. */
  readonly notes: TextKey;
  readonly figures?: Readonly<Record<string, Figure>>;
}

/** The opening slide: title, a kicker line and the speaker's organisation. */
export interface TitleSlide extends SlideBase<'title'> {
  readonly kicker: TextKey;
  readonly organisation: TextKey;
  /** Dalian and Kitakyushu across the sea, faint behind the card (render/slide-pictures.ts). */
  readonly backdropMap?: boolean;
}

/** What ties a slide's notes to its points, on the slides whose points are revealed. */
interface NotesSteps {
  /**
   * For each paragraph of the notes, the point the speaker has reached when saying it, by its
   * index in `points` (0: the first, which comes with the slide): the points are drawn from
   * the paragraphs in order, so the speaker view dims a paragraph until its point is shown.
   * Absent where every paragraph goes with the first point.
   */
  readonly notesSteps?: readonly number[];
}

/** A headline with a few points revealed one by one, optionally beside key figures. */
export interface StatementSlide extends SlideBase<'statement'>, NotesSteps {
  readonly points: readonly TextKey[];
  readonly keyFigures?: readonly KeyFigure[];
  /** A map beside the points, or an icon for each point. */
  readonly visual?: SlideVisual;
}

/** Key figures first, with optional supporting points. */
export interface FiguresSlide extends SlideBase<'figures'>, NotesSteps {
  readonly keyFigures: readonly KeyFigure[];
  readonly points?: readonly TextKey[];
  /** An icon for each point. */
  readonly visual?: SlideVisual;
}

/** A list of many short items shown at once, in columns. */
export interface ListSlide extends SlideBase<'list'> {
  readonly intro: TextKey;
  readonly items: readonly TextKey[];
  /** An icon for each item. */
  readonly visual?: SlideVisual;
}

/** A chart, optionally with key figures beside it. */
export interface ChartSlide extends SlideBase<'chart'> {
  readonly chart: ChartSpec;
  readonly keyFigures?: readonly KeyFigure[];
}

/** The section divider that opens each of the four stages. */
export interface DividerSlide extends SlideBase<'divider'> {
  readonly stage: StageNumber;
  /** The deck's timeline, shown small with this stage lit: the stages' years come from it. */
  readonly timeline: TimelineChartSpec;
}

/** The closing call and thanks. */
export interface ClosingSlide extends SlideBase<'closing'> {
  readonly subline: TextKey;
  /** As on the title card: the two cities across the sea, faint behind the call. */
  readonly backdropMap?: boolean;
}

/** Every kind of slide in the deck. */
export type Slide =
  TitleSlide | StatementSlide | FiguresSlide | ListSlide | ChartSlide | DividerSlide | ClosingSlide;

/** Typed authoring helper: checks a slide literal against its kind and returns it unchanged. */
export function defineSlide<const S extends Slide>(slide: S): S {
  return slide;
}

/** For each paragraph of a slide's notes, the point it goes with (`notesSteps`); [] if none. */
export function notesSteps(slide: Slide): readonly number[] {
  return 'notesSteps' in slide ? (slide.notesSteps ?? []) : [];
}

/** All figures a slide uses, whether interpolated, shown as key figures or charted. */
export function slideFigures(slide: Slide): Figure[] {
  const named = Object.values(slide.figures ?? {});
  const keyed = 'keyFigures' in slide ? (slide.keyFigures ?? []).map((k) => k.figure) : [];
  return [
    ...new Set([...named, ...keyed, ...(slide.kind === 'chart' ? chartFigures(slide.chart) : [])]),
  ];
}

/** The figures a chart draws. */
export function chartFigures(chart: ChartSpec): Figure[] {
  switch (chart.kind) {
    case 'areas':
      return [chart.whole.figure, chart.part.figure];
    case 'plants':
      return chart.plants.flatMap((plant) => plant.results.map((result) => result.figure));
    case 'annual':
      return [chart.from, chart.to, chart.perYear];
    case 'timeline':
      return chart.events.flatMap((event) => (event.to ? [event.from, event.to] : [event.from]));
    case 'groups':
      return [];
    default: {
      const unreachable: never = chart;
      return unreachable;
    }
  }
}
