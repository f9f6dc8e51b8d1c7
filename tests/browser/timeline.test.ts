import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { CHART_COLOURS } from '../../src/charts/chart-theme.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { goToSlide, openDeck, screenshot, useBrowser } from './deck-page.ts';
import { channels, contrast } from './contrast.ts';

const browser = useBrowser();

/** The deck's one colour for "stage": the timeline's badges, as a computed CSS colour. */
const STAGE_COLOUR = `rgb(${(CHART_COLOURS.highlight.slice(1).match(/../g) ?? [])
  .map((hex) => parseInt(hex, 16))
  .join(', ')})`;

/** The years the speech gives for the start of each stage: 1979, end of 1993, 1997, 2005. */
const STAGE_YEARS = ['1979', '1993', '1997', '2005'];

/** The timeline's dated events of `stage`: their first year and the last part of their key. */
function stageEvents(stage: number) {
  const timeline = SLIDES.flatMap((slide) =>
    slide.kind === 'chart' && slide.chart.kind === 'timeline' ? [slide.chart] : [],
  )[0];
  return (timeline?.events ?? [])
    .filter((event) => event.stage === stage)
    .map((event) => ({
      from: String(event.from.value),
      label: event.label.slice(event.label.lastIndexOf('.') + 1),
    }));
}

const DIVIDERS = SLIDES.flatMap((slide) =>
  slide.kind === 'divider' ? [{ id: slide.id, stage: slide.stage }] : [],
);

/** The strip on the current slide as the audience sees it, with the colours behind it. */
function readStrip(page: Page) {
  return page.evaluate(() => {
    const slide = window.deck?.reveal.getCurrentSlide();
    const strip = slide?.querySelector('.stage-strip');
    const slideBox = slide?.getBoundingClientRect();
    const background = document.querySelector('.reveal .backgrounds .slide-background.present');
    const image = background ? getComputedStyle(background).backgroundImage : '';
    return {
      label: strip?.getAttribute('aria-label') ?? null,
      inSlide:
        strip !== null &&
        strip !== undefined &&
        slideBox !== undefined &&
        strip.getBoundingClientRect().top >= slideBox.top &&
        strip.getBoundingClientRect().bottom <= slideBox.bottom &&
        strip.getBoundingClientRect().height > 0,
      backgrounds: image.match(/rgba?\([^)]*\)/g) ?? [],
      stages: [...(strip?.querySelectorAll(':scope > li') ?? [])].map((item) => ({
        stage: item.getAttribute('data-stage'),
        lit: item.getAttribute('aria-current') === 'step',
        weight: getComputedStyle(item).fontWeight,
        mark: getComputedStyle(item, '::before').backgroundColor,
        ring: getComputedStyle(item, '::before').borderTopColor,
        number: getComputedStyle(item, '::before').color,
        numberSize: parseFloat(getComputedStyle(item, '::before').fontSize),
        texts: [...item.querySelectorAll(':scope > span, .stage-strip-event > span')].map(
          (span) => ({
            text: span.textContent,
            size: parseFloat(getComputedStyle(span).fontSize),
            colour: getComputedStyle(span).color,
          }),
        ),
        events: [...item.querySelectorAll('.stage-strip-event')].map((event) => ({
          years: event.querySelector('.stage-strip-event-years')?.textContent ?? '',
          name: event.querySelector('.stage-strip-event-name')?.textContent ?? '',
          bottom: event.getBoundingClientRect().bottom,
        })),
      })),
      headlineTop: slide?.querySelector('.slide-headline')?.getBoundingClientRect().top ?? 0,
    };
  });
}

