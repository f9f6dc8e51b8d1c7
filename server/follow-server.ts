import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type { Locale } from '../src/i18n/languages.ts';
import {
  AuthSchema,
  FOLLOW_EVENTS,
  LocaleSchema,
  NO_AUDIENCE,
  PositionSchema,
  parse,
  type Audience,
  type Role,
  type TalkState,
  type Welcome,
} from '../src/follow/protocol.ts';
import { PRESENT_PARAM } from '../src/follow/marker.ts';
import { followPage } from './follow-page.ts';
import { allowedHosts, requestAllowed } from './origin.ts';
import { rateLimit } from './rate-limit.ts';
import { redisTalkStore } from './redis-store.ts';
import { staticFiles } from './static-files.ts';
import { tokenMatches as tokenCheck } from './token.ts';
import { memoryTalkStore, type LocalPresence, type TalkStore } from './talk-store.ts';

/** Largest Socket.IO message accepted, in bytes: the protocol's messages are under 200. */
export const MAX_MESSAGE_BYTES = 1024;

/** Per-connection rates: a presenter clicking fast, a viewer changing language now and then. */
const RATES: Readonly<Record<Role, { perSecond: number; burst: number }>> = {
  presenter: { perSecond: 50, burst: 100 },
  viewer: { perSecond: 5, burst: 10 },
};

/** A connection that keeps sending what is dropped is closed after this many. */
const MAX_DROPPED_PER_CONNECTION = 50;

/** How often presence is re-read: other processes' viewers come and go too. */
const PRESENCE_MS = 1000;

/** How the follow-along server is started. */
export interface FollowServerOptions {
  /** The deck build to serve (dist/). */
  readonly root: string;
  /** The interface to listen on: 127.0.0.1, or 0.0.0.0 for `--lan`. */
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  /** The machine's LAN addresses, accepted as `Host` and used in the audience link. */
  readonly lan: readonly string[];
  /** Several processes share one talk through Redis when set. */
  readonly redisUrl?: string | undefined;
  /** The presenter token of an in-memory talk (a test restarting "the same" talk); new if unset. */
  readonly token?: string | undefined;
}

/** What the server has accepted and dropped. */
export interface FollowStats {
  accepted: number;
  dropped: number;
  /** Connections that offered a presenter token that was not this talk's. */
  wrongTokens: number;
}

/** A running follow-along server. */
export interface FollowServer {
  readonly port: number;
  /** The link the audience opens (no token). */
  readonly audienceUrl: string;
  /** The presenter's link on this machine. */
  readonly presenterUrl: string;
  /** The presenter's link for a phone on the LAN (with `--lan`). */
  readonly lanPresenterUrl: string | null;
  readonly stats: Readonly<FollowStats>;
  /** Where the talk is now, as a viewer joining would be told. */
  talk(): Promise<TalkState | null>;
  /** Disconnects everyone and stops listening. */
  close(): Promise<void>;
}

/**
 * Serves `root` and the talk: the presenter's deck (holding the token) moves it, every other
 * connection follows. Every incoming message is rate-limited and checked against the
 * protocol's schemas; anything else is dropped and counted.
 */
