import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { LANG_TAGS, nextLocale, nextSubtitles } from '../i18n/languages.ts';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  SPEAKER_VIEW_PARAM,
  isOwnOrigin,
  targetOrigin,
  type DeckCommand,
  type SpeakerMessage,
  type StateMessage,
} from './speaker-protocol.ts';
import { StageNotice } from './stage-notice.ts';
import { TalkClockStore } from './talk-clock.ts';
import type { TalkPlan } from './talk-plan.ts';
import { IdleJobs } from '../render/when-idle.ts';

/** The key reveal users know for the speaker view. */
const SPEAKER_KEY = { keyCode: 83, key: 'S' } as const;

/** The speaker window's name: a reloaded audience window finds a speaker view still open by it. */
const SPEAKER_WINDOW_NAME = 'dalian-deck-speaker';

/** The speaker window's size: the previews and notes are laid out for it. */
const SPEAKER_WINDOW_FEATURES = 'popup,width=1280,height=800';

/** reveal leaves `f` undefined on slides without fragments, whatever its types say. */
function fragmentIndex(indices: { readonly f?: number }): number {
  return indices.f ?? -1;
}

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

/** The speaker view as a reveal plugin of the audience window. */
export interface SpeakerViewPlugin extends RevealPlugin {
  readonly id: 'speaker-view';
  /** Opens (or focuses) the speaker window; null when the browser blocked the popup. */
  open(): Window | null;
}

/**
 * Our own speaker view, replacing reveal's notes plugin: the popup is this deck in presenter
 * mode, so its labels, clock and previews follow the deck's languages (reveal's is English-only
 * and reloads the deck in frames that know nothing of a language chosen at run time).
 * The windows talk by `postMessage`, tagged with our namespace and checked on arrival. The
 * talk's clock lives here, in the tab's session storage, so that neither a reload of this
 * window nor a new speaker window restarts it.
 */
