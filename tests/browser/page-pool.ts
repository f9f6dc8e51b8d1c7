import type { Browser, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';

/** Events a test may have listened to on its page; the next test starts without them. */
const TEST_EVENTS = [
  'console',
  'pageerror',
  'dialog',
  'popup',
  'request',
  'response',
  'requestfailed',
  'requestfinished',
  'websocket',
  'framenavigated',
  'load',
  'domcontentloaded',
] as const;

/** A page a finished test gave back, for the next test of the same file. */
let idle: Page | undefined;

/**
 * Gives the page back when the test is over: its other pages (a speaker window) closed, the
 * deck's storage and cookies cleared, the test's listeners removed, and the page on a blank
 * document. A page the test closed is dropped; a second page given back is closed.
 */
async function giveBack(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const context = page.context();
  await Promise.all(
    context
      .pages()
      .filter((other) => other !== page)
      .map((other) => other.close()),
  );
  await page
    .evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    })
    .catch(() => undefined);
  await context.clearCookies();
  await page.emulateMedia({
    media: null,
    colorScheme: null,
    reducedMotion: null,
    forcedColors: null,
  });
  for (const event of TEST_EVENTS) page.removeAllListeners(event);
  await page.goto('about:blank');
  if (idle === undefined) idle = page;
  else await page.close();
}

/**
 * A page for one test: the page an earlier test of this file gave back, or a new one. A new
 * page starts a renderer process, which costs about half a second on a quiet 2-core machine
 * and two seconds on a busy one; loading the deck into a page that has one does not. Outside
 * a test (in `beforeAll`) the page is always new and is never given back.
 */
export async function pageForTest(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<Page> {
  let page: Page;
  if (idle === undefined || idle.isClosed()) {
    page = await browser.newPage({ viewport });
  } else {
    page = idle;
    idle = undefined;
    await page.setViewportSize(viewport);
  }
  try {
    onTestFinished(() => giveBack(page));
  } catch {
    // Not in a test: the caller keeps the page for the file.
  }
  return page;
}
