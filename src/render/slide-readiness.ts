import type { DeckLanguage } from '../i18n/deck-language.ts';
import type { TextRenderer } from './text-renderer.ts';
import { IdleJobs } from './when-idle.ts';

/** What runs the deck's idle work: `IdleJobs` in the deck, a queue run by hand in tests. */
export type IdleScheduler = Pick<IdleJobs, 'whenIdle' | 'whenIdleAfterFrame' | 'end'>;

/** Work queued for an idle moment, for a slide or for the deck as a whole. */
interface IdleJob {
  readonly work: () => void;
  readonly slide: number | undefined;
}

/**
 * The one owner of "is this slide ready?": a slide is ready when its texts show the current
 * languages. It keeps the deck's one idle queue, a job per idle moment, nearest the presenter
 * first: of two slides, the nearer one's work runs first, and a slide is made ready (its
 * texts written) and announced before the work queued for it runs (its charts); work for the
 * deck as a whole (translations, fonts) waits until every slide is done. A language switch leaves the slides off screen unready until
 * their turn, or until reveal is about to show them (`prepare`).
 */
export class SlideReadiness {
  readonly #listeners = new Set<(slide: number) => void>();
  /** Work others queued, in the order it was queued. */
  readonly #queued: IdleJob[] = [];
  #scheduled = false;
  #started = false;
  #current: () => number = () => 0;
  readonly #stopListening: () => void;

  /**
   * Create it right after the text renderer: it follows the language store after the
   * renderer, so a switch has marked its slides unwritten when this schedules them.
   */
  constructor(
    private readonly texts: TextRenderer,
    language: DeckLanguage,
    private readonly idle: IdleScheduler = new IdleJobs(),
  ) {
    this.#stopListening = language.onChange(() => {
      this.#schedule();
    });
  }

  /** Whether a slide's texts are current. */
  isReady(slide: number): boolean {
    return this.texts.isWritten(slide);
  }

  /** Calls `listener` with each slide that becomes ready. Returns the unsubscribe. */
  onReady(listener: (slide: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Makes these slides ready now: reveal is about to show them. */
  prepare(slides: Iterable<number>): void {
    for (const slide of slides) this.#makeReady(slide);
  }

  /**
   * Queues work for an idle moment: work for a slide runs once that slide is ready and the
   * slides nearer the presenter are done; work for no slide, once every slide is done.
   */
  readonly whenIdle = (work: () => void, slide?: number): void => {
    this.#queued.push({ work, slide });
    this.#schedule();
  };

  /**
   * Runs work in the first idle moment after the next frame, ahead of the queue: for work
   * that waits for the first slide to be drawn, not for the others (loading chart.js).
   */
  readonly whenIdleAfterFrame = (work: () => void): void => {
    this.idle.whenIdleAfterFrame(work);
  };

  /**
   * Starts the idle work once the first slide is drawn. `current` is the presenter's slide,
   * which the unready slides nearest to it are made ready first for.
   */
  start(current: () => number): void {
    this.#current = current;
    this.idle.whenIdleAfterFrame(() => {
      this.#started = true;
      this.#schedule();
    });
  }

  /** Cancels the idle work and stops following the store. */
  destroy(): void {
    this.#stopListening();
    this.#started = false;
    this.idle.end();
    this.#queued.length = 0;
    this.#listeners.clear();
  }

  #makeReady(slide: number): void {
    if (this.isReady(slide)) return;
    this.texts.writeSlides([slide]);
    for (const listener of this.#listeners) listener(slide);
  }

  /** The next job: the unready slide or the slide's work nearest the presenter, else deck work. */
  #next(): (() => void) | undefined {
    const current = this.#current();
    const distance = (slide: number | undefined) =>
      slide === undefined ? Number.POSITIVE_INFINITY : Math.abs(slide - current);
    let unready: number | undefined;
    for (let slide = 0; slide < this.texts.slideCount; slide += 1) {
      if (!this.isReady(slide) && distance(slide) < distance(unready)) unready = slide;
    }
    let job: IdleJob | undefined;
    for (const queued of this.#queued) {
      if (job === undefined || distance(queued.slide) < distance(job.slide)) job = queued;
    }
    if (unready !== undefined && (job === undefined || distance(unready) <= distance(job.slide))) {
      const slide = unready;
      return () => {
        this.#makeReady(slide);
      };
    }
    if (job === undefined) return undefined;
    const { work } = job;
    this.#queued.splice(this.#queued.indexOf(job), 1);
    return work;
  }

  /** Schedules the next idle job, if there is one and none is scheduled. */
  #schedule(): void {
    if (!this.#started || this.#scheduled) return;
    if (this.#queued.length === 0 && this.#allReady()) return;
    this.#scheduled = true;
    this.idle.whenIdle(() => {
      this.#scheduled = false;
      this.#next()?.();
      this.#schedule();
    });
  }

  #allReady(): boolean {
    for (let slide = 0; slide < this.texts.slideCount; slide += 1) {
      if (!this.isReady(slide)) return false;
    }
    return true;
  }
}
