import type { CanvasChartSpec } from '../model/chart-spec.ts';
import { createChartConfig, type ChartContext } from './chart-config.ts';
import { frameSize } from './chart-frame.ts';
import { Chart } from './register.ts';

/** A chart drawn by the deck. */
export type DeckChart = Chart<'bar', unknown[], string>;

/**
 * Draws a chart at its frame's slide-pixel size (not responsive: reveal scales the slide, so
 * the chart never grows or squashes with the window, and it never measures 0×0 in a hidden
 * slide; the charts plugin redraws it when the frame itself changes size).
 * Returns null when the canvas has no sized frame.
 */
export function drawChart(
  canvas: HTMLCanvasElement,
  spec: CanvasChartSpec,
  context: ChartContext,
): DeckChart | null {
  const size = frameSize(canvas);
  if (size === null) return null;
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  canvas.width = size.width;
  canvas.height = size.height;
  const config = createChartConfig(spec, { ...context, frameHeight: size.height });
  config.options = { ...config.options, responsive: false };
  return new Chart(canvas, config);
}

/**
 * Redraws an existing chart with a new configuration (another language, another frame size)
 * in place: cheaper than a new chart, and no instance is left behind.
 */
export function redrawChart(chart: DeckChart, spec: CanvasChartSpec, context: ChartContext): void {
  const size = frameSize(chart.canvas);
  const config = createChartConfig(spec, size ? { ...context, frameHeight: size.height } : context);
  chart.data = config.data;
  chart.options = { ...config.options, responsive: false };
  if (size !== null && (size.width !== chart.width || size.height !== chart.height)) {
    chart.canvas.style.width = `${size.width}px`;
    chart.canvas.style.height = `${size.height}px`;
    chart.resize(size.width, size.height);
  }
  chart.update('none');
}

/** Redraws a chart for a new pixel ratio (reveal rescaled the slide) at its frame's size. */
export function rescaleChart(chart: DeckChart, devicePixelRatio: number): void {
  const size = frameSize(chart.canvas);
  if (size === null || chart.options.devicePixelRatio === devicePixelRatio) return;
  chart.options.devicePixelRatio = devicePixelRatio;
  chart.resize(size.width, size.height);
}
