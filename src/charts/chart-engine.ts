/**
 * Everything that runs chart.js, as one module the deck loads only once it is ready
 * (`load-chart-engine.ts`): chart.js is the largest library in the deck, and compiling it
 * before the first slide would delay every start-up, including those of decks opened on a
 * slide without a chart.
 */
import { drawChart, redrawChart, rescaleChart } from './draw-chart.ts';
import { animator, Chart } from './register.ts';

/** What the deck does with chart.js. */
export const engine = {
  drawChart,
  redrawChart,
  rescaleChart,
  /** chart.js's animator: whether a chart is still in its entry animation. */
  animator,
  /** All live chart.js instances on the page, to prove nothing leaks. */
  liveInstances: (): number => Object.keys(Chart.instances).length,
};

export type ChartEngine = typeof engine;
