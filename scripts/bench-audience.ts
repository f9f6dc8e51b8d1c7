/**
 * `npm run bench:audience`: how the follow-along server keeps up with an audience. For each
 * audience size, N simulated viewers (Socket.IO clients in worker threads) follow a presenter
 * through 200 steps; prints the time from a presenter's step to the last viewer's receipt
 * (median, p95, max), the steps some viewer never got, and the server's memory per viewer.
 * Everything runs on 127.0.0.1 and stops by itself (each run has a deadline).
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { io } from 'socket.io-client';
import type { Receipts, ViewersTask } from './bench-audience-viewers.ts';
import { startRedis, startServerProcess, type ServerProcess } from './follow-processes.ts';

const STEPS = 200;
/** Faster than any presenter clicks, slow enough that one step is measured, not a queue of them. */
const STEP_MS = 200;
/**
 * Viewers per worker thread: on a 2-core machine more threads than cores only add contention
 * with the server (measured: 1000 viewers in 1 thread, p95 120 ms; in 4 threads, 266 ms).
 */
const VIEWERS_PER_WORKER = 1500;
const RUN_DEADLINE_MS = 180_000;
const VIEWERS_MODULE = new URL('./bench-audience-viewers.ts', import.meta.url).href;

/** One line of the table. */
interface Run {
  readonly viewers: number;
  readonly processes: number;
  readonly redis: boolean;
}

const RUNS: readonly Run[] = [
  { viewers: 100, processes: 1, redis: false },
  { viewers: 1000, processes: 1, redis: false },
  { viewers: 3000, processes: 1, redis: false },
  { viewers: 1000, processes: 2, redis: true },
];

/** The value at quantile `q` of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/** Rejects after `ms`, so no run waits forever. */
function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => {
      clearTimeout(timer);
    }),
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${what}: no result within ${ms} ms`));
      }, ms);
    }),
  ]);
}

/** Starts the viewers' workers; resolves once every viewer is connected. */
async function startViewers(urls: string[], viewers: number): Promise<Worker[]> {
  const workers: Worker[] = [];
  const ready: Promise<void>[] = [];
  for (let first = 0; first < viewers; first += VIEWERS_PER_WORKER) {
    const task: ViewersTask = { urls, count: Math.min(VIEWERS_PER_WORKER, viewers - first), first };
    // Node 20 checks a worker file's extension before any loader hook runs: the worker starts
    // as a small script that registers tsx's loader, then imports the TypeScript viewers.
    const worker = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(VIEWERS_MODULE)}); })`,
      { eval: true, workerData: task },
    );
    workers.push(worker);
    ready.push(
      new Promise((resolve, reject) => {
        worker.once('message', () => {
          resolve();
        });
        worker.once('error', reject);
      }),
    );
  }
  await Promise.all(ready);
  return workers;
}

/** Asks each worker for what its viewers heard. */
function collect(workers: Worker[]): Promise<Receipts[]> {
  return Promise.all(
    workers.map(
      (worker) =>
        new Promise<Receipts>((resolve, reject) => {
          worker.on('message', (message: { type: string; receipts?: Receipts }) => {
            if (message.type === 'receipts') resolve(message.receipts ?? []);
          });
          worker.once('error', reject);
          worker.postMessage('finish');
        }),
    ),
  );
}

const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(run: Run) {
  const redis = run.redis ? await startRedis() : null;
  const servers: ServerProcess[] = [];
  let workers: Worker[] = [];
  try {
    for (let i = 0; i < run.processes; i += 1)
      servers.push(await startServerProcess(0, redis?.url));
    const [presenterServer] = servers;
    if (presenterServer === undefined) throw new Error('No server.');
    await sleep(500);
    const before = servers.reduce((sum, server) => sum + server.rss(), 0);
    workers = await startViewers(
      servers.map((server) => server.url),
      run.viewers,
    );
    await sleep(1000);
    const after = servers.reduce((sum, server) => sum + server.rss(), 0);

    const presenter = io(presenterServer.url, {
      auth: { token: presenterServer.token },
      transports: ['websocket'],
      reconnection: false,
    });
    const startRev = await new Promise<number>((resolve) => {
      presenter.once('welcome', (welcome: { state: { rev: number } | null }) => {
        resolve(welcome.state?.rev ?? 0);
      });
    });
    const lastRev = startRev + STEPS;
    const heardLast = new Promise<void>((resolve) => {
      presenter.on('state', (state: { rev: number }) => {
        if (state.rev >= lastRev) resolve();
      });
    });
    const cpuBefore = servers.reduce((sum, server) => sum + server.cpuMs(), 0);
    const sentAt: number[] = [];
    for (let step = 0; step < STEPS; step += 1) {
      sentAt.push(now());
      presenter.emit('go', { h: step % 40, v: 0, f: -1, overview: false, paused: false });
      await sleep(STEP_MS);
    }
    await deadline(heardLast, 30_000, 'the presenter hearing its last step');
    const cpuPerStep =
      (servers.reduce((sum, server) => sum + server.cpuMs(), 0) - cpuBefore) / STEPS;
    // Late receipts still count: give every viewer time to hear the last step.
    await sleep(2000);
    const receipts = (await collect(workers)).flat();
    presenter.disconnect();

    const latencies: number[] = [];
    let lost = 0;
    for (let step = 0; step < STEPS; step += 1) {
      const rev = startRev + step + 1;
      const entries = receipts.filter(([r]) => r === rev);
      const count = entries.reduce((sum, [, n]) => sum + n, 0);
      if (count < run.viewers) {
        lost += 1;
        continue;
      }
      const last = Math.max(...entries.map(([, , time]) => time));
      latencies.push(last - (sentAt[step] ?? 0));
    }
    latencies.sort((a, b) => a - b);
    return {
      median: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      max: latencies.at(-1) ?? Number.NaN,
      lost,
      perViewer: (after - before) / run.viewers,
      cpuPerStep,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.stop();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
console.info(
  `Follow-along: ${STEPS} presenter steps, one every ${STEP_MS} ms; latency = step sent → last viewer's receipt.\n`,
);
console.info(
  '| viewers | processes | median | p95 | max | steps lost | server memory per viewer | server CPU per step |',
);
console.info('| ---: | :--- | ---: | ---: | ---: | ---: | ---: | ---: |');
let failed = false;
for (const run of RUNS) {
  const label = run.redis ? `${run.processes} + Redis` : String(run.processes);
  try {
    const result = await deadline(measure(run), RUN_DEADLINE_MS, `${run.viewers} viewers`);
    console.info(
      `| ${run.viewers} | ${label} | ${ms(result.median)} | ${ms(result.p95)} | ${ms(result.max)} | ${result.lost} | ${(result.perViewer / 1024).toFixed(1)} kB | ${ms(result.cpuPerStep)} |`,
    );
    if (run.viewers === 1000 && (result.p95 > 100 || result.lost > 0)) failed = true;
  } catch (error) {
    failed = true;
    console.info(
      `| ${run.viewers} | ${label} | failed: ${error instanceof Error ? error.message : String(error)} ||||||`,
    );
  }
}
console.info('\nBudget with 1000 viewers: p95 ≤ 100 ms and no step lost.');
console.info(
  `Viewers and server share this machine's ${availableParallelism()} cores (load average now ${loadavg()[0]?.toFixed(1) ?? '?'}): latency includes the viewers' own work and whatever else runs.`,
);
process.exit(failed ? 1 : 0);
