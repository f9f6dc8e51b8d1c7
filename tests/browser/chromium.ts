/** The Chromium lookup lives in scripts/lib/chromium.ts; this path stays for the tests' imports. */
export {
  CHROMIUM,
  CHROMIUM_ARGS,
  CHROMIUM_CANDIDATES,
  findChromium,
} from '../../scripts/lib/chromium.ts';
