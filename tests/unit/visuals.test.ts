import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDeckIcons } from '../../build/deck-icons.ts';
import { drawEastAsiaMap } from '../../build/east-asia-map.ts';
import { SLIDES } from '../../slides/index.ts';
import { ICON_NAMES } from '../../src/model/visual.ts';

describe('the East Asia map', () => {
  it('puts Kitakyushu south-east of Dalian, across the sea, both inside the frame', async () => {
    const { width, height, places } = await drawEastAsiaMap();
    const [dalianX, dalianY] = places.dalian;
    const [kitakyushuX, kitakyushuY] = places.kitakyushu;
    for (const [x, y] of Object.values(places)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
    // About 9° of longitude and 5° of latitude apart: far apart on a 600-unit frame.
    expect(kitakyushuX - dalianX).toBeGreaterThan(200);
    expect(kitakyushuY - dalianY).toBeGreaterThan(100);
  });

  it('draws the coasts in a few kilobytes', async () => {
    const { land } = await drawEastAsiaMap();
    // Whole units only: no fractions inflate the outline.
    expect(land).not.toMatch(/\d\.\d/);
    expect(land.length).toBeGreaterThan(2000);
    expect(gzipSync(land).length).toBeLessThan(6000);
  });
});

describe('the icons', () => {
  it('come from Lucide, every one the deck names', async () => {
    const icons = await readDeckIcons();
    for (const name of ICON_NAMES) expect(icons[name].length).toBeGreaterThan(0);
  });

  it('are one per point, item or step on every slide that has them', () => {
    const mismatched = SLIDES.flatMap((slide) => {
      if (slide.kind !== 'statement' && slide.kind !== 'figures' && slide.kind !== 'list')
        return [];
      const visual = slide.visual;
      if (visual === undefined || visual.kind === 'map') return [];
      const count = slide.kind === 'list' ? slide.items.length : (slide.points?.length ?? 0);
      return visual.icons.length === count ? [] : [`${slide.id}: ${visual.icons.length}/${count}`];
    });
    expect(mismatched).toEqual([]);
  });
});
