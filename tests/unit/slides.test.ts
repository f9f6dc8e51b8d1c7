import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { notesSteps } from '../../src/model/slide.ts';
import { renderedNotes } from '../support/deck.ts';

const SLIDE_FILES = readdirSync(fileURLToPath(new URL('../../slides/', import.meta.url)))
  .filter((name) => /^\d{2}-.+\.ts$/.test(name))
  .sort();

describe('the slide index', () => {
  it('has one slide per slide module, in file order, each id its file slug', () => {
    expect(SLIDES.map((slide) => slide.id)).toEqual(
      SLIDE_FILES.map((name) => name.replace(/^\d{2}-/, '').replace(/\.ts$/, '')),
    );
  });

  it('gives every slide a unique id usable in a URL hash', () => {
    const ids = SLIDES.map((slide) => slide.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('opens with the title and ends with the closing slide', () => {
    expect(SLIDES[0]?.kind).toBe('title');
    expect(SLIDES.at(-1)?.kind).toBe('closing');
  });

  it('has a divider for each of the four stages, in order', () => {
    const stages = SLIDES.flatMap((slide) => (slide.kind === 'divider' ? [slide.stage] : []));
    expect(stages).toEqual([1, 2, 3, 4]);
  });

  it.each(LOCALES)('has speaker notes on every slide in %s', (locale) => {
    const empty = renderedNotes(locale).filter(({ notes }) => notes.trim().length < 10);
    expect(empty.map(({ slide }) => slide.id)).toEqual([]);
  });

  it('keeps slides short: at most five points, each a short line', () => {
    for (const slide of SLIDES) {
      if (slide.kind === 'statement') expect(slide.points.length).toBeLessThanOrEqual(5);
    }
  });

  it.each(LOCALES)(
    'steps each notes paragraph in %s to a point shown, in order (the speaker view dims by it)',
    (locale) => {
      for (const { slide, notes } of renderedNotes(locale)) {
        const steps = notesSteps(slide);
        if (steps.length === 0) continue;
        const paragraphs = notes.split('\n').filter((line) => line.trim() !== '');
        expect(steps, slide.id).toHaveLength(paragraphs.length);
        expect(steps[0], slide.id).toBe(0);
        expect(
          [...steps].sort((a, b) => a - b),
          slide.id,
        ).toEqual(steps);
        const points = 'points' in slide ? slide.points : [];
        expect(Math.max(...steps), slide.id).toBeLessThan(points.length);
      }
    },
  );
});
