import {
  NO_AUDIENCE,
  type Audience,
  type Position,
  type TalkState,
} from '../src/follow/protocol.ts';
import { newToken } from './token.ts';

/** What one server process has connected now. */
export interface LocalPresence {
  readonly presenters: number;
  readonly audience: Audience;
}

/**
 * Where the talk lives: its presenter token, its current state and who is connected. One
 * process keeps it in memory; several share it through Redis (`redis-store.ts`).
 */
export interface TalkStore {
  /** The presenter token of this talk. */
  readonly token: string;
  /** The talk's state, or null before the presenter's first move. */
  read(): Promise<TalkState | null>;
  /** Records a move and returns the new state (its revision one higher). */
  move(position: Position): Promise<TalkState>;
  /** Records what this process has connected; returns the totals over every process. */
  presence(local: LocalPresence): Promise<LocalPresence>;
  /** Lets go of what the store holds open. */
  close(): Promise<void>;
}

/** The talk in this process's memory: a restart starts a new talk with a new token. */
export function memoryTalkStore(token = newToken()): TalkStore {
  let state: TalkState | null = null;
  return {
    token,
    read() {
      return Promise.resolve(state);
    },
    move(position) {
      state = { ...position, rev: (state?.rev ?? 0) + 1 };
      return Promise.resolve(state);
    },
    presence(local) {
      return Promise.resolve(local);
    },
    close() {
      return Promise.resolve();
    },
  };
}

/** Adds up several processes' presence. */
export function addPresence(parts: readonly LocalPresence[]): LocalPresence {
  return parts.reduce<LocalPresence>(
    (sum, part) => ({
      presenters: sum.presenters + part.presenters,
      audience: {
        en: sum.audience.en + part.audience.en,
        zh: sum.audience.zh + part.audience.zh,
        ja: sum.audience.ja + part.audience.ja,
      },
    }),
    { presenters: 0, audience: NO_AUDIENCE },
  );
}
