import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { goToSlide, openDeck, screenshot, useBrowser } from './deck-page.ts';

const browser = useBrowser();

/** The two cities as each language writes them (source/GLOSSARY.md, "Places"). */
const CITY_NAMES = {
  en: { dalian: 'Dalian', kitakyushu: 'Kitakyushu' },
  zh: { dalian: '大连', kitakyushu: '北九州' },
  ja: { dalian: '大連', kitakyushu: '北九州' },
} as const;

/** What the map on the current slide shows, measured in the page. */
interface ShownMap {
  readonly label: string | null;
  /** The map's width, in slide pixels. */
  readonly width: number;
  /** Size of the drawn land, in slide pixels. */
  readonly land: { readonly width: number; readonly height: number; readonly path: number };
  readonly cities: number;
  readonly link: boolean;
  /** Each place name with its text and whether it lies inside the map's box. */
  readonly names: Readonly<Record<string, { text: string; inside: boolean; size: number }>>;
  /** The names that reach past the map's left edge, into the gap before the points. */
  readonly spilling: readonly string[];
}

/** Reads the map of the current slide: its drawing, its dots and its place names. */
function shownMap(page: Page): Promise<ShownMap | undefined> {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('section.present .slide-map');
    const land = map?.querySelector<SVGPathElement>('.map-land');
    if (!map || !land) return undefined;
    const box = map.getBoundingClientRect();
    const drawn = land.getBoundingClientRect();
    const names: Record<string, { text: string; inside: boolean; size: number }> = {};
    const spilling: string[] = [];
    for (const label of map.querySelectorAll<HTMLElement>('.map-label')) {
      const rect = label.getBoundingClientRect();
      if (rect.left < box.left) spilling.push(label.textContent.trim());
      const [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
      names[label.dataset['place'] ?? ''] = {
        text: label.textContent.trim(),
        inside: x > box.left && x < box.right && y > box.top && y < box.bottom,
        size: parseFloat(getComputedStyle(label).fontSize),
      };
    }
    const scale = window.deck?.reveal.getScale() ?? 1;
    return {
      label: map.getAttribute('aria-label'),
      width: Math.round(box.width / scale),
      land: {
        width: Math.round(drawn.width),
        height: Math.round(drawn.height),
        path: land.getTotalLength(),
      },
      cities: map.querySelectorAll('circle.map-city').length,
      link: map.querySelector('.map-link') !== null,
      names,
      spilling,
    };
  });
}

describe.each(['en', 'zh', 'ja'] as const)('the %s deck’s map', (locale) => {
  it('shows Dalian and Kitakyushu on the land of East Asia, named in the slide language', async () => {
    const { page, problems } = await openDeck(browser(), { query: `?lang=${locale}` });
    const names = CITY_NAMES[locale];
    await goToSlide(page, 'location');
    const map = await shownMap(page);
    await screenshot(page, `visuals/${locale}/03-location`);
    expect(map?.land.width).toBeGreaterThan(400);
    expect(map?.land.height).toBeGreaterThan(300);
    expect(map?.land.path).toBeGreaterThan(1000);
    expect(map?.cities).toBe(2);
    expect(map?.names['dalian']).toEqual({ text: names.dalian, inside: true, size: 32 });
    expect(map?.names['kitakyushu']).toEqual({ text: names.kitakyushu, inside: true, size: 32 });
    // No name runs off the map towards the points (en: Liaodong Peninsula hung in the gap).
    expect(map?.spilling).toEqual([]);
    // One image for a screen reader, described in the slide language.
    expect(map?.label).toContain(names.dalian);
    expect(map?.label).toContain(names.kitakyushu);

    await goToSlide(page, 'stage-1-sister-city');
    const sisters = await shownMap(page);
    await screenshot(page, `visuals/${locale}/11-stage-1-sister-city`);
    expect(sisters?.link).toBe(true);
    expect(sisters?.names['kitakyushu']?.text).toBe(names.kitakyushu);
    expect(problems.errors).toEqual([]);
  });

  // The map was a 470 px thumbnail beside three short points, a third of the slide bare.
  it('is the picture of the slide beside three short points: half the slide wide', async () => {
    const { page, problems } = await openDeck(browser(), { query: `?lang=${locale}` });
    for (const id of ['location', 'kitakyushu']) {
      await goToSlide(page, id);
      await page.evaluate(() => {
        window.deck?.reveal.slide(window.deck.reveal.getIndices().h, 0, 99);
      });
      const map = await shownMap(page);
      expect(map?.width, id).toBeGreaterThanOrEqual(550);
      expect(map?.spilling, id).toEqual([]);
      expect(
        Object.values(map?.names ?? {}).every((name) => name.inside),
        id,
      ).toBe(true);
    }
    expect(problems.errors).toEqual([]);
  });
});

