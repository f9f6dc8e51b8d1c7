import type { TextKey } from '../i18n/keys.ts';
import type { Figure } from './figure.ts';
import type { IconName } from './visual.ts';

/** What every chart has: a title and a one-sentence summary for screen readers. */
interface ChartSpecBase<Kind extends string> {
  readonly kind: Kind;
  readonly title: TextKey;
  /** The title names the figure for screen readers only: the headline says it on the slide (23). */
  readonly titleUnseen?: true;
  /** The chart's message in one sentence: its `aria-label`. */
  readonly summary: TextKey;
  /** The label of the value axis. */
  readonly axis: TextKey;
}

/** One labelled figure from the speech. */
export interface LabelledFigure {
  readonly label: TextKey;
  readonly figure: Figure;
}

/**
 * A part inside a whole, drawn as nested squares whose areas are proportional to the two
 * figures (an area is compared with an area, not a bar with a bar).
 */
export interface AreasChartSpec extends ChartSpecBase<'areas'> {
  readonly whole: LabelledFigure;
  readonly part: LabelledFigure;
}

/** One measured result of a plant: a yearly amount, or a bound (`valueText`: "less than …"). */
export interface PlantResult extends LabelledFigure {
  /** The figure is a yearly amount, written per year ("5,800 t/yr"). */
  readonly perYear?: boolean;
  /** A template around the formatted value (`{{value}}`), e.g. "less than {{value}}". */
  readonly valueText?: TextKey;
}

/** Results reported per plant: one card for each plant, listing its figures. */
export interface PlantsChartSpec extends ChartSpecBase<'plants'> {
  readonly plants: readonly { readonly name: TextKey; readonly results: readonly PlantResult[] }[];
}

/**
 * The same count every year over a span: the speech gives the rate and both ends. Drawn as
 * one pictogram per person, labelled with its year.
 */
export interface AnnualChartSpec extends ChartSpecBase<'annual'> {
  readonly from: Figure;
  readonly to: Figure;
  readonly perYear: Figure;
}

/** The four stages of the cooperation. */
export type StageNumber = 1 | 2 | 3 | 4;

/** A dated event: a year, or a span of years the speech gives both ends of. */
export interface TimelineEvent {
  readonly label: TextKey;
  readonly stage: StageNumber;
  readonly from: Figure;
  readonly to?: Figure;
}

/** Dated events as a Gantt-style timeline, one row per event, coloured by stage (chart.js). */
export interface TimelineChartSpec extends ChartSpecBase<'timeline'> {
  readonly events: readonly TimelineEvent[];
}

/** Named items sorted into groups: one column per group, listing its items. */
export interface GroupsChartSpec extends ChartSpecBase<'groups'> {
  readonly groups: readonly {
    readonly label: TextKey;
    readonly items: readonly TextKey[];
    /** The icon heading the group's column. */
    readonly icon?: IconName;
  }[];
  /** The sentence of the speech that names the items. */
  readonly source: string;
}

/** The charts chart.js draws on a canvas. */
export type CanvasChartSpec = TimelineChartSpec;

/** The charts the deck builds as HTML and SVG: their text is text, at the theme's sizes. */
export type DomChartSpec = AnnualChartSpec | GroupsChartSpec | AreasChartSpec | PlantsChartSpec;

/** Every chart the deck can draw. */
export type ChartSpec = CanvasChartSpec | DomChartSpec;

/** Whether chart.js draws this chart (on a canvas) rather than the deck's own HTML and SVG. */
export function isCanvasChart(spec: ChartSpec): spec is CanvasChartSpec {
  return spec.kind === 'timeline';
}
