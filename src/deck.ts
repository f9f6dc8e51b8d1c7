import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js';
import { SLIDES } from '../slides/index.ts';
import { ChartCanvases } from './charts/chart-canvases.ts';
import { DeckCharts, type DeckChartsPlugin } from './charts/chart-plugin.ts';
import { deckQuery, showsEverySlide, type DeckQuery } from './deck-query.ts';
import { DeckLanguage, type LanguageState } from './i18n/deck-language.ts';
import { detectLanguage, detectSubtitles, usesStoredLanguages } from './i18n/detect.ts';
import { LOCALES } from './i18n/languages.ts';
import { createDeckI18n } from './i18n/i18n.ts';
import { persistLanguages } from './i18n/language-persistence.ts';
import { readStored, STORAGE_KEYS } from './i18n/storage.ts';
import { HelpKey, isHelpKey } from './presenter/help-key.ts';
import { RevealTexts } from './presenter/reveal-texts.ts';
import { LanguageMenu } from './presenter/language-menu.ts';
import { PrintNotice } from './presenter/print-notice.ts';
import { SpeakerView, type SpeakerViewPlugin } from './presenter/speaker-plugin.ts';
import { requestedMinutes, talkPlan } from './presenter/talk-plan.ts';
import { MovingSlides } from './render/moving-slides.ts';
import { NotesPages } from './render/notes-pages.ts';
import { OwnSlides } from './render/own-slides.ts';
import { PhonePages } from './render/phone-pages.ts';
import { startNotingLeftovers } from './render/reveal-leftovers.ts';
import { renderDeck } from './render/render-deck.ts';
import { SLIDE_SIZE } from './render/slide-size.ts';
import { SlideReadiness } from './render/slide-readiness.ts';
import { SubtitleRoom } from './render/subtitle-room.ts';
import { SlideWindow, slideInHash } from './render/slide-window.ts';
import { TextRenderer } from './render/text-renderer.ts';
import { UrlHash } from './render/url-hash.ts';
import { familiesFor, registerEmbeddedFonts } from './theme/embedded-fonts.ts';

/** Whether the viewer asked the system for less motion. */
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How many slides on each side of the current one reveal keeps displayed. */
const VIEW_DISTANCE = 3;

/** reveal.js options for a conference deck; query parameters cannot override these. */
export const REVEAL_CONFIG = {
  ...SLIDE_SIZE,
  margin: 0.04,
  hash: true,
  respondToHashChanges: true,
  history: false,
  controls: true,
  controlsTutorial: false,
  // Both arrows in one tone (theme.css): reveal's default fades the previous-slide arrow.
  controlsBackArrows: 'visible',
  progress: true,
  slideNumber: 'c/t',
  overview: true,
  help: true,
  center: false,
  transition: REDUCED_MOTION ? 'none' : 'slide',
  backgroundTransition: REDUCED_MOTION ? 'none' : 'fade',
  fragments: true,
  jumpToSlide: true,
  touch: true,
  hideInactiveCursor: true,
  viewDistance: VIEW_DISTANCE,
  pdfSeparateFragments: false,
  // Keys typed in the language menu operate its buttons, not the slides; `?` is HelpKey's.
  keyboardCondition: (event: KeyboardEvent) =>
    !isHelpKey(event) &&
    !(
      event.target instanceof HTMLElement &&
      event.target.closest('.deck-menu') !== null &&
      (event.key === 'Enter' || event.key === ' ')
    ),
} satisfies RevealConfig;

/** A running deck, as the tests and the benchmark see it. */
export interface RunningDeck {
  readonly reveal: RevealApi;
  readonly language: DeckLanguage;
  readonly charts: DeckChartsPlugin;
  readonly speakerView: SpeakerViewPlugin;
  /**
   * Ends the deck: reveal and every plugin (charts destroyed, keys, listeners and timers
   * removed), the idle work, the language listeners. The page can start a deck again.
   */
  destroy(): void;
}

/**
 * reveal copies every query parameter into its config: puts back the options of ours that a
 * parameter changed. Only those, and only if any: `configure` lays the whole deck out again,
 * which would delay the first frame by tens of milliseconds.
 */
function restoreConfig(reveal: RevealApi): void {
  const config: Partial<RevealConfig> = reveal.getConfig();
  const changed = Object.entries(REVEAL_CONFIG).filter(
    ([key, value]) => config[key as keyof RevealConfig] !== value,
  );
  if (changed.length > 0) reveal.configure(Object.fromEntries(changed));
}

/**
 * Reads the languages to start in: URL, then memory, then the browser, then English. Memory
 * applies only when the URL names no language and the deck is not printing.
 */
