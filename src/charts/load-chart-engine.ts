import { decodeBase64 } from '../base64.ts';
import type { ChartEngine } from './chart-engine.ts';

/**
 * The offline file carries the chart engine as a data block of this type: a classic script
 * that defines {@link ENGINE_GLOBAL}, built apart and gzipped, in base64
 * (`build/engine-block.ts`). Every byte of the file is read before the first slide, so it
 * carries 75 kB rather than 180. The file's policy allows the script by the hash of its text.
 */
export const ENGINE_BLOCK_TYPE = 'text/x-deck-chart-engine';

/** The global the engine's script defines, holding its module's exports. */
export const ENGINE_GLOBAL = 'DeckChartEngine';

declare global {
  interface Window {
    [ENGINE_GLOBAL]?: { readonly engine: ChartEngine };
  }
}

/** The text of a gzipped base64 block. */
async function gunzipBase64(text: string): Promise<string> {
  const bytes = new Blob([decodeBase64(text)]).stream();
  return new Response(bytes.pipeThrough(new DecompressionStream('gzip'))).text();
}

/** The engine block's text, once read (null: the page carries none). */
let blockText: string | null | undefined;

/** The engine block's text, read from the document the first time it is asked for. */
function engineBlockText(): string | null {
  blockText ??=
    document.querySelector<HTMLScriptElement>(`script[type="${ENGINE_BLOCK_TYPE}"]`)?.text ?? null;
  return blockText;
}

/**
 * Reads the offline file's engine block now, for a page about to replace its body (the speaker
 * view), which would take the block with it; charts drawn later still find the engine.
 */
export function keepChartEngine(): void {
  if (import.meta.env.MODE === 'export') engineBlockText();
}

/** Runs the offline file's engine block: a script inserted with its text runs at once. */
async function runEngineBlock(): Promise<ChartEngine> {
  const text = engineBlockText();
  if (text === null) throw new Error('[deck] The file carries no chart engine.');
  const script = document.createElement('script');
  script.text = await gunzipBase64(text);
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
      ? runEngineBlock()
      : import('./chart-engine.ts').then((module) => module.engine);
  return loading;
}
