import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowServer } from '../../server/follow-server.ts';
import { newToken } from '../../server/token.ts';
import { SLIDES } from '../../slides/index.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { textContrast } from './contrast.ts';
import {
  helpOverlayText,
  openDeck,
  screenshot,
  useBrowser,
  type PageProblems,
} from './deck-page.ts';
import {
  leave,
  openTalkPage,
  rawClient,
  shown,
  startServer,
  waitForPosition,
} from './follow-page.ts';

const getBrowser = useBrowser();
const token = newToken();
let server: FollowServer;
let presenter: Page;
let presenterProblems: PageProblems;
const viewers: { page: Page; problems: PageProblems; frames: string[]; lang: string }[] = [];

/** The viewers' phones, each with its own system language. */
const PHONES = [
  { locale: 'en-GB', lang: 'en' },
  { locale: 'zh-CN', lang: 'zh-Hans' },
  { locale: 'ja-JP', lang: 'ja' },
] as const;

/** Presses → on the presenter's deck and checks that every viewer follows. */
async function stepAndFollow(): Promise<{ h: number; f: number }> {
  await presenter.keyboard.press('ArrowRight');
  const { h, f } = await shown(presenter);
  for (const viewer of viewers) await waitForPosition(viewer.page, h, f);
  return { h, f };
}

beforeAll(async () => {
  server = await startServer(0, token);
  ({ page: presenter, problems: presenterProblems } = await openTalkPage(
    getBrowser(),
    `http://127.0.0.1:${server.port}/?present=${token}`,
  ));
  for (const phone of PHONES) {
    const { page, problems, frames } = await openTalkPage(getBrowser(), server.audienceUrl, {
      locale: phone.locale,
      width: 844,
      height: 390,
    });
    viewers.push({ page, problems, frames, lang: phone.lang });
  }
  for (const viewer of viewers) {
    await viewer.page.locator('.follow-status[data-follow="live"]').waitFor();
  }
});

afterAll(async () => {
  await server.close();
});

