import type { TFunction } from 'i18next';
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';
import { LANG_TAGS } from '../i18n/languages.ts';

/** The notes pages' headlines as a reveal plugin. */
export interface NotesPagesPlugin extends RevealPlugin {
  readonly id: 'notes-pages';
}

/**
 * Puts each slide's headline at the top of its notes page in the print view
 * (`showNotes=separate-page`, the PDF export's `--notes`), in the notes language: reveal
 * prints the notes alone, so a notes page read on its own said nothing of its slide.
 * reveal lays each notes page right after its slide's page.
 */
export function NotesPages(
  headlines: ReadonlyMap<string, (t: TFunction) => string>,
  language: DeckLanguage,
): NotesPagesPlugin {
  let deck: RevealApi | null = null;
  const addHeadlines = (): void => {
    const t = language.t('speaker');
    const notesPages = document.querySelectorAll<HTMLElement>(
      '.speaker-notes-pdf[data-layout="separate-page"]',
    );
    for (const notes of notesPages) {
      const slide = notes.previousElementSibling?.querySelector<HTMLElement>('[data-slide-id]');
      const headline = headlines.get(slide?.dataset['slideId'] ?? '');
      if (headline === undefined || notes.querySelector('.notes-headline') !== null) continue;
      const heading = document.createElement('h2');
      heading.className = 'notes-headline';
      heading.textContent = headline(t);
      notes.lang = LANG_TAGS[language.state.speaker];
      notes.prepend(heading);
    }
  };
  return {
    id: 'notes-pages',
    init(reveal) {
      deck = reveal;
      reveal.on('pdf-ready', addHeadlines);
    },
    destroy() {
      deck?.off('pdf-ready', addHeadlines);
      deck = null;
    },
  };
}
