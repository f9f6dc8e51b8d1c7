import { defineSlide } from '../src/model/slide.ts';

/** What Dalian gained, its thanks, and the offer to share its experience. */
export default defineSlide({
  kind: 'statement',
  id: 'conclusion',
  headline: 'slides.conclusion.headline',
  points: [
    'slides.conclusion.points.benefited',
    'slides.conclusion.points.thanks',
    'slides.conclusion.points.share',
  ],
  // What Dalian gained, its thanks, its offer: three closing messages side by side.
  visual: { kind: 'cards', icons: ['award', 'heart-handshake', 'globe'] },
  notes: 'slides.conclusion.notes',
});
