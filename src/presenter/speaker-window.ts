import { targetOrigin, type SpeakerMessage } from './speaker-protocol.ts';

/** The speaker window's name: a reloaded audience window finds a speaker view still open by it. */
const SPEAKER_WINDOW_NAME = 'dalian-deck-speaker';

/** The speaker window's size: the previews and notes are laid out for it. */
const SPEAKER_WINDOW_FEATURES = 'popup,width=1280,height=800';

/**
 * Whether a window is a speaker view this window opened. `opener` is one of the few properties
 * readable across origins (the file:// pages' origins are opaque), and it survives a reload of
 * the audience window, whose own handle on the popup does not.
 */
function isOpenedBy(source: MessageEventSource | null, opener: Window): source is Window {
  try {
    return source !== null && 'opener' in source && source.opener === opener;
  } catch {
    return false;
  }
}

/** Whether a window found by name is a fresh blank one, not a speaker view already open. */
function isBlank(found: Window): boolean {
  try {
    return found.location.href === 'about:blank';
  } catch {
    // Another page's origin (an opaque file:// one): our speaker view, already loaded.
    return false;
  }
}

/** What the speaker window needs from the plugin that owns it. */
export interface SpeakerWindowOptions {
  /** The page a new speaker window loads: this deck in presenter mode, in its languages. */
  readonly url: () => URL;
  /** Called when the browser blocked the popup. */
  readonly blocked: () => void;
  /** Called when a speaker window was opened or found still open by its name. */
  readonly opened: () => void;
}

/**
 * The audience window's handle on the speaker window: opens it or finds it by name, re-attaches
 * a speaker view that outlived a reload of this window, and is the one window messages go to
 * and are accepted from.
 */
export class SpeakerWindow {
  #popup: Window | null = null;

  constructor(private readonly options: SpeakerWindowOptions) {}

  /** Opens (or focuses) the speaker window; null when the browser blocked the popup. */
  open(): Window | null {
    if (this.#popup !== null && !this.#popup.closed) {
      this.#popup.focus();
      return this.#popup;
    }
    // By name first: after a reload of this window a speaker view may still be open, and
    // opening it by URL would load it again.
    const found = window.open('', SPEAKER_WINDOW_NAME, SPEAKER_WINDOW_FEATURES);
    if (found === null) {
      this.options.blocked();
      return null;
    }
    if (isBlank(found)) found.location.replace(this.options.url());
    this.#popup = found;
    found.focus();
    this.options.opened();
    return found;
  }

  /**
   * Whether a message comes from our speaker window. A speaker view this window opened, also
   * before a reload of this window, is re-attached by any of its messages, so a key pressed
   * there right after a reload is not lost.
   */
  accepts(source: MessageEventSource | null): boolean {
    if (source !== this.#popup && isOpenedBy(source, window)) this.#popup = source;
    return this.#popup !== null && source === this.#popup;
  }

  /** Sends a message to the speaker window, if one is open. */
  post(message: SpeakerMessage): void {
    if (this.#popup === null || this.#popup.closed) return;
    this.#popup.postMessage(message, targetOrigin(window.location));
  }

  /** Closes the speaker window; idempotent. */
  close(): void {
    this.#popup?.close();
    this.#popup = null;
  }
}
