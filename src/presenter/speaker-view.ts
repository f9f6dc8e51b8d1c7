import type { TFunction } from 'i18next';
import { SLIDES } from '../../slides/index.ts';
import { keepChartEngine } from '../charts/load-chart-engine.ts';
import { deckQuery } from '../deck-query.ts';
import { showFollowers } from '../follow/marker.ts';
import { createDeckI18n } from '../i18n/i18n.ts';
import type { TextKey, TextParams } from '../i18n/keys.ts';
import { LANG_TAGS } from '../i18n/languages.ts';
import { markNotesAhead, notesReadings, notesText, writeNotes } from '../render/notes.ts';
import { markSubtitles } from '../render/text-renderer.ts';
import { fitLine, fitNotes } from './notes-fit.ts';
import { formatDuration } from './pacing.ts';
import { SlidePreview } from './slide-preview.ts';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  isOwnOrigin,
  targetOrigin,
  type DeckCommand,
  type SharedLanguages,
  type SpeakerMessage,
  type StateMessage,
} from './speaker-protocol.ts';
import { commandFor, isJumpKey } from './speaker-keys.ts';
import { StageNotice } from './stage-notice.ts';
import { SpeakerTimers } from './speaker-timers.ts';
import { requestedMinutes, talkPlans } from './talk-plan.ts';
import { create, JumpForm, languageGroup } from './speaker-controls.ts';
import './speaker-view.css';

/** How often the speaker view says hello: a reloaded audience window finds it within this. */
const HELLO_MS = 1000;

/**
 * The speaker view window: current and next slide as the audience sees them, the notes in
 * the notes language under the clock, elapsed time and pacing, and language controls. Every
 * deck key pressed here acts on the audience window. It follows the audience window through tagged
 * messages from its opener, and only from its opener, which stays its opener across reloads.
 */
