import type { TFunction } from 'i18next';
import { formatFigure } from '../i18n/format-figure.ts';
import type { TextParams } from '../i18n/keys.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import { eventYears, stageName, yearTick } from './chart-text.ts';

/** The rows of a chart's data table: a header row, then one row per datum. */
function tableRows(spec: ChartSpec, t: TFunction): string[][] {
  switch (spec.kind) {
    case 'bars':
      return [
        ['', t(spec.axis)],
        ...spec.bars.map((bar) => [t(bar.label), formatFigure(t, bar.figure)]),
      ];
    case 'annual': {
      const from = Number(spec.from.value);
      const to = Number(spec.to.value);
      const years = Array.from({ length: to - from + 1 }, (_, index) => from + index);
      return [
        ['', t(spec.axis)],
        ...years.map((year) => [yearTick(t, year), formatFigure(t, spec.perYear)]),
      ];
    }
    case 'timeline':
      return [
        ['', t('ui.stageHeader'), t(spec.axis)],
        ...spec.events.map((event) => [
          t(event.label),
          stageName(t, event.stage),
          eventYears(t, event),
        ]),
      ];
    case 'groups':
      return [
        ['', t(spec.axis)],
        ...spec.groups.flatMap((group) => group.items.map((item) => [t(group.label), t(item)])),
      ];
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}

/** Fills a chart's accessible data table (caption, header row, data rows) as plain text. */
export function renderChartTable(
  table: HTMLTableElement,
  spec: ChartSpec,
  t: TFunction,
  params: TextParams,
): void {
  const [header = [], ...rows] = tableRows(spec, t);
  const caption = document.createElement('caption');
  caption.textContent = t(spec.title, params);
  const head = document.createElement('thead');
  head.append(tableRow(header, 'th', 'col'));
  const body = document.createElement('tbody');
  body.append(...rows.map((row) => tableRow(row, 'td')));
  table.replaceChildren(caption, head, body);
}

function tableRow(cells: readonly string[], tag: 'th' | 'td', scope?: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  cells.forEach((text, index) => {
    // Row headers start each data row; the empty corner of the header row is a plain cell.
    const header = tag === 'th' ? text !== '' : index === 0;
    const cell = document.createElement(header ? 'th' : 'td');
    if (header) cell.setAttribute('scope', scope ?? 'row');
    cell.textContent = text;
    row.append(cell);
  });
  return row;
}
