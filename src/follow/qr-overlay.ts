import { toString as qrSvg } from 'qrcode';
import type { RunningDeck } from '../deck.ts';

/** The "follow on your phone" key: Q, which reveal leaves free (J is reveal's navigation). */
export const FOLLOW_KEY = { keyCode: 81, key: 'Q' } as const;

/** The full-screen "follow on your phone" overlay. */
export interface QrOverlay {
  /** Shows the overlay, or hides it if shown. */
  toggle(): void;
  /** Removes the overlay, its key and its listeners. */
  destroy(): void;
}

/**
 * A full-screen overlay with the audience link as a QR code and as text, in the slide language,
 * toggled by {@link FOLLOW_KEY} (listed in reveal's help overlay) or closed by a click.
 */
export function qrOverlay({ reveal, language }: RunningDeck, audienceUrl: string): QrOverlay {
  const overlay = document.createElement('div');
  overlay.className = 'follow-qr';
  overlay.hidden = true;
  overlay.setAttribute('role', 'dialog');
  const title = document.createElement('h2');
  const code = document.createElement('img');
  code.className = 'follow-qr-code';
  const link = document.createElement('p');
  link.className = 'follow-qr-link';
  link.lang = 'en';
  link.textContent = audienceUrl;
  const hint = document.createElement('p');
  hint.className = 'follow-qr-hint';
  overlay.append(title, code, link, hint);
  (reveal.getRevealElement() ?? document.body).append(overlay);
  void qrSvg(audienceUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
    code.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });

  const toggle = (): void => {
    overlay.hidden = !overlay.hidden;
  };
  const write = (): void => {
    const t = language.t('audience');
    title.textContent = t('follow.qrTitle');
    hint.textContent = t('follow.qrHint');
    code.alt = t('follow.qrTitle');
    overlay.setAttribute('aria-label', t('follow.qrTitle'));
  };
  // reveal lists the key in its help overlay; the deck's help overlay writes its description
  // in the slide language (src/presenter/reveal-texts.ts).
  reveal.addKeyBinding(
    { ...FOLLOW_KEY, description: language.t('audience')('follow.key') },
    toggle,
  );
  overlay.addEventListener('click', toggle);
  const stopListening = language.onChange(write);
  write();
  return {
    toggle,
    destroy() {
      stopListening();
      reveal.removeKeyBinding(FOLLOW_KEY.keyCode);
      overlay.remove();
    },
  };
}
