import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

function found(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * The browser for the tests: `CHROMIUM_PATH`, then Debian's chromium, then an installed
 * Chrome. When none is there and we run as root with apt (as CI does), Debian's `chromium`
 * is installed; otherwise the tests stop with one message saying how to get a browser.
 */
export function findChromium(): string {
  const existing = found();
  if (existing !== undefined) return existing;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.info('No Chromium found: installing Debian’s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    const installed = found();
    if (installed !== undefined) return installed;
  }
  throw new Error(
    `No Chromium found (looked at CHROMIUM_PATH and ${CHROMIUM_CANDIDATES.join(', ')}). ` +
      'Install one with `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chrome binary.',
  );
}
