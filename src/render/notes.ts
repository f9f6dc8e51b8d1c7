import type { TFunction } from 'i18next';
import { deckQuery } from '../deck-query.ts';
import { formatFigures } from '../i18n/format-figure.ts';
import type { GlossaryEntry } from '../i18n/glossary-entry.ts';
import { GLOSSARY } from '../i18n/glossary.ts';
import type { Locale } from '../i18n/languages.ts';
import { notesSteps, type Slide } from '../model/slide.ts';
import { keptNodes } from './kept-spans.ts';

/**
 * A slide's speaker notes in the language of `t`, with its figures as a presenter says them
 * aloud (572万1000人, "nine projects"); the slides keep the compact written forms.
 */
export function notesText(t: TFunction, slide: Slide): string {
  return t(slide.notes, formatFigures(t, slide.figures, 'spoken'));
}

/** A name as the notes of one language write it, and how it is pronounced. */
export interface NameReading {
  readonly name: string;
  readonly reading: string;
}

/** The name an entry's reading stands over in one language: its first (full) form. */
function nameIn(entry: GlossaryEntry, locale: Locale): string | undefined {
  return locale === 'en' ? entry.english[0] : entry.forms[locale][0];
}

const readingsCache = new Map<Locale, readonly NameReading[]>();

/** Every established reading the glossary gives for the notes of one language. */
export function notesReadings(locale: Locale): readonly NameReading[] {
  let readings = readingsCache.get(locale);
  if (readings === undefined) {
    readings = (Object.values(GLOSSARY) as GlossaryEntry[]).flatMap((entry) => {
      const reading = entry.readings?.[locale];
      if (reading?.status !== 'established') return [];
      const name = reading.base ?? nameIn(entry, locale);
      return name === undefined ? [] : [{ name, reading: reading.text }];
    });
    readingsCache.set(locale, readings);
  }
  return readings;
}

/** `base<rp>(</rp><rt>reading</rt><rp>)</rp>`: the brackets show where ruby is not drawn. */
function rubyPair(element: HTMLElement, base: string, reading: string): void {
  const open = document.createElement('rp');
  open.textContent = '(';
  const annotation = document.createElement('rt');
  annotation.textContent = reading;
  const close = document.createElement('rp');
  close.textContent = ')';
  element.append(base, open, annotation, close);
}

/**
 * A name with its reading as `<ruby>`. Pinyin of a name in Latin letters goes word by word
 * (Sòng over Song, Jiàn over Jian), so that each syllable stands over its own word.
 */
function ruby({ name, reading }: NameReading): HTMLElement {
  const element = document.createElement('ruby');
  const words = name.split(' ');
  const readings = reading.split(' ');
  if (words.length > 1 && words.length === readings.length) {
    words.forEach((word, index) => {
      if (index > 0) element.append(' ');
      rubyPair(element, word, readings[index] ?? '');
    });
  } else rubyPair(element, name, reading);
  return element;
}

/**
 * A figure with its Chinese or Japanese unit as the notes say it (1亿美元, 572.1万人,
 * 16億8000万元, 1億ドル): one unit that a line never breaks inside. The speaker view broke zh
 * 21's notes 1 / 亿美元, a number at a line's end and its unit at the next one's start.
 */
const FIGURE_WITH_UNIT = /(\d[\d.,]*(?:[万亿億][\d.,]*)*(?:美元|日元|ドル|\p{Script=Han}))/u;

/** One line of notes as nodes, each name not yet in `seen` shown with its reading. */
function annotate(
  line: string,
  readings: readonly NameReading[],
  seen: Set<string>,
): (string | Node)[] {
  const nodes: (string | Node)[] = [];
  let from = 0;
  for (;;) {
    // The earliest unseen name from here; at one place, the longest (遼東半島 before 遼東).
    let next: { index: number; reading: NameReading } | null = null;
    for (const reading of readings) {
      if (seen.has(reading.name)) continue;
      const index = line.indexOf(reading.name, from);
      if (index < 0) continue;
      if (
        next === null ||
        index < next.index ||
        (index === next.index && reading.name.length > next.reading.name.length)
      ) {
        next = { index, reading };
      }
    }
    if (next === null) break;
    if (next.index > from)
      nodes.push(...keptNodes(line.slice(from, next.index).split(FIGURE_WITH_UNIT)));
    nodes.push(ruby(next.reading));
    seen.add(next.reading.name);
    from = next.index + next.reading.name.length;
  }
  if (from < line.length || nodes.length === 0)
    nodes.push(...keptNodes(line.slice(from).split(FIGURE_WITH_UNIT)));
  return nodes;
}

/**
 * Writes a slide's notes into `container`: one paragraph per line (a blank line makes none),
 * and, given the readings of the notes language, each name's reading as ruby over its first
 * mention on the slide. Text goes in as text nodes only. Every view of the notes writes them
 * with this: the slides' `aside.notes`, the speaker view and the phone remote.
 */
export function writeNotes(
  container: HTMLElement,
  text: string,
  readings: readonly NameReading[] = [],
): void {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const current = [...container.children];
  // Plain notes with as many paragraphs as before (a language switch): only texts change.
  if (
    readings.length === 0 &&
    !lines.some((line) => FIGURE_WITH_UNIT.test(line)) &&
    current.length === lines.length &&
    current.every((child) => child.tagName === 'P' && child.childElementCount === 0)
  ) {
    current.forEach((paragraph, index) => {
      const line = lines[index] ?? '';
      if (paragraph.textContent !== line) paragraph.textContent = line;
    });
    return;
  }
  const seen = new Set<string>();
  container.replaceChildren(
    ...lines.map((line) => {
      const paragraph = document.createElement('p');
      paragraph.append(...annotate(line, readings, seen));
      return paragraph;
    }),
  );
}

/**
 * Marks with `aheadClass` each paragraph of `slide`'s notes in `container` (as `writeNotes`
 * wrote them) whose point the hall has not been shown yet, at reveal's fragment index
 * `fragment` (-1 before the first): point 0 comes with the slide, fragment 0 is point 1. The
 * speaker view and the phone remote dim these: the speaker sees where they are in the notes
 * and can still read ahead.
 */
export function markNotesAhead(
  container: HTMLElement,
  slide: Slide | undefined,
  fragment: number,
  aheadClass: string,
): void {
  const steps = slide ? notesSteps(slide) : [];
  const reached = fragment + 1;
  [...container.children].forEach((paragraph, index) => {
    paragraph.classList.toggle(aheadClass, (steps[index] ?? 0) > reached);
  });
}

/**
 * Whether the deck is printing (`?print-pdf`): reveal prints the notes pages from each slide's
 * `aside.notes`, so the asides carry the readings then, and only then, never in the audience's
 * document.
 */
export function printsNotesReadings(): boolean {
  return deckQuery().view === 'print';
}