function initialLanguages({ languages }: DeckQuery, printing: boolean): LanguageState {
  const remembered = usesStoredLanguages(languages, printing);
  const stored = (key: string) => (remembered ? readStored(key) : null);
  const audience = detectLanguage({
    url: languages.lang,
    stored: stored(STORAGE_KEYS.audience),
    browser: navigator.languages,
  });
  if (audience.warning !== null) console.warn(`[deck] ${audience.warning}`);
  // Notes follow the slides unless a notes language was chosen (in the URL or remembered).
  const speaker = detectLanguage(
    { url: languages.speaker, stored: stored(STORAGE_KEYS.speaker), browser: [] },
    'speaker',
  );
  if (speaker.warning !== null) console.warn(`[deck] ${speaker.warning}`);
  const subtitles = detectSubtitles({
    url: languages.sub,
    stored: stored(STORAGE_KEYS.subtitles),
    audience: audience.locale,
  });
  if (subtitles.warning !== null) console.warn(`[deck] ${subtitles.warning}`);
  return {
    audience: audience.locale,
    speaker: speaker.source === 'default' ? audience.locale : speaker.locale,
    subtitles: subtitles.locale,
  };
}

/** Renders the slides, applies the languages and starts reveal.js with the deck's plugins. */
export async function startDeck(root: HTMLElement): Promise<RunningDeck> {
  const slidesElement = root.querySelector<HTMLElement>('.slides');
  if (slidesElement === null) throw new Error('The deck needs a .reveal > .slides element.');
  const query = deckQuery();
  const showsAll = showsEverySlide(query.view);
  const printing = query.view === 'print';
  const state = initialLanguages(query, printing);
  // Fonts first, so that the first layout is made with them.
  registerEmbeddedFonts(showsAll ? undefined : familiesFor(Object.values(state)));
  const rendered = renderDeck(SLIDES);
  const first = slideInHash(
    window.location.hash,
    SLIDES.map((slide) => slide.id),
  );
  slidesElement.replaceChildren(...rendered.slides.map((slide) => slide.section));
  const i18n = createDeckI18n(state.audience);
  const language = new DeckLanguage(i18n, state);
  // The renderer listens first: a switch writes its texts, then the readiness schedules the
  // slides left unwritten, then the fonts are registered before the page is laid out again,
  // then the plugins (charts) hear of it.
  const texts = new TextRenderer(language, rendered.slides);
  const readiness = new SlideReadiness(texts, language);
  language.onChange((next) => {
    registerEmbeddedFonts(familiesFor(Object.values(next)));
  });
  const stopPersisting = persistLanguages(language);
  // The print and scroll views show every slide at once; otherwise the first slide is
  // written now, the rest in idle moments or when reveal is about to show them.
  if (showsAll) texts.render();
  else texts.renderNear((slide) => slide === first);

  const charts = DeckCharts({
    canvases: new ChartCanvases(rendered.slides.map((slide) => slide.charts)),
    language,
    readiness,
  });
  const minutes = requestedMinutes(query.minutes);
  const speakerView = SpeakerView(
    language,
    () => talkPlan(i18n, language.state.speaker, minutes),
    readiness.whenIdle,
  );
  const moving = MovingSlides();
  const reveal = new Reveal(root);
  const clearRevealLeftovers = await startNotingLeftovers(reveal, () =>
    reveal.initialize({
      ...REVEAL_CONFIG,
      plugins: [
        OwnSlides(rendered.slides.map((slide) => slide.section)),
        PhonePages(),
        SlideWindow(readiness, texts, moving, VIEW_DISTANCE),
        // After the slide window: it measures a slide once its texts are written.
        SubtitleRoom(language),
        moving,
        LanguageMenu(language),
        RevealTexts(language),
        HelpKey(),
        UrlHash(),
        charts,
        speakerView,
        NotesPages(new Map(rendered.slides.map((slide) => [slide.id, slide.headline])), language),
        // Ctrl+P in the print view prints the deck itself: no notice there.
        ...(printing ? [] : [PrintNotice(language)]),
      ],
    }),
  );
  restoreConfig(reveal);
  // On a narrow screen reveal turns to its scroll view while laying out, before it reads the
  // URL, and that writes the first slide into the hash: a deep link (#/size) on a phone
  // opened on the title. The slide the link names is known, so the deck goes there (the
  // scroll view finds a slide only by both its indices).
  if (!printing && reveal.getIndices().h !== first) reveal.slide(first, 0);
  // The rest of the deck, in idle moments once the first slide is drawn: the other slides,
  // then the queued work (charts, the other languages' fonts a family per moment since
  // decoding one takes milliseconds, every text in every language).
  for (const family of familiesFor(LOCALES)) {
    readiness.whenIdle(() => {
      registerEmbeddedFonts([family]);
    });
  }
  for (const job of texts.preparationJobs()) readiness.whenIdle(job);
  readiness.start(() => reveal.getIndices().h);
  let destroyed = false;
  const destroy = (): void => {
    if (destroyed) return;
    destroyed = true;
    readiness.destroy();
    reveal.destroy();
    clearRevealLeftovers();
    texts.destroy();
    stopPersisting();
    language.destroy();
  };
  return { reveal, language, charts, speakerView, destroy };
}
