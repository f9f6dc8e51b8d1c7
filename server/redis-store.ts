import { createAdapter } from '@socket.io/redis-adapter';
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import { TalkStateSchema, parse, type TalkState } from '../src/follow/protocol.ts';
import { addPresence, type LocalPresence, type TalkStore } from './talk-store.ts';
import { newToken } from './token.ts';

/** A talk is forgotten a day after its last move. */
const TALK_TTL_SECONDS = 24 * 60 * 60;

/** A process that has not reported for this long has stopped (or was killed). */
const PRESENCE_STALE_MS = 5000;

const KEYS = {
  token: 'deck-follow:token',
  rev: 'deck-follow:rev',
  state: 'deck-follow:state',
  presence: 'deck-follow:presence',
} as const;

/**
 * One move, atomically: the next revision and the state stored with it, so two processes
 * moving at once can never store an older state over a newer one.
 */
const MOVE_SCRIPT = `
local rev = redis.call('INCR', KEYS[1])
redis.call('SET', KEYS[2], rev .. ' ' .. ARGV[1], 'EX', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[3], ARGV[2])
return rev`;

/** A stored state: `<rev> <position JSON>`. */
function readState(value: string | null): TalkState | null {
  if (value === null) return null;
  const space = value.indexOf(' ');
  try {
    const position: unknown = JSON.parse(value.slice(space + 1));
    if (typeof position !== 'object' || position === null) return null;
    return parse(TalkStateSchema, { ...position, rev: Number(value.slice(0, space)) });
  } catch {
    return null;
  }
}

/** One process's entry in the presence hash. */
function readPresence(value: string, now: number): LocalPresence | null {
  try {
    const entry = JSON.parse(value) as LocalPresence & { at: number };
    return now - entry.at < PRESENCE_STALE_MS ? entry : null;
  } catch {
    return null;
  }
}

/**
 * The talk in Redis, shared by every process given the same `REDIS_URL`: the first process
 * makes the token, the others use it; moves, state and presence survive a process restart.
 * Also plugs Socket.IO's Redis adapter into `io`, so a broadcast reaches every process's
 * connections.
 */
export async function redisTalkStore(url: string, io: Server): Promise<TalkStore> {
  const data = createClient({ url });
  const subscriber = data.duplicate();
  let reported = false;
  for (const client of [data, subscriber]) {
    client.on('error', (error: unknown) => {
      if (reported) return;
      reported = true;
      console.error(`[follow] Redis: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  await Promise.all([data.connect(), subscriber.connect()]);
  io.adapter(createAdapter(data, subscriber));
  await data.set(KEYS.token, newToken(), { NX: true, EX: TALK_TTL_SECONDS });
  const token = await data.get(KEYS.token);
  if (token === null) throw new Error('[follow] Redis lost the talk token as it was written.');
  const process = randomUUID();
  return {
    token,
    async read() {
      return readState(await data.get(KEYS.state));
    },
    async move(position) {
      const rev = await data.eval(MOVE_SCRIPT, {
        keys: [KEYS.rev, KEYS.state, KEYS.token],
        arguments: [JSON.stringify(position), String(TALK_TTL_SECONDS)],
      });
      return { ...position, rev: Number(rev) };
    },
    async presence(local) {
      const now = Date.now();
      await data.hSet(KEYS.presence, process, JSON.stringify({ ...local, at: now }));
      const entries = await data.hGetAll(KEYS.presence);
      const live = Object.values(entries).flatMap((value) => readPresence(value, now) ?? []);
      return addPresence(live);
    },
    async close() {
      await data.hDel(KEYS.presence, process).catch(() => undefined);
      await Promise.all([data.quit(), subscriber.quit()]).catch(() => undefined);
    },
  };
}
