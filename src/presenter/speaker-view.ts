import type { TFunction } from 'i18next';
import { SLIDES } from '../../slides/index.ts';
import { showFollowers } from '../follow/marker.ts';
import { formatFigures } from '../i18n/format-figure.ts';
import { createDeckI18n } from '../i18n/i18n.ts';
import type { TextKey, TextParams } from '../i18n/keys.ts';
import { INTL_LOCALES, LANG_TAGS, LOCALES, NATIVE_NAMES, type Locale } from '../i18n/languages.ts';
import { formatDuration, pacingStatus } from './pacing.ts';
import { SlidePreview } from './slide-preview.ts';
import {
  parseSpeakerMessage,
  SPEAKER_NAMESPACE,
  isOwnOrigin,
  targetOrigin,
  type NavigateMessage,
  type SharedLanguages,
  type SpeakerMessage,
  type StateMessage,
} from './speaker-protocol.ts';
import { requestedMinutes, talkPlan, type TalkPlan } from './talk-plan.ts';
import './speaker-view.css';

/** Creates an element with a class and optional text. */
function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== '') element.textContent = text;
  return element;
}

/** A row of language buttons, each language named in its own script. */
function languageGroup(onPick: (locale: Locale) => void) {
  const label = create('span', 'speaker-group-label');
  const group = create('div', 'speaker-group');
  group.setAttribute('role', 'group');
  const buttons = LOCALES.map((locale) => {
    const button = create('button', '', NATIVE_NAMES[locale]);
    button.type = 'button';
    button.lang = LANG_TAGS[locale];
    button.dataset['locale'] = locale;
    button.addEventListener('click', () => {
      onPick(locale);
    });
    return button;
  });
  group.append(label, ...buttons);
  const update = (current: Locale, text: string) => {
    label.textContent = text;
    group.setAttribute('aria-label', text);
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(button.dataset['locale'] === current));
    }
  };
  return { group, update };
}

/**
 * The speaker view window: current and next slide as the audience sees them, the notes in
 * the notes language, clock, elapsed time and pacing, and language controls. It follows the
 * audience window through tagged messages from its opener, and only from its opener.
 */
