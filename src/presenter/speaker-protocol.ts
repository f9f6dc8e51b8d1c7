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

/** What the audience window shows now; sent on every change. */
export interface StateMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'state';
  readonly h: number;
  readonly f: number;
  readonly total: number;
  readonly languages: SharedLanguages;
}

/** The speaker view asks for the state when it has loaded. */
export interface HelloMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'hello';
}

/** The speaker view moves the deck (its own buttons and keys). */
export interface NavigateMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'navigate';
  readonly direction: 'next' | 'prev';
}

/** The speaker view changes a language. */
export interface LanguageMessage {
  readonly namespace: typeof SPEAKER_NAMESPACE;
  readonly type: 'language';
  readonly change: Partial<SharedLanguages>;
}

/** Every message of the speaker protocol. */
export type SpeakerMessage = StateMessage | HelloMessage | NavigateMessage | LanguageMessage;

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
    case 'navigate': {
      const direction = data['direction'];
      return direction === 'next' || direction === 'prev'
        ? { namespace, type: 'navigate', direction }
        : null;
    }
    case 'language': {
      const change = parseLanguages(data['change'], true);
      return change === null ? null : { namespace, type: 'language', change };
    }
    case 'state': {
      const { h, f, total } = data;
      const languages = parseLanguages(data['languages'], false);
      if (!isIndex(h) || !isIndex(f) || !isIndex(total) || languages === null) return null;
      const { audience, speaker } = languages;
      if (audience === undefined || speaker === undefined) return null;
      return { namespace, type: 'state', h, f, total, languages: { audience, speaker } };
    }
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