describe.each(LOCALES)('the stage dividers in %s', (locale) => {
  it('show the four stages small, with exactly their own stage lit, legibly', async () => {
    const { page, problems } = await openDeck(browser(), { query: `?lang=${locale}` });
    const names = Object.values(RESOURCES[locale].deck.slides.stages);
    const eventNames: Record<string, string> = RESOURCES[locale].deck.slides.timeline.events;
    expect(DIVIDERS.map((divider) => divider.stage)).toEqual([1, 2, 3, 4]);
    for (const divider of DIVIDERS) {
      await goToSlide(page, divider.id);
      const strip = await readStrip(page);
      await screenshot(page, `timeline/${locale}-${divider.id}`);
      expect(strip.label).toBe(RESOURCES[locale].deck.visuals.stageStrip);
      expect(strip.inSlide, divider.id).toBe(true);
      expect(strip.stages.map((stage) => stage.texts.slice(0, 2).map((text) => text.text))).toEqual(
        STAGE_YEARS.map((year, index) => [year, names[index]]),
      );
      const lit = strip.stages.filter((stage) => stage.lit);
      expect(lit.map((stage) => stage.stage)).toEqual([String(divider.stage)]);
      // The lit stage lists its own dated events, in the timeline's words; the others none.
      expect(
        strip.stages.map((stage) =>
          stage.events.map((event, index) => [
            event.years.startsWith(stageEvents(Number(stage.stage))[index]?.from ?? '-'),
            event.name,
          ]),
        ),
      ).toEqual(
        strip.stages.map((stage) =>
          stage.lit
            ? stageEvents(Number(stage.stage)).map(({ label }) => [true, eventNames[label]])
            : [],
        ),
      );
      for (const event of lit[0]?.events ?? []) {
        expect(event.bottom, event.name).toBeLessThan(strip.headlineTop);
      }
      // Lit so that it shows, not only to a screen reader: bold, and its own mark colour.
      const others = strip.stages.filter((stage) => !stage.lit);
      for (const other of others) {
        expect(Number(lit[0]?.weight)).toBeGreaterThan(Number(other.weight));
        expect(other.mark).not.toBe(lit[0]?.mark);
      }
      expect(strip.backgrounds.length).toBeGreaterThan(0);
      // Lit in the timeline's one stage colour, as its badges on slide 09 (the dividers lit an
      // amber, a second highlight, too pale for the light slides), ringed so that it stands off
      // the dark gradient (3:1), each stage's number in its badge (4.5:1, 24 px).
      expect(lit[0]?.mark).toBe(STAGE_COLOUR);
      for (const stage of strip.stages) {
        expect(stage.numberSize).toBeGreaterThanOrEqual(24);
        expect(contrast(channels(stage.number), channels(stage.mark))).toBeGreaterThan(4.5);
        for (const background of strip.backgrounds) {
          expect(contrast(channels(stage.ring), channels(background))).toBeGreaterThan(3);
        }
      }
      for (const { texts } of strip.stages) {
        for (const text of texts) {
          expect(text.size, `${divider.id}: ${text.text}`).toBeGreaterThanOrEqual(24);
          for (const background of strip.backgrounds) {
            const ratio = contrast(channels(text.colour), channels(background));
            expect(ratio, `${divider.id}: ${text.text} on ${background}`).toBeGreaterThan(4.5);
          }
        }
      }
    }
    expect(problems.errors).toEqual([]);
  });

  it('has the timeline chart, its table and its label tell the same stage years', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: `?lang=${locale}`,
      hash: '#/cooperation-timeline',
    });
    const canvas = 'section[data-slide-id="cooperation-timeline"] canvas';
    await page.waitForFunction((selector) => {
      const node = document.querySelector<HTMLCanvasElement>(selector);
      return node !== null && window.deck?.charts.chartFor(node) !== undefined;
    }, canvas);
    await screenshot(page, `timeline/${locale}-cooperation-timeline`);
    const told = await page.$eval(canvas, (node) => {
      const section = node.closest('section');
      const chart = window.deck?.charts.chartFor(node as HTMLCanvasElement);
      return {
        label: node.getAttribute('aria-label') ?? '',
        table: [...(section?.querySelectorAll('table tbody tr td:last-child') ?? [])].map(
          (cell) => cell.textContent,
        ),
        badges: (chart?.options.plugins?.deckTimeline?.stages ?? []).map((stage) => stage?.label),
      };
    });
    for (const year of STAGE_YEARS) expect(told.label).toContain(year);
    // A span in the language's own range mark (1993–2001, 1993—2001, 1993〜2001).
    const span = (from: string, to: string) =>
      RESOURCES[locale].deck.units.yearSpan.replace('{{from}}', from).replace('{{to}}', to);
    expect(told.table).toEqual([
      '1979',
      span('1993', '2001'),
      '1994',
      '1993',
      span('1996', '2000'),
      '1997',
      '2005',
    ]);
    expect(told.badges).toEqual(['1', '2', '3', '4']);
    expect(problems.errors).toEqual([]);
  });
});

// The title card had outlined the talk with the four stages above its title; a fresh review
// read that as clutter: the timeline (09) and the stage dividers carry them. The title holds
// the card alone, larger.
const TITLE_SIZE = { en: 72, zh: 96, ja: 96 } as const;

