import { defineSlide } from '../src/model/slide.ts';

/** Environmental protection as a market and an industry. */
export default defineSlide({
  kind: 'statement',
  id: 'stage-4-market',
  headline: 'slides.market.headline',
  points: [
    'slides.market.points.market',
    'slides.market.points.prosperity',
    'slides.market.points.newStage',
  ],
  // Three facts side by side, not a flow: the speech does not say one led to the next.
  visual: { kind: 'cards', icons: ['store', 'trending-up', 'handshake'] },
  notes: 'slides.market.notes',
  notesSteps: [0, 2],
});
