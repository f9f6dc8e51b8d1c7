/** Statistics and the one table the benchmark prints. */

/** The value at quantile `q` (0…1) by nearest rank: an observed value, never interpolated. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** The median (nearest rank). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** A budget's verdict. */
export type Verdict = 'pass' | 'FAIL';

/** One row: a figure, optionally with the baseline's, and a budget with its verdict. */
export interface Row {
  readonly metric: string;
  readonly deck: string;
  readonly baseline?: string;
  /** deck ÷ baseline. */
  readonly ratio?: number;
  readonly budget?: string;
  readonly verdict?: Verdict;
}

/** Milliseconds, to one decimal below 100 ms. */
export function ms(value: number): string {
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

/** Kilobytes (1000 bytes, as Vite reports them). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Megabytes (10^6 bytes). */
export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** A share of a total as a percentage. */
export function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

/** `pass` when the condition holds. */
export function verdict(holds: boolean): Verdict {
  return holds ? 'pass' : 'FAIL';
}

const HEADERS = ['metric', 'deck', 'baseline', 'ratio', 'budget', 'verdict'] as const;

/** The cells of a row, in header order. */
function cells(row: Row): string[] {
  return [
    row.metric,
    row.deck,
    row.baseline ?? '',
    row.ratio === undefined || !Number.isFinite(row.ratio) ? '' : `${row.ratio.toFixed(2)}×`,
    row.budget ?? '',
    row.verdict ?? '',
  ];
}

/** A Markdown table (readable as plain text, pasteable into an issue). */
export function formatTable(rows: readonly Row[]): string {
  const table = [HEADERS.slice(), ...rows.map(cells)];
  const widths = HEADERS.map((_, column) =>
    Math.max(...table.map((line) => (line[column] ?? '').length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const [header = [], ...body] = table;
  return [line(header), rule, ...body.map(line)].join('\n');
}
