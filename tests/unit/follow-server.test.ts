import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { followPage } from '../../server/follow-page.ts';
import { allowedHosts, requestAllowed } from '../../server/origin.ts';
import { rateLimit } from '../../server/rate-limit.ts';
import { staticPath } from '../../server/static-files.ts';
import { newToken, tokenMatches } from '../../server/token.ts';
import {
  AuthSchema,
  LocaleSchema,
  PositionSchema,
  TalkStateSchema,
  parse,
} from '../../src/follow/protocol.ts';

const ROOT = path.resolve('/srv/deck/dist');

describe('the static server', () => {
  it('serves the build’s own files', () => {
    expect(staticPath(ROOT, '/')).toBe(path.join(ROOT, 'index.html'));
    expect(staticPath(ROOT, '/assets/index-abc.js')).toBe(path.join(ROOT, 'assets/index-abc.js'));
    expect(staticPath(ROOT, '/assets/deck%20sans.woff2')).toBe(
      path.join(ROOT, 'assets/deck sans.woff2'),
    );
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets%2f..%2f..%2fpackage.json',
    '/assets%2F..%2Findex.html',
    '/..%5c..%5cpackage.json',
    '/..\\..\\package.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    'etc/passwd',
    '/etc/passwd%00.js',
    '/.git/config',
    '/%E0%A4%A', // malformed escape
  ])('refuses %s', (requestPath) => {
    expect(staticPath(ROOT, requestPath)).toBeNull();
  });

  it('never names a file outside the build, whatever the path', () => {
    for (const requestPath of ['/a/b/../../../x', '/./index.html', '/assets/./../..']) {
      const resolved = staticPath(ROOT, requestPath);
      if (resolved !== null) expect(resolved.startsWith(ROOT + path.sep)).toBe(true);
    }
  });
});

describe('the presenter token', () => {
  it('is long and new each time', () => {
    const token = newToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(newToken()).not.toBe(token);
  });

  it('matches only itself', () => {
    const token = newToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(token, `${token}x`)).toBe(false);
    expect(tokenMatches(token, token.slice(0, -1))).toBe(false);
    expect(tokenMatches(token, '')).toBe(false);
    expect(tokenMatches(token, undefined)).toBe(false);
    expect(tokenMatches(token, [token])).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });
});

describe('the protocol’s schemas', () => {
  const position = { h: 3, v: 0, f: 1, overview: false, paused: false };

  it('accept a presenter’s move', () => {
    expect(parse(PositionSchema, position)).toEqual(position);
    expect(parse(TalkStateSchema, { ...position, rev: 7 })).toEqual({ ...position, rev: 7 });
  });

  it.each([
    ['a negative slide', { ...position, h: -1 }],
    ['a fraction', { ...position, f: 1.5 }],
    ['a huge index', { ...position, h: 1e9 }],
    ['a string index', { ...position, h: '3' }],
    ['an extra field', { ...position, token: 'x' }],
    ['a missing field', { h: 3, v: 0, f: 1, overview: false }],
    ['not an object', '{"h":3}'],
  ])('reject %s', (_name, message) => {
    expect(parse(PositionSchema, message)).toBeNull();
  });

  it('take only the deck’s languages and a token of sane length', () => {
    expect(parse(LocaleSchema, 'ja')).toBe('ja');
    expect(parse(LocaleSchema, 'fr')).toBeNull();
    expect(parse(AuthSchema, { lang: 'zh' })).toEqual({ lang: 'zh' });
    expect(parse(AuthSchema, { token: 'x'.repeat(129) })).toBeNull();
    expect(parse(AuthSchema, { role: 'presenter' })).toBeNull();
  });
});

describe('the origin check', () => {
  const hosts = allowedHosts(5173, ['192.168.1.20']);

  it('lets the deck’s own pages and non-browser clients in', () => {
    expect(requestAllowed({ host: '127.0.0.1:5173' }, hosts)).toBe(true);
    expect(requestAllowed({ host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' }, hosts)).toBe(
      true,
    );
    expect(
      requestAllowed({ host: '192.168.1.20:5173', origin: 'http://192.168.1.20:5173' }, hosts),
    ).toBe(true);
  });

  it('refuses other origins, other host names (DNS rebinding) and a missing host', () => {
    expect(requestAllowed({ host: '127.0.0.1:5173', origin: 'http://evil.example' }, hosts)).toBe(
      false,
    );
    expect(requestAllowed({ host: '127.0.0.1:5173', origin: 'null' }, hosts)).toBe(false);
    expect(
      requestAllowed({ host: 'evil.example:5173', origin: 'http://evil.example:5173' }, hosts),
    ).toBe(false);
    expect(requestAllowed({ host: '10.0.0.9:5173' }, hosts)).toBe(false);
    expect(requestAllowed({}, hosts)).toBe(false);
  });
});

describe('the rate limit', () => {
  it('lets a burst through, then refuses until time refills it', () => {
    const limit = rateLimit(10, 3);
    const start = Date.now();
    expect([1, 2, 3, 4].map(() => limit.take(start))).toEqual([true, true, true, false]);
    expect(limit.take(start + 50)).toBe(false);
    expect(limit.take(start + 150)).toBe(true);
  });
});

describe('the page the server serves', () => {
  const html =
    '<html><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'self\'" /></head><body></body></html>';

  it('carries the marker and lets the page reach its own server', () => {
    const page = followPage(html, { audience: 'http://127.0.0.1:5173/' }, '127.0.0.1:5173');
    expect(page).toContain(
      '<meta name="deck-follow" content="{&quot;audience&quot;:&quot;http://127.0.0.1:5173/&quot;}" />',
    );
    expect(page).toContain("script-src 'self'; connect-src 'self' ws://127.0.0.1:5173\"");
  });

  it('cannot be broken out of by the link it carries', () => {
    const page = followPage(html, { audience: '"><script>alert(1)</script>' }, 'x:1');
    expect(page).not.toContain('<script>');
  });
});
