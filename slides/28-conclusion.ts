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
  // What Dalian gained, its offer, and between them the thanks the speech closes on, set large.
  visual: { kind: 'hero', icons: ['award', 'heart-handshake', 'globe'], hero: 1 },
  notes: 'slides.conclusion.notes',
  notesSteps: [0, 1],
});
