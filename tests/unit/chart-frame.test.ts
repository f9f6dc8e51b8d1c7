import { describe, expect, it } from 'vitest';
import { fillsFrame } from '../../src/charts/chart-frame.ts';

describe('fillsFrame', () => {
  it('keeps a chart drawn at 1136 × 440 in a frame laid out at 1136 × 439.95', () => {
    expect(fillsFrame({ width: 1136, height: 440 }, { width: 1136, height: 439.95 })).toBe(true);
  });

  it('redraws a chart whose frame lost a line of headline', () => {
    expect(fillsFrame({ width: 1136, height: 440 }, { width: 1136, height: 402 })).toBe(false);
    expect(fillsFrame({ width: 1136, height: 440 }, { width: 1100, height: 440 })).toBe(false);
  });
});
