import { animator, BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import ChartDataLabels from 'chartjs-plugin-datalabels';

/**
 * Registers only what the deck draws (bar charts, their labels), so the rest of chart.js is
 * tree-shaken: no legend (each chart names its marks) and no tooltips (chart-options.ts).
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, ChartDataLabels);

export { animator, Chart };
