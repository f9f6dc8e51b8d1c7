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
  visual: {
    kind: 'map',
    places: ['dalian', 'liaodong', 'china'],
    inset: true,
    label: 'visuals.map.location',
    large: true,
  },
  notes: 'slides.location.notes',
  notesSteps: [0, 2],
});
