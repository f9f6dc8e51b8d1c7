import type { Socket } from 'socket.io-client';
import type { RunningDeck } from '../deck.ts';
import type { TalkEvents } from './follow-client.ts';
import { FOLLOW_EVENTS, samePosition, type TalkState } from './protocol.ts';
import { onMove, positionOf, showPosition } from './reveal-position.ts';

/** What the viewer's status line says. */
type FollowStatus = 'live' | 'behind' | 'paused' | 'offline';

/**
 * A viewer's part: the deck shows what the presenter shows, in this viewer's own languages.
 * The viewer may look back on their own; "Back to live" returns to the presenter's slide.
 * Nothing a viewer does reaches anyone else (the server takes only the language from them).
 */
export function followAsViewer(
  { reveal, language }: RunningDeck,
  socket: Socket,
  events: TalkEvents,
): void {
  let latest: TalkState | null = null;
  let live = true;
  let applying = false;
  let presenters = 0;

  const bar = document.createElement('div');
  bar.className = 'follow-status';
  bar.setAttribute('role', 'status');
  const label = document.createElement('span');
  label.className = 'follow-status-label';
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'follow-live';
  bar.append(label, back);
  (reveal.getRevealElement() ?? document.body).append(bar);

  const status = (): FollowStatus => {
    if (!socket.connected) return 'offline';
    if (presenters === 0) return 'paused';
    return live ? 'live' : 'behind';
  };
  const render = (): void => {
    const t = language.t('audience');
    const now = status();
    bar.dataset['follow'] = now;
    const texts = {
      live: t('follow.live'),
      behind: t('follow.live'),
      paused: t('follow.paused'),
      offline: t('follow.offline'),
    } as const satisfies Record<FollowStatus, string>;
    label.textContent = texts[now];
    back.textContent = t('follow.backToLive');
    back.hidden = live || latest === null;
  };
  const follow = (): void => {
    if (latest === null || !live) return;
    applying = true;
    try {
      showPosition(reveal, latest);
    } finally {
      applying = false;
    }
  };
  const heard = (state: TalkState | null): void => {
    if (state === null) return;
    latest = state;
    follow();
    render();
  };

  events.onWelcome(heard);
  events.onState(heard);
  events.onPresence((count) => {
    presenters = count;
    render();
  });
  onMove(reveal, () => {
    if (applying || !live || latest === null) return;
    if (!samePosition(positionOf(reveal), latest)) {
      live = false;
      render();
    }
  });
  back.addEventListener('click', () => {
    live = true;
    follow();
    render();
  });
  language.onChange((next, previous) => {
    if (next.audience !== previous.audience) socket.emit(FOLLOW_EVENTS.lang, next.audience);
    render();
  });
  render();
}
