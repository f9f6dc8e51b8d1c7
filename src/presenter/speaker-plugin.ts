import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { LANG_TAGS } from '../i18n/languages.ts';
import { runDeckCommand } from './speaker-commands.ts';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  SPEAKER_VIEW_PARAM,
  isOwnOrigin,
  type StateMessage,
} from './speaker-protocol.ts';
import { SpeakerWindow } from './speaker-window.ts';
import { StageNotice } from './stage-notice.ts';
import { TalkClockStore } from './talk-clock.ts';
import type { TalkPlan } from './talk-plan.ts';

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
 * The windows talk by `postMessage`, tagged with our namespace and checked on arrival. The
 * talk's clock lives here, in the tab's session storage, so that neither a reload of this
 * window nor a new speaker window restarts it.
 */
export function SpeakerView(
  language: DeckLanguage,
  plan: () => TalkPlan,
  /** The deck's idle queue (`SlideReadiness.whenIdle`), which the deck's destroy ends. */
  whenIdle: (work: () => void) => void,
): SpeakerViewPlugin {
  let deck: RevealApi | null = null;
  let notice: StageNotice | null = null;
  const clock = new TalkClockStore(window.location);
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
      subtitles: language.state.subtitles,
      clock: clock.clock,
      blackout: deck.isPaused(),
      overview: deck.isOverview(),
    };
  };

  const sendState = (): void => {
    const message = state();
    if (message !== null) speaker.post(message);
  };

  /** The talk starts with its first slide change or speaker-view key, on the slide then shown. */
  const startTalk = (): void => {
    if (deck !== null) clock.start(deck.getIndices().h);
  };

  const onMessage = (event: MessageEvent): void => {
    if (!isOwnOrigin(event.origin, window.location) || deck === null) return;
    const message = parseSpeakerMessage(event.data);
    if (message === null) return;
    // Only our own popup, from our own origin, speaking our protocol.
    if (!speaker.accepts(event.source)) return;
    switch (message.type) {
      case 'hello':
        break;
      case 'command':
        runDeckCommand(deck, message.command, language, () => {
          speaker.post({
            namespace: SPEAKER_NAMESPACE,
            type: 'notice',
            notice: 'fullscreenRefused',
          });
        });
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

  const speaker = new SpeakerWindow({
    url: () => {
      const url = new URL(window.location.href);
      url.searchParams.set(SPEAKER_VIEW_PARAM, '');
      url.searchParams.set('lang', language.state.audience);
      url.searchParams.set('speaker', language.state.speaker);
      url.hash = '';
      return url;
    },
    blocked: showBlocked,
    opened: () => {
      notice?.hide();
    },
  });
  const open = (): Window | null => speaker.open();

  return {
    id: 'speaker-view',
    open,
    init(reveal) {
      deck = reveal;
      notice = new StageNotice(reveal.getRevealElement() ?? document.body);
      // reveal's own pacing reads data-timing (seconds per slide); planned in idle time
      // once the deck is up, so that it never delays the first slide.
      const planTimings = (): void => {
        whenIdle(() => {
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
      notice?.destroy();
      notice = null;
      speaker.close();
      deck = null;
    },
  };
}
