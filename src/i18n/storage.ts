/** Keys under which the deck remembers the reader's language choices. */
export const STORAGE_KEYS = {
  audience: 'dalian-deck.lang',
  speaker: 'dalian-deck.speaker',
  /** The subtitle language, or `off`. */
  subtitles: 'dalian-deck.sub',
} as const;

/**
 * Reads a remembered value. Storage can be blocked (privacy settings, sandboxed frames,
 * `file://` in some browsers) and then throws: the deck simply runs without memory.
 */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a value when storage is available; silently does nothing otherwise. */
export function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}
