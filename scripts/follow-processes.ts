/**
 * Processes for the follow-along tests and benchmark: a throwaway `redis-server` and
 * `npm run present` server processes, all on loopback, each stopped by whoever started it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ensureProgram, type NeededProgram } from './lib/debian-program.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Debian's `redis-server`, for the Redis test and the two-process benchmark. */
const REDIS_SERVER: NeededProgram = {
  name: 'redis-server',
  debianPackage: 'redis-server',
  envVariable: 'REDIS_SERVER_PATH',
  candidates: ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
};

/** The `redis-server` binary, installed as Chromium is when missing (scripts/lib/debian-program.ts). */
export function findRedisServer(): string {
  return ensureProgram(REDIS_SERVER);
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (address === null || typeof address === 'string') throw new Error('No port.');
  return address.port;
}

/** Resolves when `child`'s output contains `text`; rejects if it exits first or takes too long. */
function waitForOutput(child: ChildProcess, text: string, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`Timed out waiting for "${text}". Output so far:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Exited (${String(code)}) before "${text}":\n${output}`));
    });
  });
}

/** A process this module started. */
export interface Started {
  readonly pid: number;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

function handle(child: ChildProcess): Started {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
  return {
    pid: child.pid ?? -1,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A `redis-server` on a free loopback port, without persistence: `url` is its REDIS_URL. */
export async function startRedis(): Promise<Started & { url: string }> {
  const binary = findRedisServer();
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForOutput(child, 'Ready to accept connections');
  return { ...handle(child), url: `redis://127.0.0.1:${port}` };
}

/** A follow-along server process, as `npm run present` starts it (without the build). */
export interface ServerProcess extends Started {
  readonly port: number;
  readonly url: string;
  /** The talk's presenter token, read from the presenter link it printed. */
  readonly token: string;
  /** Its resident memory now, in bytes (Linux). */
  rss(): number;
  /** The processor time it has used so far, user and system, in milliseconds (Linux). */
  cpuMs(): number;
}

/** Starts `server/main.ts` on `port` (a free one if 0), with Redis when `redisUrl` is given. */
export async function startServerProcess(port = 0, redisUrl?: string): Promise<ServerProcess> {
  const chosen = port === 0 ? await freePort() : port;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(chosen), REDIS_URL: redisUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = await waitForOutput(child, 'Ctrl+C stops the server');
  const token = /\?present=([\w-]+)/.exec(output)?.[1];
  if (token === undefined) throw new Error(`No presenter link in:\n${output}`);
  const pid = child.pid ?? -1;
  return {
    ...handle(child),
    port: chosen,
    url: `http://127.0.0.1:${chosen}`,
    token,
    rss() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    cpuMs() {
      // Fields 14 and 15 of /proc/PID/stat, after the parenthesised command name; in clock
      // ticks, 100 a second on Linux.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
    },
  };
}
