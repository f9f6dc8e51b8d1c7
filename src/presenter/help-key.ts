import type { RevealPlugin } from 'reveal.js';

/**
 * Whether a key press is `?`, the deck's key for its list of shortcuts (README, Keyboard),
 * by the character typed. reveal reads key codes instead: `?` only as Shift with the / key
 * (code 191), and that key without Shift as its black screen. So a `?` typed without Shift
 * held (an on-screen keyboard, a presenter remote's macro, a script typing the character)
 * blacked the screen out under reveal's "Resume" button, and a `?` that another layout puts on
 * another key (German Shift+ß, French Shift+,) did nothing.
 */
export function isHelpKey(event: KeyboardEvent): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Whether a key press types into a field (reveal's "go to slide" field, say). */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))
  );
}

/**
 * Opens and closes reveal's help overlay on `?`, whatever keys typed it. reveal itself is
 * kept from reading `?` (the deck's `keyboardCondition` leaves it to this plugin).
 */
export function HelpKey(): RevealPlugin & { readonly id: 'help-key' } {
  let stop: (() => void) | null = null;
  return {
    id: 'help-key',
    init(reveal) {
      const onKey = (event: KeyboardEvent): void => {
        if (!isHelpKey(event) || typing(event.target)) return;
        reveal.toggleHelp();
        event.preventDefault();
      };
      document.addEventListener('keydown', onKey);
      stop = () => {
        document.removeEventListener('keydown', onKey);
      };
    },
    destroy() {
      stop?.();
      stop = null;
    },
  };
}
