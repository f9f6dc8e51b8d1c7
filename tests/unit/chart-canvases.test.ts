// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { ChartCanvases } from '../../src/charts/chart-canvases.ts';
import { renderDeck } from '../../src/render/render-deck.ts';

const rendered = renderDeck(SLIDES);
const bySlide = rendered.slides.map((slide) => slide.charts);
const mounts = bySlide.flat();

describe('chart canvases from the render result', () => {
  it('gives each rendered canvas the spec it was made for', () => {
    const canvases = new ChartCanvases(bySlide);
    expect(mounts.length).toBeGreaterThan(0);
    for (const mount of mounts) expect(canvases.specFor(mount.canvas)).toBe(mount.spec);
  });

  it('finds the spec of a copy that reveal’s print view makes of a slide', () => {
    const canvases = new ChartCanvases(bySlide);
    const [mount] = mounts;
    const section = rendered.slides.find((slide) => slide.id === mount?.slideId)?.section;
    const copy = section?.cloneNode(true);
    if (!(copy instanceof HTMLElement) || mount === undefined) throw new Error('no chart slide');
    const copiedCanvas = copy.querySelector('canvas');
    if (copiedCanvas === null) throw new Error('the copy has no canvas');
    expect(canvases.specFor(copiedCanvas)).toBe(mount.spec);
    expect(canvases.specFor(document.createElement('canvas'))).toBeUndefined();
  });

  it('knows which canvases are in the document and which wait', () => {
    const canvases = new ChartCanvases(bySlide);
    expect(canvases.inDocument()).toEqual([]);
    for (const slide of rendered.slides) document.body.append(slide.section);
    expect(canvases.inDocument()).toEqual(mounts.map((mount) => mount.canvas));
  });

  it('knows the slide each canvas is on', () => {
    const canvases = new ChartCanvases(bySlide);
    const timeline = SLIDES.findIndex((slide) => slide.id === 'cooperation-timeline');
    const [canvas] = canvases.onSlide(timeline);
    expect(canvas?.closest('section')?.dataset['slideId']).toBe('cooperation-timeline');
    if (canvas !== undefined) expect(canvases.slideOf(canvas)).toBe(timeline);
    expect(canvases.onSlide(0)).toEqual([]);
    expect(canvases.slideOf(document.createElement('canvas'))).toBeUndefined();
  });
});
