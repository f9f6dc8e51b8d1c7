/**
 * The follow-along client, loaded only on pages served by `npm run present`: one Socket.IO
 * connection to the page's own server, then the presenter's part (its deck drives the talk)
 * or a viewer's (its deck follows), as the server's welcome says.
 */
import { io, type Socket } from 'socket.io-client';
import type { RunningDeck } from '../deck.ts';
import type { FollowConfig } from './marker.ts';
import { presentTalk } from './presenter.ts';
import {
  AudienceSchema,
  FOLLOW_EVENTS,
  PresenceSchema,
  TalkStateSchema,
  WelcomeSchema,
  parse,
  type Audience,
  type TalkState,
  type Welcome,
} from './protocol.ts';
import { followAsViewer } from './viewer.ts';
import './follow.css';

/** What the presenter and viewer parts hear from the server, already checked. */
export interface TalkEvents {
  /** Each (re)connection: where the talk is, null when the server has no talk yet. */
  onWelcome(listener: (state: TalkState | null) => void): void;
  /** The talk moved. */
  onState(listener: (state: TalkState) => void): void;
  /** Presenters connected, and whether this page's own connection is up. */
  onPresence(listener: (presenters: number, connected: boolean) => void): void;
  /** Followers per language (presenters only). */
  onAudience(listener: (audience: Audience) => void): void;
}

/** Subscribes `listener` to a server event whose payload must match `schema`. */
function checked<T>(
  socket: Socket,
  event: string,
  read: (value: unknown) => T | null,
  listener: (value: T) => void,
): void {
  socket.on(event, (value: unknown) => {
    const message = read(value);
    if (message !== null) listener(message);
  });
}

/** Connects to the talk and starts the part the server gives this page. */
export function followTalk(deck: RunningDeck, config: FollowConfig, token: string | null): void {
  // One slide at a time, as the presenter shows it: a phone would otherwise get reveal's
  // scroll view, where the position follows the viewer's scrolling.
  deck.reveal.configure({ scrollActivationWidth: 0 });
  const socket = io({
    // WebSocket first: a phone is in the talk one round trip sooner, and a phone closed right
    // after joining says goodbye at once (one closed during the long-polling phase was
    // counted until a missed ping, up to 15 s). Long polling stays as the fallback for
    // networks that block WebSockets.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    // A phone that leaves says so at once, so the presenter's count drops without a timeout.
    closeOnBeforeunload: true,
    // A function, so that a reconnection sends the language chosen meanwhile.
    auth: (send) => {
      send(token === null ? { lang: deck.language.state.audience } : { token });
    },
  });
  const welcomeListeners = new Set<(state: TalkState | null) => void>();
  const stateListeners = new Set<(state: TalkState) => void>();
  const presenceListeners = new Set<(presenters: number, connected: boolean) => void>();
  const audienceListeners = new Set<(audience: Audience) => void>();
  const events: TalkEvents = {
    onWelcome: (listener) => welcomeListeners.add(listener),
    onState: (listener) => stateListeners.add(listener),
    onPresence: (listener) => presenceListeners.add(listener),
    onAudience: (listener) => audienceListeners.add(listener),
  };
  let presenters = 0;
  const presence = (): void => {
    for (const listener of presenceListeners) listener(presenters, socket.connected);
  };
  let started = false;

  checked(
    socket,
    FOLLOW_EVENTS.welcome,
    (value) => parse(WelcomeSchema, value),
    (welcome: Welcome) => {
      if (!started) {
        started = true;
        if (welcome.role === 'presenter') presentTalk(deck, config, socket, events);
        else {
          if (token !== null) {
            console.warn(
              '[deck] This presenter link is not the current talk’s: following instead.',
            );
          }
          followAsViewer(deck, socket, events);
        }
      }
      presenters = welcome.presenters;
      presence();
      for (const listener of welcomeListeners) listener(welcome.state);
    },
  );
  checked(
    socket,
    FOLLOW_EVENTS.state,
    (value) => parse(TalkStateSchema, value),
    (state) => {
      for (const listener of stateListeners) listener(state);
    },
  );
  checked(
    socket,
    FOLLOW_EVENTS.presence,
    (value) => parse(PresenceSchema, value),
    (message) => {
      presenters = message.presenters;
      presence();
    },
  );
  checked(
    socket,
    FOLLOW_EVENTS.audience,
    (value) => parse(AudienceSchema, value),
    (audience) => {
      for (const listener of audienceListeners) listener(audience);
    },
  );
  socket.on('disconnect', presence);
}
