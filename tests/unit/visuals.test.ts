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

describe('the locator inset and Japan', () => {
  it('marks the map’s frame on the east coast of Eurasia, Dalian inside it', async () => {
    const { inset } = await drawEastAsiaMap();
    const [x, y, width, height] = inset.frame;
    const [dalianX, dalianY] = inset.dalian;
    // The frame a small part of the inset, wholly on it, Dalian within the frame.
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(x + width).toBeLessThan(inset.width);
    expect(y + height).toBeLessThan(inset.height);
    expect(width).toBeLessThan(inset.width / 3);
    expect(dalianX).toBeGreaterThan(x);
    expect(dalianX).toBeLessThan(x + width);
    expect(dalianY).toBeGreaterThan(y);
    expect(dalianY).toBeLessThan(y + height);
    // A coarse outline: the inset costs the offline file about a kilobyte and a half.
    expect(inset.land.length).toBeGreaterThan(1000);
    expect(gzipSync(inset.land).length).toBeLessThan(2000);
  });

  it('draws Japan’s land, in the frame, for the slide that names it as partner', async () => {
    const { japan } = await drawEastAsiaMap();
    expect(japan.length).toBeGreaterThan(500);
    expect(japan).not.toMatch(/\d\.\d/);
    expect(gzipSync(japan).length).toBeLessThan(1500);
  });
});

describe('the three map slides', () => {
  const maps = SLIDES.flatMap((slide) =>
    slide.kind === 'statement' && slide.visual?.kind === 'map'
      ? [[slide.id, slide.visual] as const]
      : [],
  );

  it('are 03, 08 and 11, each showing its own point, not one picture three times', () => {
    expect(maps.map(([id]) => id)).toEqual(['location', 'kitakyushu', 'stage-1-sister-city']);
    const [location, partners, sisters] = maps.map(([, visual]) => visual);
    // 03: where Dalian is, with the inset; no Kitakyushu (08's subject), no link.
    expect(location?.inset).toBe(true);
    expect(location?.places).toContain('dalian');
    expect(location?.places).not.toContain('kitakyushu');
    expect(location?.link).toBeUndefined();
    // 08: Japan tinted and named, the two cities joined.
    expect(partners?.japan).toBe(true);
    expect(partners?.places).toEqual(expect.arrayContaining(['dalian', 'kitakyushu', 'japan']));
    expect(partners?.link).toBe(true);
    // 11: the two cities joined, their countries named as on 03 and 08 (a reviewer missed them
    // here), Japan not tinted (08's subject); the headline gives the date, the map does not.
    expect(sisters?.link).toBe(true);
    expect(sisters?.places).toEqual(['dalian', 'kitakyushu', 'china', 'japan']);
    expect(sisters?.japan).toBeUndefined();
    const kinds = maps.map(([, visual]) => JSON.stringify({ ...visual, large: undefined }));
    expect(new Set(kinds).size).toBe(3);
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

  // The factory had stood for the polluting plants (05, 16, 18, 22) and also for the new stage
  // of cooperation (25) and the partner companies (27): polluter and partner one symbol.
  it('keep the factory for industry’s pollution, never for a partner', () => {
    const factories = SLIDES.flatMap((slide) => {
      if (slide.kind !== 'statement' && slide.kind !== 'figures' && slide.kind !== 'list')
        return [];
      const icons: readonly string[] =
        slide.visual === undefined || slide.visual.kind === 'map' ? [] : slide.visual.icons;
      return icons.includes('factory') ? [slide.id] : [];
    });
    expect(factories).toEqual(['history', 'stage-2-jica-study', 'stage-2-equipment']);
  });
});
