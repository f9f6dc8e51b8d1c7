import type { ChartEngine } from './chart-engine.ts';

/**
 * The offline file carries the chart engine as a data block of this type, built apart as a
 * classic script that defines {@link ENGINE_GLOBAL} (`scripts/engine-block.ts`). The file's
 * policy allows that script by the hash of its text.
 */
export const ENGINE_BLOCK_TYPE = 'text/x-deck-chart-engine';

/** The global the engine's script defines, holding its module's exports. */
export const ENGINE_GLOBAL = 'DeckChartEngine';

declare global {
  interface Window {
    [ENGINE_GLOBAL]?: { readonly engine: ChartEngine };
  }
}

/** Runs the offline file's engine block: a script inserted with its text runs at once. */
function runEngineBlock(): ChartEngine {
  const block = document.querySelector<HTMLScriptElement>(`script[type="${ENGINE_BLOCK_TYPE}"]`);
  if (block === null) throw new Error('[deck] The file carries no chart engine.');
  const script = document.createElement('script');
  script.text = block.text;
  document.head.append(script);
  script.remove();
  const engine = window[ENGINE_GLOBAL]?.engine;
  if (engine === undefined) throw new Error('[deck] The chart engine did not run.');
  return engine;
}

let loading: Promise<ChartEngine> | undefined;

/**
 * The chart engine, loaded on first use: from the offline file's block, or as a separate
 * module of the web build and the dev server. `import.meta.env.MODE` is replaced at build
 * time, so the offline file's bundle holds no import of the engine's module.
 */
export function loadChartEngine(): Promise<ChartEngine> {
  loading ??=
    import.meta.env.MODE === 'export'
      ? new Promise<ChartEngine>((resolve) => {
          resolve(runEngineBlock());
        })
      : import('./chart-engine.ts').then((module) => module.engine);
  return loading;
}
