import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

/** The speech's sentence that gives the sister cities' date. */
const SISTER_CITIES =
  'Dalian became a sister city of Kitakyushu on 1st May, 1979 and exchange of environment protection officials has been quite frequent since then, which is represented by the exchange between Dalian Environmental Protection Bureau and Kitakyushu Environmental Protection Bureau and KITA (Kitakyushu International Training Association).';

/** Sister cities since 1979 and the exchange of officials. */
export default defineSlide({
  kind: 'statement',
  id: 'stage-1-sister-city',
  headline: 'slides.sisterCity.headline',
  figures: {
    date: figure('1979-05-01', 'date', SISTER_CITIES),
    /** The year alone, in the map's description (the headline gives the whole date). */
    year: figure(1979, 'year', SISTER_CITIES),
  },
  points: [
    'slides.sisterCity.points.officials',
    'slides.sisterCity.points.bureaus',
    'slides.sisterCity.points.kita',
  ],
  visual: {
    kind: 'map',
    places: ['dalian', 'kitakyushu', 'china', 'japan'],
    link: true,
    label: 'visuals.map.sisters',
    large: true,
  },
  notes: 'slides.sisterCity.notes',
});
