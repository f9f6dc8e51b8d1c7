/**
 * One worker thread of `npm run bench:audience`: `count` simulated viewers (Socket.IO clients),
 * spread over the given servers, each noting when it hears each state. Reports, per revision,
 * how many viewers heard it and when the last one did.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';

/** What the main thread gives each worker. */
export interface ViewersTask {
  readonly urls: readonly string[];
  readonly count: number;
  /** Index of this worker's first viewer, so the viewers spread evenly over the servers. */
  readonly first: number;
}

/** Per revision: [revision, viewers that heard it, time the last one did (ms since epoch)]. */
export type Receipts = [number, number, number][];

const LANGS = ['en', 'zh', 'ja'] as const;
const CONNECT_BATCH = 50;

const task = workerData as ViewersTask;
const heard = new Map<number, { count: number; last: number }>();
const sockets: Socket[] = [];

function viewer(index: number): Promise<void> {
  const socket = io(task.urls[index % task.urls.length] ?? '', {
    auth: { lang: LANGS[index % LANGS.length] ?? 'en' },
    transports: ['websocket'],
    reconnection: false,
  });
  sockets.push(socket);
  socket.on('state', (state: { rev: number }) => {
    const now = performance.timeOrigin + performance.now();
    const entry = heard.get(state.rev) ?? { count: 0, last: 0 };
    entry.count += 1;
    entry.last = Math.max(entry.last, now);
    heard.set(state.rev, entry);
  });
  return new Promise((resolve, reject) => {
    socket.once('welcome', () => {
      resolve();
    });
    socket.once('connect_error', reject);
  });
}

for (let start = 0; start < task.count; start += CONNECT_BATCH) {
  const batch = [];
  for (let i = start; i < Math.min(task.count, start + CONNECT_BATCH); i += 1) {
    batch.push(viewer(task.first + i));
  }
  await Promise.all(batch);
}
parentPort?.postMessage({ type: 'ready' });
parentPort?.on('message', (message: unknown) => {
  if (message !== 'finish') return;
  const receipts: Receipts = [...heard].map(([rev, { count, last }]) => [rev, count, last]);
  for (const socket of sockets) socket.disconnect();
  parentPort?.postMessage({ type: 'receipts', receipts });
  parentPort?.close();
});
