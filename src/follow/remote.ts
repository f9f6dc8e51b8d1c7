import type { TFunction } from 'i18next';
import type { Socket } from 'socket.io-client';
import { SLIDES } from '../../slides/index.ts';
import { deckQuery } from '../deck-query.ts';
import type { RunningDeck } from '../deck.ts';
import { createDeckI18n } from '../i18n/i18n.ts';
import { LANG_TAGS } from '../i18n/languages.ts';
import {
  formatClockTime,
  formatDuration,
  pacingStatus,
  parseMinutes,
} from '../presenter/pacing.ts';
import { talkPlans } from '../presenter/talk-plan.ts';
import { markNotesAhead, notesReadings, notesText, writeNotes } from '../render/notes.ts';
import { writeAudience } from './audience-text.ts';
import type { TalkEvents } from './follow-client.ts';
import { NO_AUDIENCE, type Audience } from './protocol.ts';
import { onMove, positionOf } from './reveal-position.ts';

/** Below this width the presenter link opens as a remote rather than as the deck. */
const REMOTE_MAX_WIDTH = 600;

/** Whether this screen is a phone's, where the presenter wants a remote. */
export function isRemoteScreen(): boolean {
  return window.matchMedia(`(max-width: ${REMOTE_MAX_WIDTH - 1}px)`).matches;
}

/** Creates an element with a class. */
function create<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}

/**
 * The phone remote: previous and next, the current slide's notes in the notes language, the
 * clock and pacing (the speaker view's plan), and how many people follow. It covers the deck,
 * which keeps running underneath and sends every move as the laptop's deck does.
 */
export function startRemote(
  { reveal, language }: RunningDeck,
  socket: Socket,
  events: TalkEvents,
): void {
  const i18n = createDeckI18n();
  // The speaker view's plan for the same ?minutes (the deck has already warned if invalid).
  const planFor = talkPlans(i18n, parseMinutes(deckQuery().minutes));
  const startedAt = Date.now();
  let audience: Audience = NO_AUDIENCE;

  const root = create('div', 'follow-remote');
  const clock = create('p', 'follow-remote-clock');
  const pacing = create('p', 'follow-remote-pacing');
  const followers = create('p', 'follow-remote-followers');
  const slide = create('h1', 'follow-remote-slide');
  const notes = create('div', 'follow-remote-notes');
  const previous = create('button', 'follow-remote-prev');
  const next = create('button', 'follow-remote-next');
  previous.type = 'button';
  next.type = 'button';
  previous.addEventListener('click', () => {
    reveal.prev();
  });
  next.addEventListener('click', () => {
    reveal.next();
  });
  const header = create('header', 'follow-remote-bar');
  header.append(clock, pacing, followers);
  const nav = create('nav', 'follow-remote-nav');
  nav.append(previous, next);
  root.append(header, slide, notes, nav);
  document.body.append(root);
  document.body.classList.add('is-follow-remote');

  const notesT = (): TFunction => i18n.getFixedT(language.state.speaker);
  const tick = (): void => {
    const speaker = language.state.speaker;
    const t = notesT();
    const time = formatClockTime(speaker, new Date());
    const seconds = (Date.now() - startedAt) / 1000;
    clock.textContent = t('ui.joined', {
      first: time,
      second: `${t('speakerView.elapsed')} ${formatDuration(seconds)}`,
    });
    const status = pacingStatus(planFor(speaker).budgets, reveal.getIndices().h, seconds);
    pacing.dataset['state'] = status.state;
    pacing.textContent =
      status.state === 'on-time'
        ? t('speakerView.onTime')
        : t(status.state === 'ahead' ? 'speakerView.ahead' : 'speakerView.behind', {
            time: formatDuration(status.seconds),
          });
  };
  const render = (): void => {
    const t = notesT();
    const { h, f } = positionOf(reveal);
    const current = SLIDES[h];
    root.lang = LANG_TAGS[language.state.speaker];
    slide.textContent = t('ui.joined', {
      first: t('follow.remote'),
      second: t('ui.slideLabel', { number: String(h + 1), total: String(reveal.getTotalSlides()) }),
    });
    // The same notes as the speaker view's: figures as said aloud, names with their readings.
    writeNotes(notes, current ? notesText(t, current) : '', notesReadings(language.state.speaker));
    // Dimmed as in the speaker view: the paragraphs whose point the hall does not see yet.
    markNotesAhead(notes, current, f, 'follow-remote-notes-ahead');
    previous.textContent = `← ${t('speakerView.previous')}`;
    next.textContent = `${t('speakerView.forward')} →`;
    previous.disabled = reveal.isFirstSlide() && !reveal.availableFragments().prev;
    next.disabled = reveal.isLastSlide() && !reveal.availableFragments().next;
    if (socket.connected) writeAudience(followers, t, audience);
    else followers.textContent = t('follow.offline');
    tick();
  };
  onMove(reveal, render);
  language.onChange(render);
  events.onAudience((counts) => {
    audience = counts;
    render();
  });
  events.onPresence(render);
  render();
  setInterval(tick, 1000);
}
