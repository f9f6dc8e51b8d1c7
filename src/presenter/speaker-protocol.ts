import { isLocale, type Locale } from '../i18n/languages.ts';

/** Every message between the deck and its speaker view carries this tag. */
export const SPEAKER_NAMESPACE = 'dalian-deck-speaker';

/** The query parameter that makes a window the speaker view. */
export const SPEAKER_VIEW_PARAM = 'presenter';

/** The languages as both windows share them. */
export interface SharedLanguages {
  readonly audience: Locale;
  readonly speaker: Locale;
}

/**
 * When the talk started: the time (ms since the epoch) and the slide it started on, whose
 * planned start the pacing counts from. Null until the talk starts.
 */
export interface TalkClock {
  readonly startedAt: number;
  readonly fromSlide: number;
}

/** What the audience window shows now; sent on every change. */
export interface StateMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'state';
  readonly h: number;
  readonly f: number;
  readonly total: number;
  readonly languages: SharedLanguages;
  /** The language of the subtitles under the slides' texts; null when they are off. */
  readonly subtitles: Locale | null;
  readonly clock: TalkClock | null;
  /** The audience screen is blacked out (reveal's pause, keys B and .). */
  readonly blackout: boolean;
  /** The audience sees reveal's overview of every slide. */
  readonly overview: boolean;
}

/**
 * The speaker view announces itself when it has loaded, and again every second: a reloaded
 * audience window has lost its handle on the popup and finds it again this way.
 */
export interface HelloMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'hello';
}

/** What a key or button of the speaker view does to the audience deck. */
export const DECK_COMMANDS = [
  'next',
  'prev',
  'first',
  'last',
  'blackout',
  'overview',
  'fullscreen',
  'slideLanguage',
  'subtitles',
] as const;

/** One of {@link DECK_COMMANDS}. */
export type DeckCommand = (typeof DECK_COMMANDS)[number];

/** The speaker view acts on the deck (its own buttons and keys). */
export interface CommandMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'command';
  readonly command: DeckCommand;
}

/** The speaker view jumps to a slide (reveal's G, typed in the speaker view). */
export interface GoToMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'goto';
  readonly h: number;
}

/** The speaker view starts the talk's clock now, or resets it to "not started". */
export interface ClockMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'clock';
  readonly action: 'start' | 'reset';
}

/** The speaker view changes a language. */
export interface LanguageMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'language';
  readonly change: Partial<SharedLanguages>;
}

/** The audience window could not do what was asked, and the speaker should know. */
export interface NoticeMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'notice';
  /** Full screen needs a key pressed in the presentation window itself. */
  readonly notice: 'fullscreenRefused';
}

/** Every message of the speaker protocol. */
export type SpeakerMessage =
  | StateMessage
  | HelloMessage
  | CommandMessage
  | GoToMessage
  | ClockMessage
  | LanguageMessage
  | NoticeMessage;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= -1 && value < 10_000;
}

function parseLanguages(value: unknown, partial: boolean): Partial<SharedLanguages> | null {
  if (!isRecord(value)) return null;
  const result: { audience?: Locale; speaker?: Locale } = {};
  for (const key of ['audience', 'speaker'] as const) {
    const locale = value[key];
    if (isLocale(locale)) result[key] = locale;
    else if (locale !== undefined || !partial) return null;
  }
  return result;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Reads a talk clock: null for "not started", undefined for anything malformed. */
export function parseClock(value: unknown): TalkClock | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { startedAt, fromSlide } = value;
  return isTime(startedAt) && isIndex(fromSlide) && fromSlide >= 0
    ? { startedAt, fromSlide }
    : undefined;
}

function isCommand(value: unknown): value is DeckCommand {
  return DECK_COMMANDS.some((command) => command === value);
}

/** Parses a state message's fields (after its namespace and type). */
function parseState(data: Record<string, unknown>): StateMessage | null {
  const { h, f, total, blackout, overview, subtitles } = data;
  const languages = parseLanguages(data['languages'], false);
  const clock = parseClock(data['clock']);
  if (!isIndex(h) || !isIndex(f) || !isIndex(total) || languages === null) return null;
  if (clock === undefined || typeof blackout !== 'boolean' || typeof overview !== 'boolean') {
    return null;
  }
  if (subtitles !== null && !isLocale(subtitles)) return null;
  const { audience, speaker } = languages;
  if (audience === undefined || speaker === undefined) return null;
  const namespace = SPEAKER_NAMESPACE;
  return {
    namespace,
    type: 'state',
    h,
    f,
    total,
    languages: { audience, speaker },
    subtitles,
    clock,
    blackout,
    overview,
  };
}

/**
 * Checks a message that arrived by `postMessage`: anything without our namespace, of an
 * unknown type or with a malformed field is rejected (null), never half-applied.
 */
export function parseSpeakerMessage(data: unknown): SpeakerMessage | null {
  if (!isRecord(data) || data['namespace'] !== SPEAKER_NAMESPACE) return null;
  const namespace = SPEAKER_NAMESPACE;
  switch (data['type']) {
    case 'hello':
      return { namespace, type: 'hello' };
    case 'command': {
      const command = data['command'];
      return isCommand(command) ? { namespace, type: 'command', command } : null;
    }
    case 'goto': {
      const h = data['h'];
      return isIndex(h) && h >= 0 ? { namespace, type: 'goto', h } : null;
    }
    case 'clock': {
      const action = data['action'];
      return action === 'start' || action === 'reset' ? { namespace, type: 'clock', action } : null;
    }
    case 'language': {
      const change = parseLanguages(data['change'], true);
      return change === null ? null : { namespace, type: 'language', change };
    }
    case 'notice':
      return data['notice'] === 'fullscreenRefused'
        ? { namespace, type: 'notice', notice: 'fullscreenRefused' }
        : null;
    case 'state':
      return parseState(data);
    default:
      return null;
  }
}

/** Where a window was loaded from: the parts of `Location` the origin checks need. */
export interface WindowPlace {
  readonly origin: string;
  readonly protocol: string;
}

/** Pages opened from files have an opaque origin: reported as "null" or "file://". */
function isFilePage(place: WindowPlace): boolean {
  return place.protocol === 'file:' || place.origin === 'null';
}

/**
 * The target origin for `postMessage`: our own origin, or `*` from `file://`, whose origin
 * is opaque and cannot be named; receivers then rely on checking the sending window.
 */
export function targetOrigin(place: WindowPlace): string {
  return isFilePage(place) ? '*' : place.origin;
}

/**
 * Whether a message's origin is ours. From `file://`, Chromium reports the sender as "null"
 * while `location.origin` reads "file://"; both mean "a file", and the caller also checks
 * that the message came from the expected window.
 */
export function isOwnOrigin(messageOrigin: string, place: WindowPlace): boolean {
  if (isFilePage(place)) return messageOrigin === 'null' || messageOrigin === 'file://';
  return messageOrigin === place.origin;
}
