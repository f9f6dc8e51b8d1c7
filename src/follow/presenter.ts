import type { Socket } from 'socket.io-client';
import type { RunningDeck } from '../deck.ts';
import type { TalkEvents } from './follow-client.ts';
import type { FollowConfig } from './marker.ts';
import { FOLLOW_EVENTS, samePosition, type Position, type TalkState } from './protocol.ts';
import { qrOverlay } from './qr-overlay.ts';
import { isRemoteScreen, startRemote } from './remote.ts';
import { onMove, positionOf, showPosition } from './reveal-position.ts';
import { audienceSender } from './talk-channel.ts';

/** A move sent and not yet echoed back is forgotten after this long (the server dropped it). */
const ECHO_TIMEOUT_MS = 3000;

/**
 * The presenter's part: every move of this deck goes to the server, and moves made on another
 * presenter device come back and are shown here, so two devices stay in step. The Q key shows
 * the audience link; on a narrow screen the page becomes a remote.
 */
export function presentTalk(
  deck: RunningDeck,
  config: FollowConfig,
  socket: Socket,
  events: TalkEvents,
): void {
  const { reveal } = deck;
  /** Moves sent, oldest first, until the server's broadcast of each comes back. */
  let inFlight: { position: Position; at: number }[] = [];
  /** Where the server last said the talk is. */
  let known: Position | null = null;
  let applying = false;
  /** Whether the server has said where the talk is since this connection began. */
  let welcomed = false;

  const send = (): void => {
    // Before the welcome this deck may be on its first slide while the talk is elsewhere.
    if (applying || !welcomed || !socket.connected) return;
    const position = positionOf(reveal);
    const last = inFlight.at(-1)?.position ?? known;
    if (last !== null && samePosition(position, last)) return;
    inFlight.push({ position, at: Date.now() });
    socket.emit(FOLLOW_EVENTS.go, position);
  };
  const show = (position: Position): void => {
    applying = true;
    try {
      showPosition(reveal, position);
    } finally {
      applying = false;
    }
  };
  const heard = (state: TalkState): void => {
    known = state;
    const now = Date.now();
    inFlight = inFlight.filter(({ at }) => now - at < ECHO_TIMEOUT_MS);
    const own = inFlight[0];
    if (own !== undefined && samePosition(own.position, state)) inFlight.shift();
    // While moves of ours are on their way, the talk will end on the last of them.
    if (inFlight.length === 0) show(state);
  };

  onMove(reveal, send);
  socket.on('disconnect', () => {
    welcomed = false;
  });
  events.onWelcome((state) => {
    inFlight = [];
    known = null;
    welcomed = true;
    // A server without a talk (first start, or restarted without Redis) takes this deck's.
    if (state === null) send();
    else heard(state);
  });
  events.onState(heard);

  const overlay = qrOverlay(deck, config.audience);
  const publish = audienceSender();
  events.onAudience(publish);
  if (isRemoteScreen()) startRemote(deck, socket, events);
  window.addEventListener('pagehide', () => {
    overlay.destroy();
  });
}
