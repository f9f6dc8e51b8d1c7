import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const SOURCE =
  'With assistance from JICA (Japan), the investigation work on development of “Dalian Environmental Model Area”—a Sino-Japan technical cooperation program that lasted for three years from the end of 1996 to 2000 was completed successfully.';

/** The JICA development study and the twelve fields it surveyed. */
export default defineSlide({
  kind: 'list',
  id: 'stage-2-jica-study',
  headline: 'slides.jicaStudy.headline',
  figures: {
    from: figure(1996, 'year', SOURCE),
    to: figure(2000, 'year', SOURCE),
    years: figure(3, 'count', SOURCE),
  },
  intro: 'slides.jicaStudy.intro',
  items: [
    'slides.jicaStudy.items.air',
    'slides.jicaStudy.items.water',
    'slides.jicaStudy.items.industrialPollution',
    'slides.jicaStudy.items.solidWaste',
    'slides.jicaStudy.items.garbage',
    'slides.jicaStudy.items.greenBelts',
    'slides.jicaStudy.items.reserves',
    'slides.jicaStudy.items.noise',
    'slides.jicaStudy.items.exhaust',
    'slides.jicaStudy.items.management',
    'slides.jicaStudy.items.education',
    'slides.jicaStudy.items.laws',
  ],
  visual: {
    kind: 'icons',
    icons: [
      'wind',
      'droplet',
      'factory',
      'recycle',
      'trash',
      'trees',
      'bird',
      'volume-2',
      'car',
      'clipboard-check',
      'megaphone',
      'scale',
    ],
  },
  notes: 'slides.jicaStudy.notes',
});
