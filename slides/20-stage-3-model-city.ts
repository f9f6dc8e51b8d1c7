import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const SOURCE =
  'In 1997, Hashimoto Ryutaro, Prime Minister of Japan visited China to commemorate 25th anniversary of normalization of relations between China and Japan and proposed choosing one or two cities in China for conceptualization of building a “model city” for Sino-Japan cooperation in environmental protection.';

const YEAR = figure(1997, 'year', SOURCE);

/**
 * The 1997 Model City proposal and Dalian's selection, in steps beside the year and its
 * occasion, the slide's hero.
 */
export default defineSlide({
  kind: 'statement',
  id: 'stage-3-model-city',
  headline: 'slides.modelCity.headline',
  figures: { year: YEAR, anniversary: figure(25, 'count', SOURCE) },
  keyFigures: [{ figure: YEAR, label: 'slides.modelCity.label' }],
  points: [
    'slides.modelCity.points.visit',
    'slides.modelCity.points.proposal',
    'slides.modelCity.points.support',
    'slides.modelCity.points.listed',
  ],
  visual: { kind: 'flow', icons: ['plane', 'lightbulb', 'badge-check', 'list-checks'] },
  notes: 'slides.modelCity.notes',
  notesSteps: [0, 2],
});