export function startSpeakerView(): void {
  const opener = window.opener as Window | null;
  const i18n = createDeckI18n();
  const query = new URLSearchParams(window.location.search);
  const plans = new Map<Locale, TalkPlan>();
  const minutes = requestedMinutes(query.get('minutes'));
  const planFor = (locale: Locale): TalkPlan => {
    const cached = plans.get(locale);
    if (cached) return cached;
    const plan = talkPlan(i18n, locale, minutes);
    plans.set(locale, plan);
    return plan;
  };
  let state: StateMessage | null = null;
  let startedAt = Date.now();

  const post = (message: SpeakerMessage): void => {
    opener?.postMessage(message, targetOrigin(window.location));
  };
  const navigate = (direction: NavigateMessage['direction']): void => {
    post({ namespace: SPEAKER_NAMESPACE, type: 'navigate', direction });
  };
  const setLanguage = (change: Partial<SharedLanguages>): void => {
    post({ namespace: SPEAKER_NAMESPACE, type: 'language', change });
  };

  const root = create('div', 'speaker');
  const title = create('h1', 'speaker-title');
  const clock = create('p', 'speaker-clock');
  const elapsed = create('p', 'speaker-elapsed');
  const pacing = create('p', 'speaker-pacing');
  pacing.setAttribute('aria-live', 'polite');
  const restart = create('button', 'speaker-restart');
  restart.type = 'button';
  restart.addEventListener('click', () => {
    startedAt = Date.now();
    tick();
  });
  const slidesLanguage = languageGroup((locale) => {
    setLanguage({ audience: locale });
  });
  const notesLanguage = languageGroup((locale) => {
    setLanguage({ speaker: locale });
  });
  const bar = create('header', 'speaker-bar');
  const timers = create('div', 'speaker-timers');
  timers.append(clock, elapsed, restart, pacing);
  const languages = create('div', 'speaker-languages');
  languages.append(slidesLanguage.group, notesLanguage.group);
  bar.append(title, timers, languages);
  showFollowers(timers);

  const currentHeading = create('h2', 'speaker-heading');
  const current = new SlidePreview('speaker-current-slide');
  const nextHeading = create('h2', 'speaker-heading');
  const next = new SlidePreview('speaker-next-slide');
  const notesHeading = create('h2', 'speaker-heading');
  const notes = create('div', 'speaker-notes');
  const previous = create('button', 'speaker-nav');
  previous.type = 'button';
  previous.addEventListener('click', () => {
    navigate('prev');
  });
  const forward = create('button', 'speaker-nav');
  forward.type = 'button';
  forward.addEventListener('click', () => {
    navigate('next');
  });
  const nav = create('nav', 'speaker-navigation');
  nav.append(previous, forward);

  const currentColumn = create('section', 'speaker-current');
  currentColumn.append(currentHeading, current.element, nav);
  const nextColumn = create('section', 'speaker-next');
  nextColumn.append(nextHeading, next.element);
  const notesColumn = create('section', 'speaker-notes-column');
  notesColumn.append(notesHeading, notes);
  const main = create('main', 'speaker-main');
  main.append(currentColumn, notesColumn, nextColumn);
  root.append(bar, main);
  document.body.replaceChildren(root);
  document.body.classList.add('is-speaker-view');

  /** Labels in the notes language. */
  const label = (key: TextKey, params: TextParams = {}): string =>
    i18n.getFixedT(state?.languages.speaker ?? 'en')(key, params);

  function tick(): void {
    const speaker = state?.languages.speaker ?? 'en';
    const time = new Intl.DateTimeFormat(INTL_LOCALES[speaker], { timeStyle: 'short' }).format(
      new Date(),
    );
    clock.textContent = `${label('speakerView.clock')} ${time}`;
    const seconds = (Date.now() - startedAt) / 1000;
    elapsed.textContent = `${label('speakerView.elapsed')} ${formatDuration(seconds)}`;
    if (state === null) {
      pacing.textContent = label('speakerView.waiting');
      return;
    }
    const plan = planFor(speaker);
    const status = pacingStatus(plan.budgets, state.h, seconds);
    const budget = formatDuration(plan.budgets[state.h] ?? 0);
    const word =
      status.state === 'on-time'
        ? label('speakerView.onTime')
        : label(status.state === 'ahead' ? 'speakerView.ahead' : 'speakerView.behind', {
            time: formatDuration(status.seconds),
          });
    pacing.dataset['state'] = status.state;
    pacing.textContent = `${word} · ${label('speakerView.slideBudget', { time: budget })}`;
  }

  function render(): void {
    const speaker = state?.languages.speaker ?? 'en';
    const audience = state?.languages.audience ?? 'en';
    document.documentElement.lang = LANG_TAGS[speaker];
    document.title = label('speakerView.title');
    title.textContent = `${label('speakerView.title')} · ${label('speakerView.target', {
      time: formatDuration(planFor(speaker).minutes * 60),
    })}`;
    restart.textContent = label('speakerView.resetTimer');
    previous.textContent = `← ${label('speakerView.previous')}`;
    forward.textContent = `${label('speakerView.forward')} →`;
    slidesLanguage.update(audience, label('speakerView.slidesLanguage'));
    notesLanguage.update(speaker, label('speakerView.notesLanguage'));
    notesHeading.textContent = label('speakerView.notes');
    if (state === null) return;
    const audienceT: TFunction = i18n.getFixedT(audience);
    const slide = SLIDES[state.h];
    const upcoming = SLIDES[state.h + 1];
    currentHeading.textContent = `${label('speakerView.current')} · ${label('ui.slideLabel', {
      number: String(state.h + 1),
      total: String(state.total),
    })}`;
    nextHeading.textContent = upcoming ? label('speakerView.next') : label('speakerView.end');
    current.show(slide, audienceT, audience, state.f);
    next.show(upcoming, audienceT, audience, Number.POSITIVE_INFINITY);
    const speakerT: TFunction = i18n.getFixedT(speaker);
    const text = slide ? speakerT(slide.notes, formatFigures(speakerT, slide.figures)) : '';
    notes.lang = LANG_TAGS[speaker];
    notes.replaceChildren(
      ...text.split('\n').map((line) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      }),
    );
    tick();
  }

  window.addEventListener('message', (event) => {
    if (opener === null || event.source !== opener || !isOwnOrigin(event.origin, window.location)) {
      return;
    }
    const message = parseSpeakerMessage(event.data);
    if (message?.type !== 'state') return;
    state = message;
    render();
  });
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) {
      return;
    }
    if (['ArrowRight', 'PageDown', ' ', 'n'].includes(event.key)) navigate('next');
    else if (['ArrowLeft', 'PageUp', 'p'].includes(event.key)) navigate('prev');
    else return;
    event.preventDefault();
  });
  window.addEventListener('resize', () => {
    current.fit();
    next.fit();
  });
  render();
  tick();
  setInterval(tick, 1000);
  post({ namespace: SPEAKER_NAMESPACE, type: 'hello' });
}
