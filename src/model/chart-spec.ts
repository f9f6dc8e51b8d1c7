import type { TextKey } from '../i18n/keys.ts';
import type { Figure } from './figure.ts';

/** What every chart has: a title and a one-sentence summary for screen readers. */
interface ChartSpecBase<Kind extends string> {
  readonly kind: Kind;
  readonly title: TextKey;
  /** The chart's message in one sentence: its `aria-label`. */
  readonly summary: TextKey;
  /** The label of the value axis. */
  readonly axis: TextKey;
}

/** One bar: a label and a figure from the speech. */
export interface BarDatum {
  readonly label: TextKey;
  readonly figure: Figure;
}

/** Horizontal bars on one scale, each labelled with its value. */
export interface BarsChartSpec extends ChartSpecBase<'bars'> {
  readonly bars: readonly BarDatum[];
  /** The bars are yearly amounts: each value is written per year ("5,800 t/yr"). */
  readonly perYear?: boolean;
  /** The index of the one bar the chart is about, drawn in the highlight colour. */
  readonly highlight?: number;
}

/** The same count every year over a span: the speech gives the rate and both ends. */
export interface AnnualChartSpec extends ChartSpecBase<'annual'> {
  readonly from: Figure;
  readonly to: Figure;
  readonly perYear: Figure;
}

/** The four stages of the cooperation. */
export type StageNumber = 1 | 2 | 3 | 4;

/** A dated event; `endOfYear` marks an event the speech places at the end of its year. */
export interface TimelineEvent {
  readonly label: TextKey;
  readonly stage: StageNumber;
  readonly from: Figure;
  readonly to?: Figure;
  readonly endOfYear?: boolean;
}

/** Dated events as a Gantt-style timeline, one row per event, coloured by stage. */
export interface TimelineChartSpec extends ChartSpecBase<'timeline'> {
  readonly events: readonly TimelineEvent[];
}

/** Named items sorted into groups: each item is one unit of its group's bar. */
export interface GroupsChartSpec extends ChartSpecBase<'groups'> {
  readonly groups: readonly { readonly label: TextKey; readonly items: readonly TextKey[] }[];
  /** The sentence of the speech that names the items. */
  readonly source: string;
}

/** Every chart the deck can draw. */
export type ChartSpec = BarsChartSpec | AnnualChartSpec | TimelineChartSpec | GroupsChartSpec;