export function SpeakerView(language: DeckLanguage, plan: () => TalkPlan): SpeakerViewPlugin {
  let deck: RevealApi | null = null;
  let popup: Window | null = null;
  let notice: StageNotice | null = null;
  const clock = new TalkClockStore(window.location);
  const cleanups: (() => void)[] = [];
  /** The pacing plan is made in idle time; ended with the view. */
  const idle = new IdleJobs();

  const state = (): StateMessage | null => {
    if (deck === null) return null;
    const indices = deck.getIndices();
    return {
      namespace: SPEAKER_NAMESPACE,
      type: 'state',
      h: indices.h,
      f: fragmentIndex(indices),
      total: deck.getTotalSlides(),
      languages: { audience: language.state.audience, speaker: language.state.speaker },
      clock: clock.clock,
      blackout: deck.isPaused(),
      overview: deck.isOverview(),
    };
  };

  const post = (message: SpeakerMessage): void => {
    if (popup === null || popup.closed) return;
    popup.postMessage(message, targetOrigin(window.location));
  };

  const sendState = (): void => {
    const message = state();
    if (message !== null) post(message);
  };

  /** The talk starts with its first slide change or speaker-view key, on the slide then shown. */
  const startTalk = (): void => {
    if (deck !== null) clock.start(deck.getIndices().h);
  };

  const toggleFullscreen = (): void => {
    const done =
      document.fullscreenElement === null
        ? document.documentElement.requestFullscreen()
        : document.exitFullscreen();
    // Without a key pressed in this window (or a delegation), browsers refuse full screen.
    done.catch(() => {
      post({ namespace: SPEAKER_NAMESPACE, type: 'notice', notice: 'fullscreenRefused' });
    });
  };

  const run = (reveal: RevealApi, command: DeckCommand): void => {
    switch (command) {
      case 'next':
        reveal.next();
        break;
      case 'prev':
        reveal.prev();
        break;
      case 'first':
        reveal.slide(0);
        break;
      case 'last':
        reveal.slide(reveal.getTotalSlides() - 1);
        break;
      case 'blackout':
        reveal.togglePause();
        break;
      case 'overview':
        reveal.toggleOverview();
        break;
      case 'fullscreen':
        toggleFullscreen();
        break;
      case 'slideLanguage':
        language.set({ audience: nextLocale(language.state.audience) });
        break;
      case 'subtitles': {
        const { audience, subtitles } = language.state;
        language.set({ subtitles: nextSubtitles(audience, subtitles) });
        break;
      }
      default: {
        const unreachable: never = command;
        return unreachable;
      }
    }
  };

  const onMessage = (event: MessageEvent): void => {
    if (!isOwnOrigin(event.origin, window.location) || deck === null) return;
    const message = parseSpeakerMessage(event.data);
    if (message === null) return;
    // A speaker view this window opened, also before a reload of this window: any of its
    // messages re-attaches it, so a key pressed there right after a reload is not lost.
    if (event.source !== popup && isOpenedBy(event.source, window)) {
      popup = event.source;
    }
    // Only our own popup, from our own origin, speaking our protocol.
    if (popup === null || event.source !== popup) return;
    switch (message.type) {
      case 'hello':
        break;
      case 'command':
        run(deck, message.command);
        startTalk();
        break;
      case 'goto':
        deck.slide(Math.min(message.h, deck.getTotalSlides() - 1));
        startTalk();
        break;
      case 'clock':
        if (message.action === 'reset') clock.reset();
        else startTalk();
        break;
      case 'language':
        language.set(message.change);
        break;
      case 'state':
      case 'notice':
        return;
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
    sendState();
  };

  const showBlocked = (): void => {
    console.warn('[deck] The browser blocked the speaker view window.');
    const t = language.t('audience');
    notice?.show(
      t('speaker.popupBlocked'),
      LANG_TAGS[language.state.audience],
      t('speaker.dismiss'),
    );
  };

  const open = (): Window | null => {
    if (popup !== null && !popup.closed) {
      popup.focus();
      return popup;
    }
    // By name first: after a reload of this window a speaker view may still be open, and
    // opening it by URL would load it again.
    const found = window.open('', SPEAKER_WINDOW_NAME, SPEAKER_WINDOW_FEATURES);
    if (found === null) {
      showBlocked();
      return null;
    }
    if (isBlank(found)) {
      const url = new URL(window.location.href);
      url.searchParams.set(SPEAKER_VIEW_PARAM, '');
      url.searchParams.set('lang', language.state.audience);
      url.searchParams.set('speaker', language.state.speaker);
      url.hash = '';
      found.location.replace(url);
    }
    popup = found;
    popup.focus();
    notice?.hide();
    return popup;
  };

  return {
    id: 'speaker-view',
    open,
    init(reveal) {
      deck = reveal;
      notice = new StageNotice(reveal.getRevealElement() ?? document.body);
      // reveal's own pacing reads data-timing (seconds per slide); planned in idle time
      // once the deck is up, so that it never delays the first slide.
      const planTimings = (): void => {
        idle.whenIdleAfterFrame(() => {
          const { budgets } = plan();
          reveal.getSlides().forEach((slide, index) => {
            slide.dataset['timing'] = String(budgets[index] ?? 0);
          });
        });
      };
      reveal.on('ready', planTimings, { once: true });
      reveal.addKeyBinding(
        { ...SPEAKER_KEY, description: 'Speaker view: notes, next slide, timer, pacing' },
        () => {
          open();
        },
      );
      cleanups.push(() => {
        reveal.removeKeyBinding(SPEAKER_KEY.keyCode);
      });
      // A move of the slides starts the talk. reveal also announces its first slide while it
      // starts up, so moves count from the position it is ready on.
      let shown: string | null = null;
      const where = (): string => {
        const indices = reveal.getIndices();
        return `${indices.h}.${fragmentIndex(indices)}`;
      };
      reveal.on(
        'ready',
        () => {
          shown = where();
        },
        { once: true },
      );
      const moved = (): void => {
        const now = where();
        if (shown !== null && now !== shown) startTalk();
        if (shown !== null) shown = now;
        sendState();
      };
      for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
        reveal.on(type, moved);
        cleanups.push(() => {
          reveal.off(type, moved);
        });
      }
      for (const type of ['paused', 'resumed', 'overviewshown', 'overviewhidden']) {
        reveal.on(type, sendState);
        cleanups.push(() => {
          reveal.off(type, sendState);
        });
      }
      cleanups.push(language.onChange(sendState));
      window.addEventListener('message', onMessage);
      cleanups.push(() => {
        window.removeEventListener('message', onMessage);
      });
    },
    destroy() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      idle.end();
      notice?.destroy();
      notice = null;
      popup?.close();
      popup = null;
      deck = null;
    },
  };
}