describe.each(LOCALES)('the title card in %s', (locale) => {
  it('has no stage strip; its title is larger and stands on the card with the kicker above it', async () => {
    const { page, problems } = await openDeck(browser(), { query: `?lang=${locale}` });
    await goToSlide(page, 'title');
    const seen = await page.evaluate(() => {
      const slide = window.deck?.reveal.getCurrentSlide();
      const box = slide?.getBoundingClientRect();
      const headline = slide?.querySelector('.slide-headline');
      const kicker = slide?.querySelector('.title-kicker')?.getBoundingClientRect();
      const title = headline?.getBoundingClientRect();
      return {
        strips: slide?.querySelectorAll('.stage-strip').length,
        size: parseFloat(getComputedStyle(headline ?? document.body).fontSize),
        order: kicker !== undefined && title !== undefined && kicker.bottom <= title.top,
        inside:
          box !== undefined &&
          title !== undefined &&
          title.top >= box.top &&
          title.bottom <= box.bottom,
      };
    });
    await screenshot(page, `timeline/${locale}-title`);
    expect(seen.strips).toBe(0);
    expect(seen.size).toBeGreaterThanOrEqual(TITLE_SIZE[locale]);
    expect(seen.order).toBe(true);
    expect(seen.inside).toBe(true);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

describe('the title card with subtitles', () => {
  it('leaves the outline out so that both languages of the title fit on the card', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?lang=en&sub=zh' });
    await goToSlide(page, 'title');
    const seen = await page.evaluate(() => {
      const slide = window.deck?.reveal.getCurrentSlide();
      const box = slide?.getBoundingClientRect();
      const texts = [...(slide?.querySelectorAll('.slide-centred *') ?? [])]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.height > 0);
      return {
        strip: slide?.querySelector('.stage-strip')?.getBoundingClientRect().height ?? 0,
        inside:
          box !== undefined &&
          texts.every((rect) => rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1),
      };
    });
    expect(seen.strip).toBe(0);
    expect(seen.inside).toBe(true);
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

/** The deck in `locale`, shown at the timeline once its chart is drawn. */
async function openAtTimeline(locale: string) {
  const opened = await openDeck(browser(), { query: `?lang=${locale}` });
  await goToSlide(opened.page, 'cooperation-timeline');
  await opened.page.waitForFunction(() => {
    const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
    return canvas ? window.deck?.charts.chartFor(canvas) !== undefined : false;
  });
  return opened;
}

// The key under the timeline ran across the whole figure and in English left its fourth stage
// alone on a second line (3 + 1): under the plot it breaks into two even lines.
describe.each(LOCALES)('the timeline’s key in %s', (locale) => {
  it('lies under the plot, in even lines', async () => {
    const { page, problems } = await openAtTimeline(locale);
    const key = await page.evaluate(() => {
      const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
      const chart = canvas ? window.deck?.charts.chartFor(canvas) : undefined;
      const legend = chart?.legend as
        { left: number; right: number; legendHitBoxes?: { row: number }[] } | undefined;
      if (!chart || !legend) return null;
      const rows = new Map<number, number>();
      for (const box of legend.legendHitBoxes ?? [])
        rows.set(box.row, (rows.get(box.row) ?? 0) + 1);
      return {
        rows: [...rows.values()],
        underPlot:
          legend.left >= chart.chartArea.left - 1 && legend.right <= chart.chartArea.right + 1,
      };
    });
    expect(key?.underPlot).toBe(true);
    expect(key?.rows).toEqual(locale === 'en' ? [2, 2] : [4]);
    expect(problems.errors).toEqual([]);
  });

  // The key drew the same orange dot before each stage: it names each stage beside the badge
  // that marks it on the plot (the unit test checks the key to the dot and the bar).
  it('names each stage beside its badge', async () => {
    const { page, problems } = await openAtTimeline(locale);
    const key = await page.evaluate(() => {
      const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
      const chart = canvas ? window.deck?.charts.chartFor(canvas) : undefined;
      const legend = chart?.legend as
        { legendHitBoxes?: { left: number; top: number }[] } | undefined;
      const marks = chart?.options.plugins?.deckTimeline;
      if (!chart || !legend || !marks) return null;
      const scale = chart.canvas.width / chart.width;
      // Inside each badge, left of its number: the stages' colour where the key draws a badge.
      const colours = (legend.legendHitBoxes ?? []).map((box) => {
        const x = Math.round((box.left + (marks.badgeRadius ?? 0) * 0.35) * scale);
        const y = Math.round((box.top + (marks.keySize ?? 0) / 2) * scale);
        const [r, g, b] = chart.ctx.getImageData(x, y, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      });
      return { colours, texts: chart.legend?.legendItems?.map((item) => item.text) ?? [] };
    });
    const names = Object.values(RESOURCES[locale].deck.slides.stages);
    expect(key?.texts).toEqual(names);
    expect(new Set(key?.colours)).toEqual(new Set(['rgb(194, 65, 12)']));
    expect(key?.colours).toHaveLength(4);
    expect(problems.errors).toEqual([]);
  });

  // The marks took 0.7 of each row (bars and 26 px dots about 11 px apart): seven rows read as
  // a dense table. Half a row each leaves the rows air.
  it('draws each event’s mark in half its row or less, the rows apart', async () => {
    const { page, problems } = await openAtTimeline(locale);
    const marks = await page.evaluate(() => {
      const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
      const chart = canvas ? window.deck?.charts.chartFor(canvas) : undefined;
      if (!chart) return null;
      const rows = chart.getDatasetMeta(0).data.map((bar) => bar as unknown as { y: number });
      const pitch = (rows.at(-1)?.y ?? 0) - (rows[0]?.y ?? 0);
      const thick = (chart.getDatasetMeta(0).data[1] as unknown as { height: number }).height;
      const timeline = chart.options.plugins as { deckTimeline?: { dotRadius?: number } };
      return {
        pitch: pitch / (rows.length - 1),
        bar: thick,
        dot: 2 * (timeline.deckTimeline?.dotRadius ?? 0),
      };
    });
    expect(marks).not.toBeNull();
    if (!marks) return;
    expect(marks.bar / marks.pitch).toBeLessThanOrEqual(0.55);
    expect(marks.dot / marks.pitch).toBeLessThanOrEqual(0.6);
    expect(marks.bar).toBeGreaterThan(12);
    expect(problems.errors).toEqual([]);
  });
});

/** The timeline on the current slide, as drawn: its rows, its stages' lines and badges. */
function readTimeline(page: Page) {
  return page.evaluate(() => {
    const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
    const chart = canvas ? window.deck?.charts.chartFor(canvas) : undefined;
    const marks = chart?.options.plugins?.deckTimeline;
    const x = chart?.scales['x'];
    if (!chart || !marks || !x) return null;
    const scale = chart.canvas.width / chart.width;
    const pixel = (left: number, top: number) => {
      const [r, g, b, a] = chart.ctx.getImageData(left * scale, top * scale, 1, 1).data;
      return a === 0 ? 'none' : `rgb(${String(r)}, ${String(g)}, ${String(b)})`;
    };
    const rows = chart
      .getDatasetMeta(0)
      .data.map((bar) => bar as unknown as { x: number; y: number });
    const radius = marks.badgeRadius ?? 0;
    const stages = (marks.rowStages ?? []).map(Number);
    const groups = [...new Set(stages)].map((stage) => {
      const ys = rows.filter((_, index) => stages[index] === stage).map((row) => row.y);
      const middle = ((ys[0] ?? 0) + (ys.at(-1) ?? 0)) / 2;
      return {
        stage,
        // Inside the gutter's badge, above its number; and the ground right of the badge.
        badge: pixel(radius + 1, middle - 0.7 * radius),
        ground: ys.map((y) => pixel(2 * radius + 6, y)),
      };
    });
    const font = chart.options.scales?.['y']?.ticks as { font?: { size?: number } } | undefined;
    // The years written after each span's bar, as the datalabels plugin writes them.
    const years = (chart.data.datasets[0] as unknown as { datalabels?: Record<string, unknown> })
      .datalabels;
    const yearFont = years?.['font'] as { size: number; family: string };
    const write = years?.['formatter'] as (
      value: unknown,
      context: { dataIndex: number },
    ) => string;
    chart.ctx.save();
    chart.ctx.font = `bold ${String(yearFont.size)}px ${yearFont.family}`;
    const spans = (chart.data.datasets[0]?.data ?? []).flatMap((value, index) => {
      if (!Array.isArray(value) || value[0] === value[1]) return [];
      const text = write(value, { dataIndex: index });
      // After the bar's end: the label's offset (4) and its padding (4).
      return [{ text, right: (rows[index]?.x ?? 0) + 8 + chart.ctx.measureText(text).width }];
    });
    chart.ctx.restore();
    return {
      labels: chart.data.labels as string[],
      labelSize: font?.font?.size ?? 0,
      pitch: ((rows.at(-1)?.y ?? 0) - (rows[0]?.y ?? 0)) / (rows.length - 1),
      groups,
      lastStage: x.getPixelForValue(marks.stages?.at(-1)?.at ?? 0),
      spans,
    };
  });
}

// Each row began with its stage's number ("2 · JICA study") and a key named the dot and the
// bar: one more thing to read on each row. The rows of a stage are a group instead, under that
// stage's badge in the gutter, every other stage on a pale band.
describe.each(LOCALES)('the timeline’s rows in %s', (locale) => {
  it('name each event alone, its stage shown by its group: the stage’s badge and band', async () => {
    const { page, problems } = await openAtTimeline(locale);
    await screenshot(page, `timeline/${locale}-groups`);
    const seen = await readTimeline(page);
    const events: Record<string, string> = RESOURCES[locale].deck.slides.timeline.events;
    const keys = ['sisterCity', 'trainees', 'westJapan', 'modelArea', 'jicaStudy', 'modelCity'];
    expect(seen?.labels).toEqual([...keys, 'office'].map((key) => events[key]));
    expect(seen?.groups.map((group) => group.stage)).toEqual([1, 2, 3, 4]);
    for (const group of seen?.groups ?? []) {
      expect(group.badge, `stage ${String(group.stage)}`).toBe(STAGE_COLOUR);
      // One ground for the rows of a stage, another for the next stage's.
      expect(new Set(group.ground).size).toBe(1);
    }
    const grounds = seen?.groups.map((group) => group.ground[0]) ?? [];
    grounds.slice(1).forEach((ground, index) => {
      expect(ground).not.toBe(grounds[index]);
    });
    expect(problems.errors).toEqual([]);
  });

  // Japanese 1993〜2001 and Chinese 1993—2001 ended on stage 4's line (its halo cut the line).
  it('leaves room after a span’s years, before the last stage’s line', async () => {
    const { page, problems } = await openAtTimeline(locale);
    const seen = await readTimeline(page);
    expect(seen?.spans).toHaveLength(2);
    for (const span of seen?.spans ?? []) {
      expect((seen?.lastStage ?? 0) - span.right, span.text).toBeGreaterThanOrEqual(12);
    }
    expect(problems.errors).toEqual([]);
  });
});

// Under subtitles the frame is shorter: the seven rows of 26 px names stood 29 px apart in
// English, their lines touching. They keep 34 px: the badges as small as their 24 px numbers
// allow, and the axis without its round years (each mark is written with its own).
describe.each(LOCALES)('the timeline with subtitles in %s', (locale) => {
  it('keeps each row at least 8 px taller than its name', async () => {
    const second = locale === 'en' ? 'zh' : 'en';
    const opened = await openDeck(browser(), { query: `?lang=${locale}&sub=${second}` });
    await goToSlide(opened.page, 'cooperation-timeline');
    await opened.page.waitForFunction(() => {
      const canvas = window.deck?.reveal.getCurrentSlide().querySelector('canvas');
      return canvas ? window.deck?.charts.chartFor(canvas) !== undefined : false;
    });
    await screenshot(opened.page, `timeline/${locale}-subtitles`);
    const seen = await readTimeline(opened.page);
    expect(seen?.labelSize).toBeGreaterThanOrEqual(24);
    expect(seen?.pitch).toBeGreaterThanOrEqual((seen?.labelSize ?? 0) + 8);
    expect(opened.problems.errors).toEqual([]);
  });
});

/** What a 390 px phone shows of the timeline: its marks and texts, where they are drawn. */
function readPhoneTimeline(page: Page) {
  return page.evaluate(() => {
    const figure = document.querySelector('#cooperation-timeline figure.chart-timeline');
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
    };
    const shown = (element: Element | null | undefined): boolean =>
      element !== null && element !== undefined && element.getClientRects().length > 0;
    const stages = [...(figure?.querySelectorAll('.timeline-stage') ?? [])].map((stage) => ({
      badge: stage.querySelector('.timeline-badge')?.textContent ?? '',
      name: stage.querySelector('.timeline-stage-name .deck-text')?.textContent ?? '',
      head: stage.querySelector('.timeline-stage-head')?.textContent ?? '',
      events: [...stage.querySelectorAll('.timeline-event')].map((event) => [
        event.querySelector('.timeline-years')?.textContent ?? '',
        event.querySelector('.timeline-event-name .deck-text')?.textContent ?? '',
      ]),
    }));
    // Every mark and text (each line of a text apart): none may touch another's.
    const parts = [
      ...(figure?.querySelectorAll(
        '.timeline-badge, .timeline-stage-name .deck-text, .timeline-years, ' +
          '.timeline-event-name .deck-text',
      ) ?? []),
    ].flatMap((element, index) =>
      [...element.getClientRects()].map((rect) => ({
        element: index,
        text: element.textContent,
        top: rect.top,
        bottom: rect.bottom,
        left: rect.left,
        right: rect.right,
        size: parseFloat(getComputedStyle(element).fontSize),
      })),
    );
    return {
      canvasShown: shown(figure?.querySelector('canvas')),
      badges: [...(figure?.querySelectorAll('.timeline-badge') ?? [])].map(box),
      stages,
      parts,
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
      innerWidth: window.innerWidth,
    };
  });
}

// On a 390 px phone the chart's badges of 1993 and 1997 sat on one another, its rows crowded
// and its texts were drawn at 16 px on a canvas: under 600 px the same events run down the
// screen, one stage after another, each under its numbered badge and name.
describe.each(LOCALES)('the timeline on a 390×844 phone in %s', (locale) => {
  it('runs down the screen, stage by stage, badges and texts apart, at reading size', async () => {
    const { page, problems } = await openDeck(browser(), {
      query: `?lang=${locale}`,
      hash: '#/cooperation-timeline',
      viewport: { width: 390, height: 844 },
    });
    await page.waitForSelector('#cooperation-timeline .timeline-stage');
    await screenshot(page, `timeline/phone-${locale}`);
    const seen = await readPhoneTimeline(page);
    const deck = RESOURCES[locale].deck;
    const span = (from: string, to: string) =>
      deck.units.yearSpan.replace('{{from}}', from).replace('{{to}}', to);
    const events = deck.slides.timeline.events;
    expect(seen.canvasShown).toBe(false);
    // Each stage its badge and name, and no end year (the speech gives none).
    expect(seen.stages.map((stage) => [stage.badge, stage.name, stage.head])).toEqual(
      Object.values(deck.slides.stages).map((name, index) => [
        String(index + 1),
        name,
        `${String(index + 1)}${name}`,
      ]),
    );
    expect(seen.stages.map((stage) => stage.events)).toEqual([
      [
        ['1979', events.sisterCity],
        [span('1993', '2001'), events.trainees],
        ['1994', events.westJapan],
      ],
      [
        ['1993', events.modelArea],
        [span('1996', '2000'), events.jicaStudy],
      ],
      [['1997', events.modelCity]],
      [['2005', events.office]],
    ]);
    // Vertical: each badge below the one before, in one column.
    seen.badges.forEach((badge, index) => {
      const before = seen.badges[index - 1];
      if (before === undefined) return;
      expect(badge.top).toBeGreaterThan(before.bottom);
      expect(Math.abs(badge.left - before.left)).toBeLessThan(1);
    });
    expect(seen.parts.length).toBeGreaterThanOrEqual(4 + 4 + 2 * 7);
    const overlaps: string[] = [];
    seen.parts.forEach((part, index) => {
      for (const other of seen.parts.slice(index + 1)) {
        if (other.element === part.element) continue;
        const apart =
          part.right <= other.left + 0.5 ||
          other.right <= part.left + 0.5 ||
          part.bottom <= other.top + 0.5 ||
          other.bottom <= part.top + 0.5;
        if (!apart) overlaps.push(`${part.text} / ${other.text}`);
      }
    });
    expect(overlaps).toEqual([]);
    for (const part of seen.parts) {
      expect(part.size, part.text).toBeGreaterThanOrEqual(16);
      expect(part.left, part.text).toBeGreaterThanOrEqual(0);
      expect(part.right, part.text).toBeLessThanOrEqual(seen.innerWidth);
    }
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.innerWidth);
    expect(seen.bodyScrollWidth).toBeLessThanOrEqual(seen.innerWidth);
    expect(problems.errors).toEqual([]);
  });
});
