import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { startFollowServer, type FollowServer } from '../../server/follow-server.ts';
import { watchProblems, type PageProblems } from './deck-page.ts';

/** The deck build the browser tests' global setup made. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Starts the follow-along server on loopback, serving the tests' build. */
export function startServer(port = 0, token?: string): Promise<FollowServer> {
  return startFollowServer({ root: DIST, host: '127.0.0.1', port, lan: [], token });
}

/** Opens a page of the talk in a browser context of its own, with a phone's or laptop's language. */
export async function openTalkPage(
  browser: Browser,
  url: string,
  { locale = 'en-US', width = 1280, height = 720 } = {},
): Promise<{ page: Page; problems: PageProblems; frames: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = watchProblems(page);
  // Everything the server sends this page over its WebSocket.
  const frames: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => frames.push(String(payload)));
  });
  await page.goto(url);
  await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
  await page.evaluate(() => document.fonts.ready);
  return { page, problems, frames };
}

/** What a page's deck shows: slide, fragment, language. */
export async function shown(page: Page): Promise<{ h: number; f: number; lang: string }> {
  return page.evaluate(() => {
    const indices: { h: number; f?: number } = window.deck?.reveal.getIndices() ?? { h: -1 };
    return { h: indices.h, f: indices.f ?? -1, lang: document.documentElement.lang };
  });
}

/** Waits until a page's deck shows slide `h` with fragment `f`. */
export async function waitForPosition(page: Page, h: number, f: number): Promise<void> {
  await page.waitForFunction(
    ([slide, fragment]) => {
      const indices: { h: number; f?: number } = window.deck?.reveal.getIndices() ?? { h: -1 };
      return indices.h === slide && (indices.f ?? -1) === fragment;
    },
    [h, f] as const,
    { timeout: 10_000 },
  );
}

/** A Socket.IO connection from outside any deck, as an attacker's script would make one. */
export async function rawClient(
  url: string,
  auth: object,
  headers: Record<string, string> = {},
): Promise<Socket> {
  const socket = io(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: headers,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('welcome', () => {
      resolve();
    });
    socket.once('connect_error', reject);
  });
  return socket;
}

/**
 * Closes a talk page as a person closing the tab does, so the page hears itself leave (a
 * closed context alone ends the page without its unload events), then closes its context.
 */
export async function leave(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);
  await page.context().close();
}
