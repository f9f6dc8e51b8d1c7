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
  // "The result of joint efforts of Dalian municipal government and Dalian citizens and of
  // course, the international cooperation": three actors meeting in one achievement, which the
  // medallion names as the speech does ("Dalian's achievements in environmental protection").
  visual: {
    kind: 'actors',
    icons: ['landmark', 'users', 'globe'],
    meet: 'award',
    caption: 'slides.jointEfforts.result',
  },
  notes: 'slides.jointEfforts.notes',
  notesSteps: [0, 2],
});
