import { describe, expect, it } from 'vitest';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  isOwnOrigin,
  targetOrigin,
} from '../../src/presenter/speaker-protocol.ts';

const namespace = SPEAKER_NAMESPACE;

/** A state message missing only its clock. */
const STATE_WITHOUT_CLOCK = {
  namespace,
  type: 'state',
  h: 1,
  f: 0,
  total: 29,
  languages: { audience: 'en', speaker: 'en' },
  subtitles: null,
  blackout: false,
  overview: false,
};

describe('messages between the deck and its speaker view', () => {
  it('accepts well-formed messages of our namespace', () => {
    const state = {
      namespace,
      type: 'state',
      h: 3,
      f: -1,
      total: 29,
      languages: { audience: 'ja', speaker: 'zh' },
      subtitles: 'en',
      clock: { startedAt: 1_780_000_000_000, fromSlide: 2 },
      blackout: false,
      overview: true,
    };
    expect(parseSpeakerMessage(state)).toEqual(state);
    expect(parseSpeakerMessage({ ...state, clock: null })).toEqual({ ...state, clock: null });
    expect(parseSpeakerMessage({ namespace, type: 'command', command: 'blackout' })).toEqual({
      namespace,
      type: 'command',
      command: 'blackout',
    });
    expect(parseSpeakerMessage({ namespace, type: 'goto', h: 15 })).toEqual({
      namespace,
      type: 'goto',
      h: 15,
    });
    expect(parseSpeakerMessage({ namespace, type: 'clock', action: 'reset' })).toEqual({
      namespace,
      type: 'clock',
      action: 'reset',
    });
    expect(parseSpeakerMessage({ namespace, type: 'notice', notice: 'fullscreenRefused' })).toEqual(
      { namespace, type: 'notice', notice: 'fullscreenRefused' },
    );
    expect(parseSpeakerMessage({ namespace, type: 'language', change: { speaker: 'ja' } })).toEqual(
      { namespace, type: 'language', change: { speaker: 'ja' } },
    );
  });

  it.each([
    ['another namespace', { namespace: 'reveal-notes', type: 'hello' }],
    ['no namespace', { type: 'command', command: 'next' }],
    ['an unknown type', { namespace, type: 'eval', code: 'alert(1)' }],
    ['an unknown command', { namespace, type: 'command', command: 'print' }],
    ['a negative slide', { namespace, type: 'goto', h: -1 }],
    ['a fractional slide', { namespace, type: 'goto', h: 1.5 }],
    ['an unknown clock action', { namespace, type: 'clock', action: 'pause' }],
    ['an unknown notice', { namespace, type: 'notice', notice: '<b>hi</b>' }],
    ['a state without its clock', STATE_WITHOUT_CLOCK],
    [
      'a clock started at no time',
      { ...STATE_WITHOUT_CLOCK, clock: { startedAt: 'now', fromSlide: 0 } },
    ],
    ['an unknown subtitle language', { ...STATE_WITHOUT_CLOCK, clock: null, subtitles: 'fr' }],
    ['an unknown language', { namespace, type: 'language', change: { audience: 'fr' } }],
    ['markup as a language', { namespace, type: 'language', change: { speaker: '<b>' } }],
    [
      'a bad index',
      {
        namespace,
        type: 'state',
        h: 'x',
        f: 0,
        total: 29,
        languages: { audience: 'en', speaker: 'en' },
      },
    ],
    [
      'a partial state',
      { namespace, type: 'state', h: 1, f: 0, total: 29, languages: { audience: 'en' } },
    ],
    ['a string', JSON.stringify({ namespace, type: 'hello' })],
    ['null', null],
  ])('rejects %s', (_name, data) => {
    expect(parseSpeakerMessage(data)).toBeNull();
  });

  const http = { origin: 'http://127.0.0.1:5173', protocol: 'http:' };
  const file = { origin: 'file://', protocol: 'file:' };

  it('targets our own origin, or any from file:// where the origin is opaque', () => {
    expect(targetOrigin(http)).toBe('http://127.0.0.1:5173');
    expect(targetOrigin(file)).toBe('*');
    expect(targetOrigin({ origin: 'null', protocol: 'file:' })).toBe('*');
  });

  it('accepts messages only from our own origin (any file page, from a file page)', () => {
    expect(isOwnOrigin('http://127.0.0.1:5173', http)).toBe(true);
    expect(isOwnOrigin('http://localhost:5173', http)).toBe(false);
    expect(isOwnOrigin('null', http)).toBe(false);
    expect(isOwnOrigin('null', file)).toBe(true);
    expect(isOwnOrigin('https://example.com', file)).toBe(false);
  });
});
