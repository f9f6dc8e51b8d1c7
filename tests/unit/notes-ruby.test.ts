// @vitest-environment happy-dom
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import type { GlossaryEntry, Reading } from '../../src/i18n/glossary-entry.ts';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { createDeckI18n } from '../../src/i18n/i18n.ts';
import { LOCALES, type Locale } from '../../src/i18n/languages.ts';
import { notesReadings, notesText, writeNotes } from '../../src/render/notes.ts';
import { renderSlide } from '../../src/render/render-slide.ts';
import { writeBinding } from '../../src/render/text-binding.ts';

const i18n = createDeckI18n();

/** A slide's notes as the speaker view shows them in one language. */
function speakerNotes(locale: Locale, id: string): HTMLElement {
  const slide = SLIDES.find((candidate) => candidate.id === id);
  if (slide === undefined) throw new Error(`no slide ${id}`);
  const container = document.createElement('div');
  writeNotes(container, notesText(i18n.getFixedT(locale), slide), notesReadings(locale));
  return container;
}

/** The text a reader sees in the line, without the readings and their fallback brackets. */
function baseText(node: Node): string {
  const copy = node.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll('rt, rp')) extra.remove();
  return copy.textContent;
}

/** Each ruby's base text and reading (its annotations, word by word), in document order. */
function rubies(container: HTMLElement): [string, string][] {
  return [...container.querySelectorAll('ruby')].map((ruby) => [
    baseText(ruby),
    [...ruby.querySelectorAll('rt')].map((annotation) => annotation.textContent).join(' '),
  ]);
}

describe('readings in the speaker notes', () => {
  it('puts pinyin over the first mention of a Chinese name in the English notes', () => {
    expect(rubies(speakerNotes('en', 'stage-2-model-area'))).toEqual([
      ['Dalian', 'Dàlián'],
      ['Song Jian', 'Sòng Jiàn'],
      ['Xie Zhenhua', 'Xiè Zhènhuá'],
    ]);
    expect(rubies(speakerNotes('en', 'location'))).toEqual([
      ['Dalian', 'Dàlián'],
      ['Liaodong', 'Liáodōng'],
    ]);
  });

  it('puts the Japanese press reading over Chinese names in the Japanese notes', () => {
    const notes = speakerNotes('ja', 'stage-3-model-city');
    expect(rubies(notes)).toContainEqual(['李鵬', 'りほう']);
    expect(rubies(notes)).toContainEqual(['大連', 'だいれん']);
    expect(rubies(speakerNotes('ja', 'location'))).toEqual([
      ['大連', 'だいれん'],
      ['遼東', 'りょうとう'],
    ]);
  });

  it('gives the Chinese notes no readings: their reader reads the characters', () => {
    expect(rubies(speakerNotes('zh', 'stage-2-model-area'))).toEqual([]);
  });

  it('keeps the text as written: one paragraph per line, the readings only added', () => {
    const slide = SLIDES.find((candidate) => candidate.id === 'stage-2-model-area');
    if (slide === undefined) throw new Error('no model area slide');
    const text = notesText(i18n.getFixedT('en'), slide);
    const paragraphs = [...speakerNotes('en', slide.id).children];
    expect(paragraphs.map((paragraph) => paragraph.tagName)).toEqual(
      text.split('\n').map(() => 'P'),
    );
    expect(paragraphs.map(baseText)).toEqual(text.split('\n'));
  });

  describe.each(LOCALES)('in %s', (locale) => {
    const readings = notesReadings(locale);

    it('shows every reading over the first mention on each slide, and only there', () => {
      const problems = SLIDES.flatMap((slide) => {
        const notes = speakerNotes(locale, slide.id);
        const text = [...notes.children].map(baseText).join('\n');
        return readings.flatMap(({ name, reading }) => {
          if (!text.includes(name)) return [];
          const over = [...notes.querySelectorAll('ruby')].filter((r) => baseText(r) === name);
          const first = over[0];
          if (over.length !== 1 || first === undefined) {
            return [`${slide.id}: ${name} has ${String(over.length)} readings`];
          }
          if (rubies(notes).find(([base]) => base === name)?.[1] !== reading) {
            return [`${slide.id}: ${name}`];
          }
          // Nothing before the ruby mentions the name: it stands over the first mention.
          const range = document.createRange();
          range.setStart(notes, 0);
          range.setEndBefore(first);
          return baseText(range.cloneContents()).includes(name)
            ? [`${slide.id}: ${name} not on its first mention`]
            : [];
        });
      });
      expect(problems).toEqual([]);
    });

    it('invents no reading for a name marked unconfirmed', () => {
      const unconfirmed = (Object.values(GLOSSARY) as GlossaryEntry[]).filter(
        (entry) => entry.readings?.[locale]?.status === 'unconfirmed',
      );
      const names = unconfirmed.map((entry) =>
        locale === 'en' ? entry.english[0] : entry.forms[locale][0],
      );
      const shown = SLIDES.flatMap((slide) =>
        rubies(speakerNotes(locale, slide.id)).filter(([base]) => names.includes(base)),
      );
      expect(shown).toEqual([]);
      // The names do occur in the notes (鶴田暁, Yandao), so the check is not empty.
      const all = SLIDES.map((slide) => speakerNotes(locale, slide.id).textContent).join('\n');
      expect(
        names.filter((name) => name !== undefined && all.includes(name)).length,
      ).toBeGreaterThan(0);
    });
  });

  it('cannot type a reading for an unconfirmed name', () => {
    expectTypeOf<Extract<Reading, { status: 'unconfirmed' }>['text']>().toEqualTypeOf<undefined>();
    // @ts-expect-error an unconfirmed name carries no reading
    const invented: Reading = { status: 'unconfirmed', text: 'つるたあきら' };
    expect(invented.status).toBe('unconfirmed');
    expect(GLOSSARY.tsuruta.readings.ja).toEqual({ status: 'unconfirmed' });
  });
});

describe('readings on the slides', () => {
  /** Renders every slide and writes all its texts in one language, notes included. */
  function renderAll(locale: Locale): HTMLElement[] {
    const t = i18n.getFixedT(locale);
    return SLIDES.map((slide) => {
      const rendered = renderSlide(slide);
      for (const binding of rendered.bindings) writeBinding(binding, binding.text(t), locale);
      return rendered.section;
    });
  }

  it('never appear in the audience’s slides', () => {
    const sections = renderAll('ja');
    expect(sections.flatMap((section) => [...section.querySelectorAll('ruby')])).toEqual([]);
    expect(sections.map((section) => section.textContent).join('')).toContain('大連');
  });

  it('appear only in the notes when the deck prints them (?print-pdf)', () => {
    // happy-dom's own handle on the page address (not in the DOM's types).
    const page = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    page.setURL('http://127.0.0.1/?print-pdf&showNotes=separate-page&lang=ja');
    const sections = renderAll('ja');
    const rubies = sections.flatMap((section) => [...section.querySelectorAll('ruby')]);
    expect(rubies.length).toBeGreaterThan(5);
    expect(rubies.every((ruby) => ruby.closest('aside.notes') !== null)).toBe(true);
    page.setURL('http://127.0.0.1/');
  });
});
