import { launch, type Browser } from 'puppeteer-core';
import { ensureProgram, type NeededProgram } from './debian-package.ts';

/** Debian's Firefox ESR, for the checks that Firefox renders differently from Chromium. */
export const FIREFOX: NeededProgram = {
  name: 'Firefox',
  debianPackage: 'firefox-esr',
  envVariable: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/**
 * Starts Firefox headless over WebDriver BiDi (puppeteer-core, which never downloads a
 * browser), installing Debian's firefox-esr first when the machine has none.
 */
export async function launchFirefox(): Promise<Browser> {
  return launch({
    browser: 'firefox',
    executablePath: ensureProgram(FIREFOX),
    headless: true,
    extraPrefsFirefox: {
      // Reduced motion, as the Chromium tests run: charts are drawn at once, not animated.
      'ui.prefersReducedMotion': 1,
      // Loopback only: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.region.network.url': '',
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
}
