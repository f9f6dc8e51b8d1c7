import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startRedis,
  startServerProcess,
  type ServerProcess,
  type Started,
} from '../../scripts/follow-processes.ts';
import type { Audience, Position, TalkState } from '../../src/follow/protocol.ts';

let redis: Started & { url: string };
let presenterSide: ServerProcess;
let viewerSide: ServerProcess;
const sockets: Socket[] = [];

/** A client that keeps the last state it heard. */
function client(url: string, auth: object): { socket: Socket; last: () => TalkState | null } {
  let last: TalkState | null = null;
  const socket = io(url, { auth, transports: ['websocket'], reconnectionDelayMax: 500 });
  const hear = (state: TalkState | null) => {
    if (state !== null) last = state;
  };
  socket.on('welcome', (welcome: { state: TalkState | null }) => {
    hear(welcome.state);
  });
  socket.on('state', hear);
  sockets.push(socket);
  return { socket, last: () => last };
}

/** The presenter's step to slide `h`. */
const at = (h: number): Position => ({ h, v: 0, f: -1, overview: false, paused: false });

beforeAll(async () => {
  redis = await startRedis();
  [presenterSide, viewerSide] = await Promise.all([
    startServerProcess(0, redis.url),
    startServerProcess(0, redis.url),
  ]);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  // Whatever beforeAll got to start, even if it failed half-way (hence the optional calls).
  const started: (Started | undefined)[] = [presenterSide, viewerSide];
  for (const process of started) await process?.stop();
  await (redis as Started | undefined)?.stop();
});

describe('one talk served by two processes through Redis', () => {
  it('shares one presenter token', () => {
    expect(viewerSide.token).toBe(presenterSide.token);
  });

  it('keeps viewers on one process with a presenter on the other, through a restart', async () => {
    const presenter = client(presenterSide.url, { token: presenterSide.token });
    const audience: Audience[] = [];
    presenter.socket.on('audience', (counts: Audience) => audience.push(counts));
    const viewers = (['en', 'zh', 'ja'] as const).map((lang) => client(viewerSide.url, { lang }));
    await expect
      .poll(() => presenter.socket.connected && viewers.every((v) => v.socket.connected))
      .toBe(true);
    // The presenter's process counts the other process's viewers.
    await expect.poll(() => audience.at(-1), { timeout: 5000 }).toEqual({ en: 1, zh: 1, ja: 1 });

    for (let h = 1; h <= 5; h += 1) presenter.socket.emit('go', at(h));
    for (const viewer of viewers) await expect.poll(() => viewer.last()?.h).toBe(5);

    // The viewers' process dies mid-talk; the talk goes on without it.
    await viewerSide.kill();
    for (let h = 6; h <= 8; h += 1) presenter.socket.emit('go', at(h));
    await expect.poll(() => presenter.last()?.h).toBe(8);
    viewerSide = await startServerProcess(viewerSide.port, redis.url);
    for (const viewer of viewers) {
      await expect.poll(() => viewer.last()?.h, { timeout: 10_000 }).toBe(8);
    }

    // Then the presenter's process dies; its deck reconnects and carries on where it was.
    await presenterSide.kill();
    presenterSide = await startServerProcess(presenterSide.port, redis.url);
    await expect.poll(() => presenter.socket.connected, { timeout: 10_000 }).toBe(true);
    expect(presenter.last()?.h).toBe(8);
    presenter.socket.emit('go', at(9));
    for (const viewer of viewers) {
      await expect.poll(() => viewer.last()?.h, { timeout: 10_000 }).toBe(9);
    }
  });

  it('refuses a move from a viewer on either process', async () => {
    const before = presenterSide.url;
    const viewer = client(before, { lang: 'en' });
    await expect.poll(() => viewer.socket.connected).toBe(true);
    const last = viewer.last()?.rev;
    viewer.socket.emit('go', at(0));
    const watcher = client(viewerSide.url, { lang: 'ja' });
    await expect.poll(() => watcher.last()?.rev).toBe(last);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.last()?.h).toBe(9);
  });
});