export async function startFollowServer(options: FollowServerOptions): Promise<FollowServer> {
  const stats: FollowStats = { accepted: 0, dropped: 0, wrongTokens: 0 };
  let hosts: ReadonlySet<string> = new Set();
  let audienceUrl = '';
  const files = await staticFiles(options.root, (html, host) =>
    followPage(html, { audience: audienceUrl }, host),
  );
  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!requestAllowed(request.headers, hosts)) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Misdirected request');
      return;
    }
    void files.handle(request, response);
  });
  const io = new Server(http, {
    serveClient: false,
    // A phone that vanishes without a goodbye (closed mid-upgrade, out of Wi-Fi) leaves the
    // presenter's count within 15 s rather than Socket.IO's default 45 s.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (request, callback) => {
      callback(null, requestAllowed(request.headers, hosts));
    },
  });
  const store: TalkStore =
    options.redisUrl === undefined
      ? memoryTalkStore(options.token)
      : await redisTalkStore(options.redisUrl, io);

  const local = { presenters: 0, audience: { ...NO_AUDIENCE } as Record<Locale, number> };
  let shown: LocalPresence | null = null;
  let presenceQueued = false;
  const refreshPresence = async (): Promise<void> => {
    const totals = await store.presence({
      presenters: local.presenters,
      audience: { ...local.audience },
    });
    if (shown?.presenters !== totals.presenters) {
      io.local.emit(FOLLOW_EVENTS.presence, { presenters: totals.presenters });
    }
    if (shown === null || !sameAudience(shown.audience, totals.audience)) {
      io.local.to('presenters').emit(FOLLOW_EVENTS.audience, totals.audience);
    }
    shown = totals;
  };
  const presenceSoon = (): void => {
    if (presenceQueued) return;
    presenceQueued = true;
    setTimeout(() => {
      presenceQueued = false;
      refreshPresence().catch(reportError);
    }, 100);
  };
  const presenceTimer = setInterval(presenceSoon, PRESENCE_MS);

  // One move at a time in this process, so revisions go out in the order they were made.
  let moves: Promise<void> = Promise.resolve();

  io.on('connection', (socket: Socket) => {
    const auth = parse(AuthSchema, socket.handshake.auth);
    if (auth === null) stats.dropped += 1;
    const offered = auth?.token;
    const role: Role =
      offered !== undefined && tokenCheck(store.token, offered) ? 'presenter' : 'viewer';
    if (offered !== undefined && role === 'viewer') stats.wrongTokens += 1;
    let lang: Locale = auth?.lang ?? 'en';
    const limit = rateLimit(RATES[role].perSecond, RATES[role].burst);
    let droppedHere = 0;
    const drop = (): void => {
      stats.dropped += 1;
      droppedHere += 1;
      if (droppedHere > MAX_DROPPED_PER_CONNECTION) socket.disconnect(true);
    };

    socket.use(([event, ...args], next) => {
      const allowed = role === 'presenter' ? FOLLOW_EVENTS.go : FOLLOW_EVENTS.lang;
      const schema = role === 'presenter' ? PositionSchema : LocaleSchema;
      if (
        !limit.take() ||
        event !== allowed ||
        args.length !== 1 ||
        parse(schema, args[0]) === null
      ) {
        drop();
        return;
      }
      stats.accepted += 1;
      next();
    });

    if (role === 'presenter') {
      local.presenters += 1;
      socket.on(FOLLOW_EVENTS.go, (message: unknown) => {
        const position = parse(PositionSchema, message);
        if (position === null) return;
        moves = moves
          .then(async () => {
            io.emit(FOLLOW_EVENTS.state, await store.move(position));
          })
          .catch(reportError);
      });
    } else {
      local.audience[lang] += 1;
      socket.on(FOLLOW_EVENTS.lang, (message: unknown) => {
        const next = parse(LocaleSchema, message);
        if (next === null || next === lang) return;
        local.audience[lang] -= 1;
        local.audience[next] += 1;
        lang = next;
        presenceSoon();
      });
    }
    socket.on('disconnect', () => {
      if (role === 'presenter') local.presenters -= 1;
      else local.audience[lang] -= 1;
      presenceSoon();
    });
    void socket.join(role === 'presenter' ? 'presenters' : 'viewers');
    void welcome(socket, role);
    presenceSoon();
  });

  const welcome = async (socket: Socket, role: Role): Promise<void> => {
    const totals = await store.presence({
      presenters: local.presenters,
      audience: { ...local.audience },
    });
    const message: Welcome = { role, state: await store.read(), presenters: totals.presenters };
    socket.emit(FOLLOW_EVENTS.welcome, message);
    if (role === 'presenter') socket.emit(FOLLOW_EVENTS.audience, totals.audience);
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  hosts = allowedHosts(port, options.lan);
  const lanHost = options.lan[0];
  audienceUrl = `http://${lanHost ?? '127.0.0.1'}:${port}/`;
  const presenterUrl = `http://127.0.0.1:${port}/?${PRESENT_PARAM}=${store.token}`;
  return {
    port,
    audienceUrl,
    presenterUrl,
    lanPresenterUrl:
      lanHost === undefined ? null : `http://${lanHost}:${port}/?${PRESENT_PARAM}=${store.token}`,
    stats,
    talk: () => store.read(),
    async close() {
      clearInterval(presenceTimer);
      await moves;
      const closed = new Promise<void>((resolve) => {
        void io.close(() => {
          resolve();
        });
      });
      // io.close() waits for every HTTP connection to end, and a browser keeps its page's
      // connections open: the talk is over, so they are closed now.
      http.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}

/** Whether two audience counts are the same. */
function sameAudience(a: Audience, b: Audience): boolean {
  return a.en === b.en && a.zh === b.zh && a.ja === b.ja;
}

/** Logs a failure that has no caller to return to (a Redis call in a socket handler). */
function reportError(error: unknown): void {
  console.error(`[follow] ${error instanceof Error ? error.message : String(error)}`);
}
