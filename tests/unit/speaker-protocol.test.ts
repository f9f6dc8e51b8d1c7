import { describe, expect, it } from 'vitest';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  isOwnOrigin,
  targetOrigin,
} from '../../src/presenter/speaker-protocol.ts';

const namespace = SPEAKER_NAMESPACE;

describe('messages between the deck and its speaker view', () => {
  it('accepts well-formed messages of our namespace', () => {
    const state = {
      namespace,
      type: 'state',
      h: 3,
      f: -1,
      total: 29,
      languages: { audience: 'ja', speaker: 'zh' },
    };
    expect(parseSpeakerMessage(state)).toEqual(state);
    expect(parseSpeakerMessage({ namespace, type: 'navigate', direction: 'next' })).toEqual({
      namespace,
      type: 'navigate',
      direction: 'next',
    });
    expect(parseSpeakerMessage({ namespace, type: 'language', change: { speaker: 'ja' } })).toEqual(
      { namespace, type: 'language', change: { speaker: 'ja' } },
    );
  });

  it.each([
    ['another namespace', { namespace: 'reveal-notes', type: 'hello' }],
    ['no namespace', { type: 'navigate', direction: 'next' }],
    ['an unknown type', { namespace, type: 'eval', code: 'alert(1)' }],
    ['a bad direction', { namespace, type: 'navigate', direction: 'up' }],
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
