import type { TextKey, TextParams } from '../i18n/keys.ts';
import type { Locale } from '../i18n/languages.ts';
import { formatClockTime, formatDuration } from './pacing.ts';
import type { StateMessage } from './speaker-protocol.ts';
import { create, pacingLine } from './speaker-controls.ts';
import './speaker-timers.css';

type Label = (key: TextKey, params?: TextParams) => string;

/** A time on the panel: its label small and quiet, its figure large, read from a metre away. */
function reading(className: string) {
  const element = create('p', className);
  const name = create('span', 'speaker-timer-label');
  const value = create('span', 'speaker-timer-value');
  element.append(name, ' ', value);
  const show = (text: string, time: string): void => {
    name.textContent = text;
    value.textContent = time;
  };
  return { element, show };
}

/**
 * The speaker view's timer panel, as tall as its two lines: the clock and the elapsed time
 * (with the button that starts the talk or restarts its timer), then the pacing line.
 */
export class SpeakerTimers {
  readonly element = create('div', 'speaker-timers');
  readonly #clock = reading('speaker-clock');
  readonly #elapsed = reading('speaker-elapsed');
  readonly #pacing = create('p', 'speaker-pacing');
  readonly #talk = create('button', 'speaker-talk');

  /** `onTalk` starts the talk's clock, or restarts it once started. */
  constructor(onTalk: () => void) {
    this.#pacing.setAttribute('aria-live', 'polite');
    this.#talk.type = 'button';
    this.#talk.addEventListener('click', onTalk);
    this.element.append(this.#clock.element, this.#elapsed.element, this.#talk, this.#pacing);
  }

  /** Redraws the times for `state` (null: no audience window heard from yet). */
  tick(label: Label, state: StateMessage | null, budgets: readonly number[]): void {
    const speaker: Locale = state?.languages.speaker ?? 'en';
    this.#clock.show(label('speakerView.clock'), formatClockTime(speaker, new Date()));
    const talk = state?.clock ?? null;
    const seconds = talk === null ? 0 : Math.max(0, (Date.now() - talk.startedAt) / 1000);
    this.#elapsed.show(label('speakerView.elapsed'), formatDuration(seconds));
    const pacing = this.#pacing;
    if (state === null || talk === null) {
      delete pacing.dataset['state'];
      pacing.textContent = label(state === null ? 'speakerView.waiting' : 'speaker.notStarted');
      return;
    }
    const line = pacingLine(label, budgets, state.h, seconds, talk.fromSlide);
    pacing.dataset['state'] = line.state;
    pacing.textContent = line.text;
  }

  /** The button's text in the notes language: start the talk, or restart its timer. */
  label(label: Label, started: boolean): void {
    this.#talk.textContent = label(started ? 'speakerView.resetTimer' : 'speaker.startTalk');
    this.#talk.dataset['action'] = started ? 'reset' : 'start';
  }
}
