import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import type { AreasChartSpec } from '../../src/model/chart-spec.ts';
import { nestedSquareSide } from '../../src/render/slide-visuals.ts';

const size = SLIDES.find((slide) => slide.id === 'size');
const areas = size?.kind === 'chart' && size.chart.kind === 'areas' ? size.chart : undefined;

describe('the size slide’s nested squares', () => {
  it('compares the old urban area with the total area by the squares’ areas', () => {
    const spec = areas as AreasChartSpec;
    const whole = Number(spec.whole.figure.value);
    const part = Number(spec.part.figure.value);
    const inner = nestedSquareSide(430, whole, part);
    // 2,415 of 12,574 km² is 19 % of the area: the inner square covers 19 % of the outer one,
    // although its side is 44 % of the outer side.
    expect((inner * inner) / (430 * 430)).toBeCloseTo(part / whole, 6);
    expect(inner / 430).toBeCloseTo(0.438, 3);
  });

  it('draws the speech’s two areas', () => {
    expect(areas?.whole.figure.value).toBe(12574);
    expect(areas?.part.figure.value).toBe(2415);
  });
});
