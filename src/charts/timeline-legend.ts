import type { TFunction } from 'i18next';
import type { StageStart } from '../model/timeline.ts';
import { CHART_COLOURS } from './chart-theme.ts';
import { stageName } from './chart-text.ts';

/** A chart.js font: family, size and weight. */
interface LegendFont {
  readonly family: string;
  readonly size: number;
  readonly weight: 'normal' | 'bold';
}

/**
 * The timeline's key: each stage's name behind its numbered badge, the mark it names on the
 * plot (the badges are drawn over the key's empty points by `TIMELINE_MARKS`, as on the
 * plot; four like dots had told the stages apart only by the text beside them). Under the plot, not across the whole figure (`fullSize: false`): the plot's width
 * breaks the English key into two even lines (1 Personnel exchange, 2 Technical cooperation /
 * 3 Project cooperation, 4 Environmental protection industry) where the figure's width left
 * the fourth stage alone on a second line; Chinese and Japanese keep to one line. On a phone
 * (`compact`) the plot is too narrow for a stage's name: the key spans the figure there.
 */
export function timelineLegend(
  t: TFunction,
  starts: readonly StageStart[],
  font: LegendFont,
  compact: boolean,
  badgeRadius: number,
  /** Between the key's lines and above them: less in a short frame, with smaller badges. */
  padding: number,
) {
  return {
    display: true,
    position: 'bottom' as const,
    fullSize: compact,
    // On a phone, one stage a line: flush left, the badges in a column.
    align: compact ? ('start' as const) : ('center' as const),
    onClick: () => undefined,
    labels: {
      color: CHART_COLOURS.ink,
      font,
      // Room for a badge; the point itself is empty, the badge drawn over it.
      usePointStyle: true,
      pointStyle: 'circle' as const,
      pointStyleWidth: 2 * badgeRadius,
      padding,
      generateLabels: () =>
        starts.map(({ stage }) => ({
          text: stageName(t, stage),
          fillStyle: 'transparent',
          strokeStyle: 'transparent',
          pointStyle: 'circle' as const,
          lineWidth: 0,
          hidden: false,
        })),
    },
  };
}
