import type { DeckCommand } from './speaker-protocol.ts';

/**
 * Keys of the speaker window and the deck command each one sends (reveal's keys, and ours).
 * ↑ and ↓ are left to scroll the notes: the deck has no vertical slides for them to move to.
 */
const KEY_COMMANDS: Readonly<Record<string, DeckCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  l: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  p: 'prev',
  h: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blackout',
  '.': 'blackout',
  v: 'blackout',
  f: 'fullscreen',
  o: 'overview',
  Escape: 'overview',
  t: 'slideLanguage',
  u: 'subtitles',
};

/** The parts of a key press the speaker view reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** Whether a shortcut of the browser or the system (Ctrl, Cmd, Alt), which we leave alone. */
function withModifier(event: KeyPress): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/** The command a key press stands for, if any (Shift+Space steps back, as in reveal). */
export function commandFor(event: KeyPress): DeckCommand | undefined {
  if (withModifier(event)) return undefined;
  if (event.key === ' ' && event.shiftKey) return 'prev';
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return Object.hasOwn(KEY_COMMANDS, key) ? KEY_COMMANDS[key] : undefined;
}

/**
 * The slide a "go to" entry names: a slide number (1-based) or a slide's id; null for
 * anything else.
 */
export function slideNamed(entry: string, slideIds: readonly string[]): number | null {
  const text = entry.trim();
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    return number >= 1 && number <= slideIds.length ? number - 1 : null;
  }
  const index = slideIds.indexOf(text.replace(/^#?\/?/, ''));
  return index >= 0 ? index : null;
}

/** G: reveal's "jump to slide", here a field of the speaker view itself. */
export function isJumpKey(event: KeyPress): boolean {
  return !withModifier(event) && event.key.toLowerCase() === 'g';
}
