/**
 * The only follow-along code in the deck's main bundle: it finds out whether the page was
 * served by `npm run present` (the server writes a marker into the page) and only then loads
 * the follow-along client. `dist/` on a static host and the offline file have no marker, so
 * they make no request and load nothing.
 */
import type { RunningDeck } from '../deck.ts';

/** The `<meta name>` the follow-along server writes into the page. */
export const FOLLOW_META = 'deck-follow';

/** The query parameter of the presenter link (not a reveal option, not `notes…`). */
export const PRESENT_PARAM = 'present';

/** What the server tells the page through its marker. */
export interface FollowConfig {
  /** The link for the audience (the QR code's). */
  readonly audience: string;
}

/** Where the presenter token is kept across reloads of the presenter's tab. */
const TOKEN_KEY = 'deck-follow-token';

/** The server's marker, if the page has one that reads as a config. */
export function followConfig(): FollowConfig | null {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${FOLLOW_META}"]`)?.content;
  if (content === undefined) return null;
  try {
    const config: unknown = JSON.parse(content);
    if (typeof config !== 'object' || config === null || !('audience' in config)) return null;
    return typeof config.audience === 'string' ? { audience: config.audience } : null;
  } catch {
    return null;
  }
}

/**
 * The presenter token: moved from the link into this tab's session storage and taken out of
 * the address bar before reveal starts (reveal copies every query parameter into its config,
 * and the address bar is what gets shared or shown on screen).
 */
export function takePresenterToken(): string | null {
  if (followConfig() === null) return null;
  const url = new URL(window.location.href);
  const fromLink = url.searchParams.get(PRESENT_PARAM);
  if (fromLink !== null) {
    sessionStorage.setItem(TOKEN_KEY, fromLink);
    url.searchParams.delete(PRESENT_PARAM);
    history.replaceState(history.state, '', url);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Starts following (or presenting to) the talk when the page was served by `npm run present`. */
export function startFollowing(deck: RunningDeck, token: string | null): void {
  // The offline file is never served by the server: a constant test, so its bundle drops the
  // client instead of inlining it.
  if (import.meta.env.MODE === 'export') return;
  const config = followConfig();
  if (config === null) return;
  void import('./follow-client.ts').then(({ followTalk }) => {
    followTalk(deck, config, token);
  });
}

/** Shows the follower count in the speaker view when the talk is served by `npm run present`. */
export function showFollowers(container: HTMLElement): void {
  if (import.meta.env.MODE === 'export' || followConfig() === null) return;
  void import('./speaker-count.ts').then(({ followerCount }) => {
    container.append(followerCount());
  });
}
