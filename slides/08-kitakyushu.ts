import { defineSlide } from '../src/model/slide.ts';

/** Japan and Kitakyushu as Dalian's closest partners. */
export default defineSlide({
  kind: 'statement',
  id: 'kitakyushu',
  headline: 'slides.kitakyushu.headline',
  points: [
    'slides.kitakyushu.points.history',
    'slides.kitakyushu.points.achievements',
    'slides.kitakyushu.points.stages',
  ],
  visual: {
    kind: 'map',
    places: ['dalian', 'kitakyushu', 'china', 'japan'],
    link: true,
    japan: true,
    label: 'visuals.map.partners',
    large: true,
  },
  notes: 'slides.kitakyushu.notes',
});
