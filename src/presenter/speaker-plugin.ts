import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  SPEAKER_VIEW_PARAM,
  isOwnOrigin,
  targetOrigin,
  type StateMessage,
} from './speaker-protocol.ts';
import type { TalkPlan } from './talk-plan.ts';
import { whenIdleAfterFrame } from '../render/when-idle.ts';

/** The key reveal users know for the speaker view. */
const SPEAKER_KEY = { keyCode: 83, key: 'S' } as const;

/** reveal leaves `f` undefined on slides without fragments, whatever its types say. */
function fragmentIndex(indices: { readonly f?: number }): number {
  return indices.f ?? -1;
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
 * The windows talk by `postMessage`, tagged with our namespace and checked on arrival.
 */
export function SpeakerView(language: DeckLanguage, plan: () => TalkPlan): SpeakerViewPlugin {
  let deck: RevealApi | null = null;
  let popup: Window | null = null;
  const cleanups: (() => void)[] = [];

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
    };
  };

  const sendState = (): void => {
    if (popup === null || popup.closed) return;
    const message = state();
    if (message !== null) popup.postMessage(message, targetOrigin(window.location));
  };

  const onMessage = (event: MessageEvent): void => {
    // Only our own popup, from our own origin, speaking our protocol.
    if (popup === null || event.source !== popup || !isOwnOrigin(event.origin, window.location))
      return;
    const message = parseSpeakerMessage(event.data);
    if (message === null || deck === null) return;
    switch (message.type) {
      case 'hello':
        sendState();
        break;
      case 'navigate':
        if (message.direction === 'next') deck.next();
        else deck.prev();
        break;
      case 'language':
        language.set(message.change);
        break;
      case 'state':
        break;
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  };

  const open = (): Window | null => {
    if (popup !== null && !popup.closed) {
      popup.focus();
      return popup;
    }
    const url = new URL(window.location.href);
    url.searchParams.set(SPEAKER_VIEW_PARAM, '');
    url.searchParams.set('lang', language.state.audience);
    url.searchParams.set('speaker', language.state.speaker);
    url.hash = '';
    popup = window.open(url, 'dalian-deck-speaker', 'popup,width=1280,height=800');
    if (popup === null) console.warn('[deck] The browser blocked the speaker view window.');
    return popup;
  };

  return {
    id: 'speaker-view',
    open,
    init(reveal) {
      deck = reveal;
      // reveal's own pacing reads data-timing (seconds per slide); planned in idle time
      // once the deck is up, so that it never delays the first slide.
      const planTimings = (): void => {
        whenIdleAfterFrame(() => {
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
      for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
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
      popup?.close();
      popup = null;
      deck = null;
    },
  };
}