describe('the deck served as static files', () => {
  it('loads no follow-along code and asks no server for a talk', async () => {
    const { page, problems } = await openDeck(getBrowser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.waitForFunction(() => window.deck?.reveal.isReady() === true);
    await page.keyboard.press('q');
    expect(requests.filter((url) => /socket\.io|follow-client/.test(url))).toEqual([]);
    expect(await page.locator('.follow-status, .follow-qr').count()).toBe(0);
    expect(problems.errors).toEqual([]);
  });
});

describe('following the talk on phones', () => {
  it('takes the token out of the presenter’s address bar', () => {
    expect(presenter.url()).not.toContain(token);
  });

  it('shows every viewer the presenter’s slide and fragment, each in the phone’s language', async () => {
    let fragmentsSeen = 0;
    for (let step = 0; step < 80; step += 1) {
      const { h, f } = await stepAndFollow();
      if (f >= 0) fragmentsSeen += 1;
      if (h >= 10) break;
    }
    expect((await shown(presenter)).h).toBe(10);
    expect(fragmentsSeen).toBeGreaterThan(0);
    for (const viewer of viewers) {
      expect(await shown(viewer.page)).toMatchObject({
        ...(await shown(presenter)),
        lang: viewer.lang,
      });
    }
    // Same slide, three scripts: the headings differ from one phone to the next.
    const headings = await Promise.all(
      viewers.map((viewer) =>
        viewer.page.evaluate(
          () => window.deck?.reveal.getCurrentSlide().querySelector('h1, h2')?.textContent,
        ),
      ),
    );
    expect(new Set(headings).size).toBe(3);
    // Screenshots with the slide's first point shown.
    await stepAndFollow();
    for (const [index, viewer] of viewers.entries()) {
      await screenshot(viewer.page, `follow/viewer-${PHONES[index]?.lang ?? index}`);
    }
    await screenshot(presenter, 'follow/presenter');
    for (const { problems } of [...viewers, { problems: presenterProblems }]) {
      expect(problems.errors).toEqual([]);
    }
  });

  it('shows the viewers the overview and the black screen with the presenter', async () => {
    const viewerState = (page: Page) =>
      page.evaluate(() => ({
        overview: window.deck?.reveal.isOverview(),
        paused: window.deck?.reveal.isPaused(),
      }));
    for (const [key, state] of [
      ['b', { overview: false, paused: true }],
      ['b', { overview: false, paused: false }],
      ['o', { overview: true, paused: false }],
      ['o', { overview: false, paused: false }],
    ] as const) {
      await presenter.keyboard.press(key);
      for (const { page } of viewers) await expect.poll(() => viewerState(page)).toEqual(state);
    }
  });

  it('lets a late viewer join on the current slide', async () => {
    const now = await shown(presenter);
    const late = await openTalkPage(getBrowser(), server.audienceUrl, { locale: 'ja-JP' });
    await waitForPosition(late.page, now.h, now.f);
    await leave(late.page);
  });

  it('lets a viewer look back and return with one button', async () => {
    const viewer = viewers[0]?.page;
    if (viewer === undefined) throw new Error('no viewer');
    const now = await shown(presenter);
    await viewer.keyboard.press('ArrowLeft');
    await viewer.keyboard.press('ArrowLeft');
    const live = viewer.locator('.follow-live');
    await live.waitFor({ state: 'visible' });
    expect((await shown(viewer)).h).toBeLessThan(now.h);
    // The talk goes on without this viewer...
    const next = await (async () => {
      await presenter.keyboard.press('ArrowRight');
      return shown(presenter);
    })();
    for (const other of viewers.slice(1)) await waitForPosition(other.page, next.h, next.f);
    expect((await shown(viewer)).h).toBeLessThan(now.h);
    // ...and one tap brings them back to it.
    await live.click();
    await waitForPosition(viewer, next.h, next.f);
    await expect.poll(() => live.isVisible()).toBe(false);
  });

  it('shows the audience link as a QR code on Q, without the token', async () => {
    await presenter.keyboard.press('q');
    const overlay = presenter.locator('.follow-qr');
    await overlay.waitFor({ state: 'visible' });
    expect(await overlay.textContent()).toContain(server.audienceUrl);
    expect(await overlay.textContent()).not.toContain(token);
    await presenter.waitForFunction(
      () => (document.querySelector<HTMLImageElement>('.follow-qr-code')?.naturalWidth ?? 0) > 0,
    );
    await screenshot(presenter, 'follow/presenter-qr');
    await presenter.keyboard.press('q');
    await overlay.waitFor({ state: 'hidden' });
  });

  it('lists Q in the help overlay, in the slide language', async () => {
    await presenter.evaluate(() => window.deck?.language.set({ audience: 'ja' }));
    expect(await helpOverlayText(presenter)).toContain(RESOURCES.ja.deck.follow.key);
    await presenter.keyboard.press('Escape');
    await presenter.evaluate(() => window.deck?.language.set({ audience: 'en' }));
    expect(await helpOverlayText(presenter)).toContain(RESOURCES.en.deck.follow.key);
    await presenter.keyboard.press('Escape');
  });

  it('shows the speaker view how many people follow, per language', async () => {
    const [speaker] = await Promise.all([
      presenter.context().waitForEvent('page'),
      presenter.keyboard.press('s'),
    ]);
    const count = speaker.locator('.speaker-followers');
    await count.waitFor({ state: 'visible' });
    // Phones that left earlier in this file said goodbye on their WebSocket: none is still
    // counted while the server waits for a missed ping (up to 15 s).
    await expect
      .poll(() => count.textContent(), { timeout: 3_000 })
      .toBe('Following: 3 · English 1 · 中文 1 · 日本語 1');
    await screenshot(speaker, 'follow/speaker-view');
    await speaker.close();
  });

  it('turns the presenter link into a remote on a phone, and both presenter devices drive', async () => {
    const remote = await openTalkPage(
      getBrowser(),
      `http://127.0.0.1:${server.port}/?present=${token}`,
      { width: 390, height: 844 },
    );
    const panel = remote.page.locator('.follow-remote');
    await panel.waitFor({ state: 'visible' });
    const start = await shown(presenter);
    await expect.poll(() => shown(remote.page)).toMatchObject({ h: start.h, f: start.f });
    await expect
      .poll(() => remote.page.textContent('.follow-remote-followers'), { timeout: 20_000 })
      .toContain('Following: 3');
    // Notes of the slide on screen, not an empty box.
    const notes = await remote.page.textContent('.follow-remote-notes');
    expect(notes?.length ?? 0).toBeGreaterThan(20);
    await screenshot(remote.page, 'follow/remote');

    await remote.page.click('.follow-remote-next');
    const moved = await shown(remote.page);
    expect(moved).not.toEqual(start);
    await waitForPosition(presenter, moved.h, moved.f);
    for (const viewer of viewers) await waitForPosition(viewer.page, moved.h, moved.f);
    // And the laptop drives the remote.
    const next = await stepAndFollow();
    await waitForPosition(remote.page, next.h, next.f);
    expect(await remote.page.textContent('.follow-remote-notes')).not.toBe(notes);
    expect(remote.problems.errors).toEqual([]);
    await leave(remote.page);
  });

  // The remote showed every paragraph of the notes alike, where the speaker view dims those
  // whose point the hall does not see yet.
  it('dims the remote’s notes the speaker has not reached, and lights them as the points come', async () => {
    const remote = await openTalkPage(
      getBrowser(),
      `http://127.0.0.1:${server.port}/?present=${token}`,
      { width: 390, height: 844 },
    );
    await remote.page.locator('.follow-remote').waitFor({ state: 'visible' });
    // The agreement (point 0) comes with the slide, what the trainees came back with later.
    const h = SLIDES.findIndex((slide) => slide.id === 'stage-1-training-in-japan');
    await presenter.evaluate((index) => window.deck?.reveal.slide(index, 0, -1), h);
    await waitForPosition(remote.page, h, -1);
    /** Each notes paragraph: whether it is dimmed, its contrast with the remote's ground. */
    const paragraphs = () =>
      remote.page.$$eval('.follow-remote-notes p', (list) =>
        list.map((paragraph) => ({
          dimmed: paragraph.classList.contains('follow-remote-notes-ahead'),
          colour: getComputedStyle(paragraph).color,
          ground: getComputedStyle(paragraph.closest('.follow-remote') ?? paragraph)
            .backgroundColor,
        })),
      );
    await expect.poll(async () => (await paragraphs()).map((p) => p.dimmed)).toEqual([false, true]);
    const [reached, ahead] = await paragraphs();
    expect(textContrast(ahead)).toBeGreaterThanOrEqual(4.5);
    expect(textContrast(ahead)).toBeLessThan(textContrast(reached) / 2);
    await screenshot(remote.page, 'follow/remote-notes-ahead');
    // The laptop shows the next point: the remote lights its paragraph.
    await stepAndFollow();
    await waitForPosition(remote.page, h, 0);
    await expect
      .poll(async () => (await paragraphs()).map((p) => p.dimmed))
      .toEqual([false, false]);
    expect(remote.problems.errors).toEqual([]);
    await leave(remote.page);
  });

  it('ignores a viewer’s forged control message and a wrong token', async () => {
    const before = await server.talk();
    const dropped = server.stats.dropped;
    const viewer = await rawClient(server.audienceUrl, { lang: 'en' });
    viewer.emit('go', { h: 0, v: 0, f: -1, overview: false, paused: false });
    const impostor = await rawClient(server.audienceUrl, { token: 'not-the-token' });
    impostor.emit('go', { h: 1, v: 0, f: -1, overview: false, paused: false });
    await expect.poll(() => server.stats.dropped).toBe(dropped + 2);
    expect(server.stats.wrongTokens).toBeGreaterThan(0);
    expect(await server.talk()).toEqual(before);
    for (const { page } of viewers) {
      expect((await shown(page)).h).toBe(before?.h);
    }
    viewer.disconnect();
    impostor.disconnect();
  });

  it('refuses other origins, oversized messages and floods', async () => {
    await expect(
      rawClient(server.audienceUrl, { lang: 'en' }, { origin: 'http://evil.example' }),
    ).rejects.toThrow();
    const big = await rawClient(server.audienceUrl, { lang: 'en' });
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    big.emit('lang', 'x'.repeat(4096));
    await closed;
    const flooder = await rawClient(server.audienceUrl, { lang: 'en' });
    const dropped = server.stats.dropped;
    for (let i = 0; i < 40; i += 1) flooder.emit('lang', i % 2 === 0 ? 'ja' : 'zh');
    // A burst of 10 passes; the rest is over the viewer's rate.
    await expect.poll(() => server.stats.dropped - dropped).toBeGreaterThanOrEqual(25);
    flooder.disconnect();
  });

  it('never sends the presenter token to a viewer', () => {
    expect(viewers.flatMap(({ frames }) => frames).length).toBeGreaterThan(10);
    for (const { frames } of viewers) {
      expect(frames.filter((frame) => frame.includes(token))).toEqual([]);
    }
  });

  it('pauses the viewers when the presenter leaves, and follows again when they return', async () => {
    const at = await shown(presenter);
    await leave(presenter);
    for (const { page } of viewers) {
      await page.locator('.follow-status[data-follow="paused"]').waitFor();
      expect(await shown(page)).toMatchObject({ h: at.h, f: at.f });
    }
    await screenshot(viewers[1]?.page ?? presenter, 'follow/viewer-paused');
    ({ page: presenter, problems: presenterProblems } = await openTalkPage(
      getBrowser(),
      `http://127.0.0.1:${server.port}/?present=${token}`,
    ));
    // The returning presenter's deck takes up the talk where it was.
    await waitForPosition(presenter, at.h, at.f);
    const { h, f } = await stepAndFollow();
    for (const { page } of viewers) {
      await page.locator('.follow-status[data-follow="live"]').waitFor();
      expect(await shown(page)).toMatchObject({ h, f });
    }
  });

  it('pauses the viewers while the server is away and resumes the talk when it returns', async () => {
    const port = server.port;
    const at = await shown(presenter);
    await server.close();
    for (const { page } of viewers) {
      await page.locator('.follow-status:not([data-follow="live"])').waitFor();
      expect((await shown(page)).h).toBe(at.h);
    }
    server = await startServer(port, token);
    // The restarted server knows nothing; the presenter's deck gives it the talk back.
    await expect.poll(() => server.talk().then((talk) => talk?.h), { timeout: 15_000 }).toBe(at.h);
    const { h, f } = await stepAndFollow();
    expect(h).toBeGreaterThanOrEqual(at.h);
    for (const { page } of viewers) {
      await page.locator('.follow-status[data-follow="live"]').waitFor();
      expect((await shown(page)).f).toBe(f);
    }
  });
});