export function startSpeakerView(): void {
  const opener = window.opener as Window | null;
  const i18n = createDeckI18n();
  const planFor = talkPlans(i18n, requestedMinutes(deckQuery().minutes));
  let state: StateMessage | null = null;

  const post = (message: SpeakerMessage, delegate = false): void => {
    const target = targetOrigin(window.location);
    // A key pressed here may lend the audience window its right to go full screen
    // (capability delegation); that needs a named origin, so not from file://.
    const options =
      delegate && target !== '*'
        ? { targetOrigin: target, delegate: 'fullscreen' }
        : { targetOrigin: target };
    try {
      opener?.postMessage(message, options);
    } catch {
      opener?.postMessage(message, { targetOrigin: target });
    }
  };
  const command = (name: DeckCommand): void => {
    post({ namespace: SPEAKER_NAMESPACE, type: 'command', command: name }, name === 'fullscreen');
  };
  const setLanguage = (change: Partial<SharedLanguages>): void => {
    post({ namespace: SPEAKER_NAMESPACE, type: 'language', change });
  };

  const root = create('div', 'speaker');
  const title = create('h1', 'speaker-title');
  const timers = new SpeakerTimers(() => {
    const action = state?.clock == null ? 'start' : 'reset';
    post({ namespace: SPEAKER_NAMESPACE, type: 'clock', action });
  });
  const slidesLanguage = languageGroup((locale) => {
    setLanguage({ audience: locale });
  });
  const notesLanguage = languageGroup((locale) => {
    setLanguage({ speaker: locale });
  });
  const bar = create('header', 'speaker-bar');
  const languages = create('div', 'speaker-languages');
  languages.append(slidesLanguage.group, notesLanguage.group);
  const screen = create('p', 'speaker-screen');
  screen.setAttribute('aria-live', 'polite');
  bar.append(title, languages, screen);
  showFollowers(timers.element);

  const currentHeading = create('h2', 'speaker-heading');
  const current = new SlidePreview('speaker-current-slide');
  const nextHeading = create('h2', 'speaker-heading');
  const next = new SlidePreview('speaker-next-slide');
  const notesHeading = create('h2', 'speaker-heading');
  const notes = create('div', 'speaker-notes');
  notes.tabIndex = 0;
  const notesFit = fitNotes(notes);
  const previous = create('button', 'speaker-nav');
  previous.type = 'button';
  previous.addEventListener('click', () => {
    command('prev');
  });
  const forward = create('button', 'speaker-nav');
  forward.type = 'button';
  forward.addEventListener('click', () => {
    command('next');
  });
  const jump = new JumpForm((slide) => {
    post({ namespace: SPEAKER_NAMESPACE, type: 'goto', h: slide });
  });
  const nav = create('nav', 'speaker-navigation');
  nav.append(previous, forward, jump.form);
  const keys = create('p', 'speaker-keys');
  const keysFit = fitLine(keys);

  // Left, the two slides; right, what the speaker reads: the times, the notes, the controls.
  const currentColumn = create('section', 'speaker-current');
  currentColumn.append(currentHeading, current.element);
  const nextColumn = create('section', 'speaker-next');
  nextColumn.append(nextHeading, next.element);
  const previews = create('div', 'speaker-previews');
  previews.append(currentColumn, nextColumn);
  const notesColumn = create('section', 'speaker-notes-column');
  notesColumn.append(notesHeading, notes);
  const side = create('div', 'speaker-side');
  side.append(timers.element, notesColumn, nav, keys);
  const main = create('main', 'speaker-main');
  main.append(previews, side);
  root.append(bar, main);
  // The offline file's chart engine is a block in the body this replaces.
  keepChartEngine();
  document.body.replaceChildren(root);
  document.body.classList.add('is-speaker-view');
  const notice = new StageNotice(document.body);

  /** Labels in the notes language. */
  const label = (key: TextKey, params: TextParams = {}): string =>
    i18n.getFixedT(state?.languages.speaker ?? 'en')(key, params);

  function tick(): void {
    timers.tick(label, state, planFor(state?.languages.speaker ?? 'en').budgets);
  }

  function render(): void {
    const speaker = state?.languages.speaker ?? 'en';
    const audience = state?.languages.audience ?? 'en';
    document.documentElement.lang = LANG_TAGS[speaker];
    document.title = label('speakerView.title');
    title.textContent = label('ui.joined', {
      first: label('speakerView.title'),
      second: label('speakerView.target', { time: formatDuration(planFor(speaker).minutes * 60) }),
    });
    timers.label(label, state?.clock != null);
    previous.textContent = `← ${label('speakerView.previous')}`;
    forward.textContent = `${label('speakerView.forward')} →`;
    jump.label(`${label('speaker.goTo')} `);
    keys.textContent = label('speaker.keys');
    keysFit();
    slidesLanguage.update(audience, label('speakerView.slidesLanguage'));
    notesLanguage.update(speaker, label('speakerView.notesLanguage'));
    notesHeading.textContent = label('speakerView.notes');
    const alert = state?.blackout
      ? 'speaker.blackout'
      : state?.overview
        ? 'speaker.overview'
        : null;
    screen.textContent = alert === null ? '' : label(alert);
    screen.hidden = alert === null;
    if (state === null) return;
    const slides = { t: i18n.getFixedT(audience), locale: audience };
    const { subtitles } = state;
    // The theme's bilingual mode, as in the hall: the previews' slides make room for subtitles.
    markSubtitles(subtitles);
    const under = subtitles === null ? null : { t: i18n.getFixedT(subtitles), locale: subtitles };
    const slide = SLIDES[state.h];
    const upcoming = SLIDES[state.h + 1];
    currentHeading.textContent = label('ui.joined', {
      first: label('speakerView.current'),
      second: label('ui.slideLabel', { number: String(state.h + 1), total: String(state.total) }),
    });
    nextHeading.textContent = upcoming ? label('speakerView.next') : label('speakerView.end');
    current.show(slide, slides, under, state.f);
    next.show(upcoming, slides, under, Number.POSITIVE_INFINITY);
    // Nothing before the first step or after the last: the buttons say so, as the deck's arrows do.
    previous.disabled = state.h === 0 && state.f < 0;
    forward.disabled = upcoming === undefined && !current.hasHiddenFragment();
    const speakerT: TFunction = i18n.getFixedT(speaker);
    notes.lang = LANG_TAGS[speaker];
    writeNotes(notes, slide ? notesText(speakerT, slide) : '', notesReadings(speaker));
    markNotesAhead(notes, slide, state.f, 'speaker-notes-ahead');
    notesFit();
    tick();
  }

  /** Whether a new state changes what the slides, notes or labels show (not just the clock). */
  const sameView = (a: StateMessage | null, b: StateMessage): boolean =>
    a !== null && JSON.stringify(a) === JSON.stringify(b);

  window.addEventListener('message', (event) => {
    if (opener === null || event.source !== opener || !isOwnOrigin(event.origin, window.location)) {
      return;
    }
    const message = parseSpeakerMessage(event.data);
    if (message?.type === 'notice') {
      notice.show(
        label('speaker.fullscreenRefused'),
        LANG_TAGS[state?.languages.speaker ?? 'en'],
        label('speaker.dismiss'),
      );
      return;
    }
    if (message?.type !== 'state') return;
    // The audience window answers every hello: redraw only what changed.
    if (sameView(state, message)) return;
    state = message;
    render();
  });
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) {
      return;
    }
    if (isJumpKey(event)) {
      jump.open();
      event.preventDefault();
      return;
    }
    const name = commandFor(event);
    if (name === undefined) return;
    command(name);
    event.preventDefault();
  });
  render();
  tick();
  const hello = (): void => {
    post({ namespace: SPEAKER_NAMESPACE, type: 'hello' });
  };
  setInterval(tick, 1000);
  setInterval(hello, HELLO_MS);
  hello();
}
