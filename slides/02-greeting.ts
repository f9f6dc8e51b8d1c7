import { defineSlide } from '../src/model/slide.ts';

/** The greeting and what the talk is about. */
export default defineSlide({
  kind: 'statement',
  id: 'greeting',
  headline: 'slides.greeting.headline',
  points: [
    'slides.greeting.points.bureau',
    'slides.greeting.points.efforts',
    'slides.greeting.points.cooperation',
  ],
  // Who speaks, then the two things the talk is about, side by side: the city's own efforts
  // and its international cooperation.
  visual: { kind: 'cards', lead: 1, look: 'open', icons: ['building', 'leaf', 'globe'] },
  notes: 'slides.greeting.notes',
});
