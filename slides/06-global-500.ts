import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const AWARD_YEAR = figure(
  2001,
  'year',
  'Recommended by Kitakyushu, Dalian was appraised as GLOBAL 500 by UNEP in 2001, the first city in China.',
);

/** The UNEP Global 500 honour, Dalian first among Chinese cities. */
export default defineSlide({
  kind: 'figures',
  id: 'global-500',
  headline: 'slides.global500.headline',
  figures: { year: AWARD_YEAR },
  keyFigures: [{ figure: AWARD_YEAR, label: 'slides.global500.label' }],
  points: [
    'slides.global500.points.recommended',
    'slides.global500.points.awarded',
    'slides.global500.points.first',
  ],
  notes: 'slides.global500.notes',
});
