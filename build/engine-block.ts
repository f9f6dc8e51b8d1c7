/**
 * The offline file's chart engine (`src/charts/chart-engine.ts`: chart.js and the deck's
 * drawing code), built apart as a classic script and carried, gzipped, as a data block that
 * the deck inflates and runs once it is ready (`src/charts/load-chart-engine.ts`). In one inlined module the browser
 * would compile chart.js before the first slide; as a block, the HTML parser only reads past
 * its text. The file's policy allows the script by the hash of that text
 * (`build/content-security-policy.ts`).
 *
 * Vite's single-file build inlines every dynamic import into the one module, so this is done
 * here: a second Vite build of the engine, as an IIFE, placed into the file it wrote.
 */
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import { ENGINE_BLOCK_TYPE, ENGINE_GLOBAL } from '../src/charts/load-chart-engine.ts';
import { appendToBody } from './append-to-body.ts';

const ENGINE_ENTRY = fileURLToPath(new URL('../src/charts/chart-engine.ts', import.meta.url));

/** The engine as one minified classic script that defines the engine's global. */
export async function buildEngineScript(): Promise<string> {
  const outputs = await build({
    configFile: false,
    logLevel: 'warn',
    // Library builds leave `process.env.NODE_ENV` for a bundler that is not coming.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: ENGINE_ENTRY, formats: ['iife'], name: ENGINE_GLOBAL },
    },
  });
  const chunks = (Array.isArray(outputs) ? outputs : [outputs])
    .flatMap((output) => ('output' in output ? output.output : []))
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (chunks.length !== 1 || chunks[0] === undefined) {
    throw new Error(`[engine-block] Expected one engine script, got ${chunks.length}.`);
  }
  return chunks[0].code;
}

/**
 * The data block that carries `code`, gzipped, in base64: the browser reads every byte of the
 * file before the first slide, and base64 can never end the element early.
 */
export function engineBlockHtml(code: string): string {
  const packed = gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).toString('base64');
  return `<script type="${ENGINE_BLOCK_TYPE}">${packed}</script>`;
}

/** The script a block carries, as the deck will run it: what the policy must hash. */
export function engineBlockScript(blockText: string): string {
  return gunzipSync(Buffer.from(blockText.trim(), 'base64')).toString('utf8');
}

/**
 * Vite plugin for the single-file build: puts the engine block at the end of `<body>`. Must
 * run after vite-plugin-singlefile and before the Content-Security-Policy is written.
 */
export function engineBlock(fileName: string): Plugin {
  return {
    name: 'deck-engine-block',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const file = bundle[fileName];
        if (file?.type !== 'asset' || typeof file.source !== 'string') return;
        file.source = appendToBody(file.source, engineBlockHtml(await buildEngineScript()));
      },
    },
  };
}