/** Slides whose points or items each carry an icon, with how many they have. */
const ICON_SLIDES = SLIDES.flatMap((slide) => {
  if (slide.kind === 'chart' && slide.chart.kind === 'groups') {
    return [{ id: slide.id, count: slide.chart.groups.length, items: '.group-head' }];
  }
  if (slide.kind !== 'statement' && slide.kind !== 'figures' && slide.kind !== 'list') return [];
  if (slide.visual === undefined || slide.visual.kind === 'map') return [];
  const count = slide.kind === 'list' ? slide.items.length : (slide.points?.length ?? 0);
  const items = slide.kind === 'list' ? '.columns > li' : '.points > li';
  return [{ id: slide.id, count, items }];
});

describe('icons', () => {
  // Every slide of points carries its picture: the English slides of points alone were a
  // headline over bullets, with no visual.
  it('are on every slide of points without a map, and on the studies and projects', () => {
    expect(ICON_SLIDES.map((slide) => slide.id)).toEqual([
      'greeting',
      'history',
      'joint-efforts',
      'stage-1-training-in-japan',
      'stage-2-model-area',
      'stage-2-jica-study',
      'stage-2-site-diagnosis',
      'stage-2-equipment',
      'stage-3-model-city',
      'stage-3-projects',
      'stage-4-market',
      'stage-4-kics',
      'stage-4-companies',
      'conclusion',
    ]);
  });

  it('draws one visible icon before each point, item and project column', async () => {
    const { page, problems } = await openDeck(browser(), { query: '?lang=en' });
    for (const slide of ICON_SLIDES) {
      await goToSlide(page, slide.id);
      await page.evaluate(() => {
        window.deck?.reveal.slide(window.deck.reveal.getIndices().h, 0, 99);
      });
      const icons = await page.$$eval(`section.present ${slide.items}`, (items) =>
        items.map((item) => {
          const svg = item.querySelector('svg.deck-icon');
          if (!svg) return 'no icon';
          const box = svg.getBoundingClientRect();
          const drawn = [...svg.querySelectorAll('path, circle, rect, line, polyline')].filter(
            (shape) => shape.getBoundingClientRect().width + shape.getBoundingClientRect().height,
          );
          const style = getComputedStyle(svg);
          // A point's icon (not a flow's, which has its ring) on a round pale disc.
          const disc =
            item.matches('.points.with-icons:not(.flow) > li') &&
            (style.borderRadius !== '50%' || style.backgroundColor === 'rgba(0, 0, 0, 0)')
              ? ', no disc'
              : '';
          return box.width >= 24 && drawn.length > 0 && svg.getAttribute('aria-hidden') === 'true'
            ? `icon ${style.color}${disc}`
            : `empty icon ${box.width}×${box.height}, ${drawn.length} shapes`;
        }),
      );
      // Every icon in the theme's teal (--deck-accent, #0a6f6a).
      expect({ slide: slide.id, icons }).toEqual({
        slide: slide.id,
        icons: Array.from({ length: slide.count }, () => 'icon rgb(10, 111, 106)'),
      });
    }
    expect(problems.errors).toEqual([]);
  });
});
