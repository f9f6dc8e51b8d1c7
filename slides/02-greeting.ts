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
  visual: { kind: 'icons', icons: ['building', 'leaf', 'globe'] },
  notes: 'slides.greeting.notes',
});
