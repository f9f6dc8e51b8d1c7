/**
 * The one Chromium lookup: where the binary is, and the flags every headless run uses (browser
 * tests, `npm run bench`, `npm run export:pdf`).
 */
import { ensureProgram, type NeededProgram } from './debian-program.ts';

/** Where a Chromium or Chrome binary is looked for, after `CHROMIUM_PATH`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
] as const;

/** Flags for a headless run on a machine whose only network is loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Debian's chromium, or a Chrome the machine already has. */
export const CHROMIUM: NeededProgram = {
  name: 'Chromium',
  debianPackage: 'chromium',
  envVariable: 'CHROMIUM_PATH',
  candidates: CHROMIUM_CANDIDATES,
};

/**
 * The browser for the tests and the benchmark: `CHROMIUM_PATH`, then Debian's chromium, then an
 * installed Chrome; Debian's `chromium` is installed when none is there (see `ensureProgram`).
 */
export function findChromium(): string {
  return ensureProgram(CHROMIUM);
}
