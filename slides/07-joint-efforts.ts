import { defineSlide } from '../src/model/slide.ts';

/** Who made the improvement: government, citizens and international partners. */
export default defineSlide({
  kind: 'statement',
  id: 'joint-efforts',
  headline: 'slides.jointEfforts.headline',
  points: [
    'slides.jointEfforts.points.government',
    'slides.jointEfforts.points.citizens',
    'slides.jointEfforts.points.international',
  ],
  visual: { kind: 'icons', icons: ['landmark', 'users', 'globe'] },
  notes: 'slides.jointEfforts.notes',
});
