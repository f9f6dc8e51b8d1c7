import { SPEAKER_VIEW_PARAM } from './presenter/speaker-protocol.ts';

/**
 * How the page shows the deck: reveal's print view (`?print-pdf` or `?view=print`), its
 * scroll view (`?view=scroll`), the reader view (`?view=reader`, scrolled too), or slides.
 */
export type ViewMode = 'print' | 'scroll' | 'reader' | 'slides';

/** The deck's query string, as the deck reads it at start-up (see `source/CONTRACT.md`). */
export interface DeckQuery {
  readonly view: ViewMode;
  /** The language parameters as written; `detect.ts` reads and checks them. */
  readonly languages: LanguageParameters;
  /** `?minutes=` as written: the talk's length for the speaker view's pacing. */
  readonly minutes: string | null;
  /** Whether this page is the speaker view (`?presenter`), opened by the S key. */
  readonly speakerView: boolean;
}

/** `?lang=` (slides), `?speaker=` (notes), `?sub=` (subtitles), as written. */
export type LanguageParameters = Readonly<Record<'lang' | 'speaker' | 'sub', string | null>>;

/** The view a query asks for, as reveal decides it (`print-pdf` anywhere in the query). */
function viewOf(search: string, query: URLSearchParams): ViewMode {
  const view = query.get('view');
  if (/print-pdf/i.test(search) || view === 'print') return 'print';
  if (view === 'scroll' || view === 'reader') return view;
  return 'slides';
}

/** Parses a query string (`location.search`). */
export function parseDeckQuery(search: string): DeckQuery {
  const query = new URLSearchParams(search);
  return {
    view: viewOf(search, query),
    languages: { lang: query.get('lang'), speaker: query.get('speaker'), sub: query.get('sub') },
    minutes: query.get('minutes'),
    speakerView: query.has(SPEAKER_VIEW_PARAM),
  };
}

let parsed: { readonly search: string; readonly query: DeckQuery } | undefined;

/**
 * The page's query string, parsed once per address: the deck reads it at start-up from
 * several modules, and writes it again only when the languages change.
 */
export function deckQuery(): DeckQuery {
  const { search } = window.location;
  if (parsed?.search !== search) parsed = { search, query: parseDeckQuery(search) };
  return parsed.query;
}

/** Whether the page shows every slide at once: the print, scroll and reader views. */
export function showsEverySlide(view: ViewMode): boolean {
  return view !== 'slides';
}
