import { defineSlide } from '../src/model/slide.ts';

/** Where Dalian is and what kind of city it is. */
export default defineSlide({
  kind: 'statement',
  id: 'location',
  headline: 'slides.location.headline',
  points: [
    'slides.location.points.coast',
    'slides.location.points.peninsula',
    'slides.location.points.roles',
  ],
  notes: 'slides.location.notes',
});
