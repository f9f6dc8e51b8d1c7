import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const YEAR = figure(
  1993,
  'year',
  'At the end of 1993, Mayor Sueyoshi Koyichi of Kitakyushu and Mizuno, Director General of KITA advocated establishing a “Dalian Environmental Model Area” in Dalian by joint efforts of China and Japan,',
);

/**
 * The Dalian Environmental Model Area: who proposed it and who backed it, in steps beside its
 * date, the slide's hero.
 */
export default defineSlide({
  kind: 'statement',
  id: 'stage-2-model-area',
  headline: 'slides.modelArea.headline',
  figures: { year: YEAR },
  keyFigures: [
    { figure: YEAR, valueText: 'slides.modelArea.when', label: 'slides.modelArea.label' },
  ],
  points: [
    'slides.modelArea.points.proposal',
    'slides.modelArea.points.support',
    'slides.modelArea.points.curtain',
  ],
  visual: { kind: 'flow', icons: ['lightbulb', 'badge-check', 'handshake'] },
  notes: 'slides.modelArea.notes',
  notesSteps: [0, 1, 2],
});
