import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built deck, served from dist/ on loopback. */
    baseUrl: string;
    chromiumPath: string;
    /** The one Chromium every test file connects to (`useBrowser`). */
    browserEndpoint: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the deck as users get it and serves dist/ on 127.0.0.1 for the browser tests, and
 * starts the one Chromium they share: launching one per test file cost about 2 s a file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  await build({ root: ROOT, logLevel: 'warn' });
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.resolvedUrls?.local[0];
  if (address === undefined) throw new Error('The preview server did not report its address.');
  const browser = await chromium.launchServer({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS],
    host: '127.0.0.1',
  });
  project.provide('baseUrl', address);
  project.provide('chromiumPath', chromiumPath);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
