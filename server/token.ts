import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new presenter token: 24 random bytes, URL-safe (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** SHA-256, so both sides of the comparison have the same length whatever was sent. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Whether `offered` is the presenter token, compared in constant time (`timingSafeEqual` over
 * digests, so neither the content nor the length of the real token leaks through timing).
 */
export function tokenMatches(expected: string, offered: unknown): boolean {
  if (typeof offered !== 'string' || offered === '' || expected === '') return false;
  return timingSafeEqual(digest(expected), digest(offered));
}
