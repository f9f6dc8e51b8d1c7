import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import type { TextKey } from '../i18n/keys.ts';
import { LANG_TAGS } from '../i18n/languages.ts';

/** reveal's own texts in the slide language, as a reveal plugin. */
export interface RevealTextsPlugin extends RevealPlugin {
  readonly id: 'reveal-texts';
}

/**
 * What each key row of reveal's overlay does, by its keys as reveal writes them (spaces
 * removed): reveal 6's shortcuts in its default navigation mode, then the deck's own keys.
 * A row not listed here (a key another plugin adds) keeps reveal's text. In this deck of one
 * row of slides the arrows step as N and P do (a point, then a slide): reveal's "Up" and
 * "Down" rows named moves it has no slides for.
 */
const DESCRIPTIONS: Readonly<Record<string, TextKey>> = {
  'N,SPACE': 'help.next',
  'P,ShiftSPACE': 'help.previous',
  '→,L': 'help.next',
  '←,H': 'help.previous',
  '↓,J': 'help.next',
  '↑,K': 'help.previous',
  'Alt+←/↑/→/↓': 'help.withoutFragments',
  'Shift+←/↑/→/↓': 'help.firstLast',
  'B,.': 'help.pause',
  F: 'help.fullscreen',
  G: 'help.jump',
  'ESC,O': 'help.overview',
  T: 'help.language',
  U: 'help.subtitles',
  S: 'help.speaker',
  Q: 'follow.key',
};

/**
 * The keys the overlay shows, for the font build (`i18n/deck-text.ts`): its arrows are in no
 * translation, and without them in the subset a laptop with no such glyph drew a box.
 */
export const HELP_KEYS_TEXT = Object.keys(DESCRIPTIONS).join('');

/** reveal's names of two keys, as a keyboard prints them. */
const KEY_NAMES: Readonly<Record<string, string>> = { SPACE: 'Space', ESC: 'Esc' };

/**
 * reveal's keys of a row (`P , Shift SPACE`, `Alt + ←/↑/→/↓`) as keycaps: each key a `kbd`,
 * the `,` between alternatives, the `+` of a chord and the `/` between arrows kept as text.
 */
function keycaps(keys: string): Node[] {
  const parts = keys
    .trim()
    .replace(/\s*([,+/])\s*/g, '$1')
    .replace(/\s+/g, '+')
    .split(/([,+/])/);
  return parts.map((part, i) => {
    if (i % 2 === 1) {
      const join = document.createElement('span');
      join.className = 'help-key-join';
      join.textContent = part;
      return join;
    }
    const key = document.createElement('kbd');
    key.textContent = KEY_NAMES[part] ?? part;
    return key;
  });
}

/** A row of the overlay: its keys as shown, and reveal's own description. */
interface HelpRow {
  readonly keys: string;
  readonly fallback: string;
}

/** The rows' keys under each description, in reveal's order: keys that do one thing share a row. */
function keysByDescription(
  rows: readonly HelpRow[],
  t: (key: TextKey) => string,
): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const row of rows) {
    const key = DESCRIPTIONS[row.keys.replace(/\s+/g, '')];
    const description = key === undefined ? row.fallback : t(key);
    grouped.set(description, [...(grouped.get(description) ?? []), row.keys]);
  }
  return grouped;
}

/**
 * Shows reveal's own texts in the slide language: its help overlay (`?`), which reveal writes
 * in English each time it opens, rewritten through `textContent` (again on a language switch
 * while it is open); the resume button of its black screen; and the names a screen reader
 * gives its arrows ("previous slide", "next slide").
 */
export function RevealTexts(language: DeckLanguage): RevealTextsPlugin {
  let deck: RevealApi | null = null;
  /** reveal's rows of the overlay that is open, read once when it opens. */
  let rows: HelpRow[] = [];
  const cleanups: (() => void)[] = [];

  const content = (): HTMLElement | null =>
    deck?.getRevealElement()?.querySelector<HTMLElement>('.r-overlay-help-content') ?? null;

  const render = (): void => {
    const container = content();
    if (container === null) return;
    const t = language.t('audience');
    const title = document.createElement('p');
    title.className = 'title';
    title.textContent = t('help.title');
    const table = document.createElement('table');
    const head = table.insertRow();
    for (const text of [t('help.key'), t('help.action')]) {
      const cell = document.createElement('th');
      cell.textContent = text;
      head.append(cell);
    }
    for (const [description, keys] of keysByDescription(rows, t)) {
      const line = table.insertRow();
      line.insertCell().append(...keycaps(keys.join(',')));
      line.insertCell().textContent = description;
    }
    container.replaceChildren(title, table);
    // The overlay's own language, so that it takes that language's embedded font (theme.css).
    container.closest('.r-overlay')?.setAttribute('lang', LANG_TAGS[language.state.audience]);
  };

  /** reveal's "Resume presentation" button on the black screen, in the slide language too. */
  const writeResumeButton = (): void => {
    const button = deck?.getRevealElement()?.querySelector('.pause-overlay .resume-button');
    if (button) button.textContent = language.t('audience')('ui.resume');
  };

  /** reveal's arrows (left-to-right: the left one goes back), named in the slide language. */
  const writeArrowNames = (): void => {
    const controls = deck?.getRevealElement()?.querySelector('.controls');
    if (controls === null || controls === undefined) return;
    const t = language.t('audience');
    controls.querySelector('.navigate-left')?.setAttribute('aria-label', t('ui.previousSlide'));
    controls.querySelector('.navigate-right')?.setAttribute('aria-label', t('ui.nextSlide'));
  };

  const onShow = (): void => {
    const container = content();
    rows = [...(container?.querySelectorAll('tr') ?? [])].flatMap((row) => {
      const [keys, description] = row.cells;
      if (keys === undefined || description === undefined || keys.tagName !== 'TD') return [];
      return [{ keys: keys.textContent.trim(), fallback: description.textContent }];
    });
    render();
  };

  return {
    id: 'reveal-texts',
    init(reveal) {
      deck = reveal;
      reveal.on('showhelp', onShow);
      cleanups.push(() => {
        reveal.off('showhelp', onShow);
      });
      cleanups.push(language.onChange(render));
      // reveal builds its pause overlay after the plugins start: written when it is shown.
      reveal.on('paused', writeResumeButton);
      cleanups.push(() => {
        reveal.off('paused', writeResumeButton);
      });
      cleanups.push(language.onChange(writeResumeButton));
      // reveal builds its arrows after the plugins start too.
      reveal.on('ready', writeArrowNames);
      cleanups.push(() => {
        reveal.off('ready', writeArrowNames);
      });
      cleanups.push(language.onChange(writeArrowNames));
    },
    destroy() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      rows = [];
      deck = null;
    },
  };
}
