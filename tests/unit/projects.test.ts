// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import type { GroupsChartSpec } from '../../src/model/chart-spec.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { flattenResource } from '../../src/i18n/missing.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { renderSlide } from '../../src/render/render-slide.ts';
import { renderedNotes } from '../support/deck.ts';

const slide = SLIDES.find((candidate) => candidate.id === 'stage-3-projects');
if (slide?.kind !== 'chart' || slide.chart.kind !== 'groups') {
  throw new Error('the projects slide is a grouped chart');
}
const spec: GroupsChartSpec = slide.chart;
const count = slide.figures?.['count']?.value;

describe('the Model City projects slide', () => {
  it('charts as many projects as the speech counts', () => {
    const items = spec.groups.flatMap((group) => group.items);
    expect(new Set(items).size).toBe(items.length);
    expect(items.length).toBe(count);
  });

  it('shows one item per project in the slide’s three columns', () => {
    const { section } = renderSlide(slide);
    expect(section.querySelectorAll('.group-column')).toHaveLength(spec.groups.length);
    expect(section.querySelectorAll('.group-items li')).toHaveLength(Number(count));
  });

  it('names the dye plant and the Yandao thermal plant as two projects in the English notes', () => {
    const notes = renderedNotes('en').find((entry) => entry.slide.id === slide.id)?.notes ?? '';
    const listed = notes.slice(notes.indexOf(':') + 1).split(/;\s*(?:and\s+)?/);
    expect(listed.length).toBe(count);
    expect(listed.map((item) => item.trim())).toEqual(
      expect.arrayContaining([
        'the Dalian Dye Plant',
        'the Yandao Chemical Thermal Plant Expansion',
      ]),
    );
    expect(notes).toMatch(/^This programme is made up of nine projects:/);
  });
});

/** The listed projects in a Chinese or Japanese notes sentence: items between enumeration commas. */
const LISTS = {
  // 分别是：A、B、…、G以及H。
  zh: (notes: string) => (/：([^。]+)。/u.exec(notes)?.[1] ?? '').split(/、|以及/u),
  // …構成されています。A、B、…、そしてHです。
  ja: (notes: string) => (/。([^。]+)です。/u.exec(notes)?.[1] ?? '').split(/、(?:そして)?/u),
} as const;

describe.each(['zh', 'ja'] as const)('the %s projects notes', (locale) => {
  it('list as many projects as the speech counts', () => {
    const notes = renderedNotes(locale).find((entry) => entry.slide.id === slide.id)?.notes ?? '';
    const listed = LISTS[locale](notes).filter((item) => item.trim() !== '');
    expect(listed.length).toBe(count);
  });
});

describe.each(LOCALES)('the %s projects headline', (locale) => {
  const texts = new Map(flattenResource(RESOURCES[locale].deck));

  it('names the field of each of the three columns, industry included', () => {
    const headline = (texts.get(slide.headline) ?? '').toLowerCase();
    // A column's field by its first word: five letters of a Latin word, two CJK characters.
    const fields = spec.groups.map((group) => {
      const label = (texts.get(group.label) ?? '').toLowerCase();
      return /^[a-z]/.test(label) ? label.slice(0, 5) : label.slice(0, 2);
    });
    expect(fields.filter((field) => field === '' || !headline.includes(field))).toEqual([]);
  });
});
