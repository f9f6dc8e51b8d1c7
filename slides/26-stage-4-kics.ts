import { defineSlide } from '../src/model/slide.ts';

/** The long friendship with KICS and its Director General. */
export default defineSlide({
  kind: 'statement',
  id: 'stage-4-kics',
  headline: 'slides.kics.headline',
  points: [
    'slides.kics.points.name',
    'slides.kics.points.exchanges',
    'slides.kics.points.director',
  ],
  // KICS by its full name leads; beneath it the two signs of an old friendship.
  visual: { kind: 'cards', lead: 1, icons: ['network', 'clock', 'plane'] },
  notes: 'slides.kics.notes',
  notesSteps: [0, 2],
});
