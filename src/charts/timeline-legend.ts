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
 * The timeline's key: each stage's number and name, for the numbered lines where the stages
 * begin. Under the plot, not across the whole figure (`fullSize: false`): the plot's width
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
) {
  return {
    display: true,
    position: 'bottom' as const,
    fullSize: compact,
    onClick: () => undefined,
    labels: {
      color: CHART_COLOURS.ink,
      font,
      // Small dots in the stages' colour, apart from the badges they stand for.
      usePointStyle: true,
      pointStyle: 'circle' as const,
      boxWidth: 16,
      boxHeight: 16,
      padding: 14,
      generateLabels: () =>
        starts.map(({ stage }) => ({
          text: `${stage} ${stageName(t, stage)}`,
          fillStyle: CHART_COLOURS.highlight,
          strokeStyle: CHART_COLOURS.highlight,
          pointStyle: 'circle' as const,
          lineWidth: 0,
          hidden: false,
        })),
    },
  };
}
