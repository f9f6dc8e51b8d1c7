import type { TFunction } from 'i18next';
import { formatFigure } from '../i18n/format-figure.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import { eventYears, resultText, stageName, yearTick } from './chart-text.ts';

/** A table cell's text in a language. */
export type CellText = (t: TFunction) => string;

/** The rows of a chart's data table: a header row, then one row per datum. */
export function chartTableRows(spec: ChartSpec): CellText[][] {
  switch (spec.kind) {
    case 'areas':
      return [
        [() => '', (t) => t(spec.axis)],
        ...[spec.whole, spec.part].map((area): CellText[] => [
          (t) => t(area.label),
          (t) => formatFigure(t, area.figure),
        ]),
      ];
    case 'plants':
      return [
        [() => '', (t) => t(spec.axis)],
        ...spec.plants.flatMap((plant) =>
          plant.results.map((result): CellText[] => [
            (t) => t(plant.name),
            (t) =>
              t('visuals.plants.resultRow', {
                label: t(result.label),
                value: resultText(t, result),
              }),
          ]),
        ),
      ];
    case 'annual': {
      const from = Number(spec.from.value);
      const to = Number(spec.to.value);
      const years = Array.from({ length: to - from + 1 }, (_, index) => from + index);
      return [
        [() => '', (t) => t(spec.axis)],
        ...years.map((year): CellText[] => [
          (t) => yearTick(t, year),
          (t) => formatFigure(t, spec.perYear),
        ]),
      ];
    }
    case 'timeline':
      return [
        [() => '', (t) => t('ui.stageHeader'), (t) => t(spec.axis)],
        ...spec.events.map((event): CellText[] => [
          (t) => t(event.label),
          (t) => stageName(t, event.stage),
          (t) => eventYears(t, event),
        ]),
      ];
    case 'groups':
      return [
        [() => '', (t) => t(spec.axis)],
        ...spec.groups.flatMap((group) =>
          group.items.map((item): CellText[] => [(t) => t(group.label), (t) => t(item)]),
        ),
      ];
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}

/**
 * A chart's accessible data table (caption, header row, data rows). Its texts are bound,
 * not written: `bind` gives each cell its text in the language of the moment.
 */
export function buildChartTable(
  spec: ChartSpec,
  caption: CellText,
  bind: (element: HTMLElement, text: CellText) => void,
): HTMLTableElement {
  const [header = [], ...rows] = chartTableRows(spec);
  const table = document.createElement('table');
  const captionElement = document.createElement('caption');
  bind(captionElement, caption);
  const head = document.createElement('thead');
  head.append(tableRow(header, 'col', bind));
  const body = document.createElement('tbody');
  body.append(...rows.map((row) => tableRow(row, 'row', bind)));
  table.append(captionElement, head, body);
  return table;
}

/**
 * Row headers start each data row; every cell of the header row is a column header except
 * the empty corner, a plain cell.
 */
function tableRow(
  cells: readonly CellText[],
  scope: 'col' | 'row',
  bind: (element: HTMLElement, text: CellText) => void,
): HTMLTableRowElement {
  const row = document.createElement('tr');
  cells.forEach((text, index) => {
    const corner = scope === 'col' && index === 0;
    const header = scope === 'col' ? !corner : index === 0;
    const cell = document.createElement(header ? 'th' : 'td');
    if (header) cell.setAttribute('scope', scope);
    bind(cell, text);
    row.append(cell);
  });
  return row;
}
