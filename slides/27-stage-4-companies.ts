import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const OFFICE_YEAR = figure(
  2005,
  'year',
  'New Japan Chemical Environmental Consultancy Co., Ltd from Kitakyushu, Japan established its representative office in 2005, which signaled that the exchange between two cities at environmental protection has entered into the substantial stage of industrial cooperation.',
);

/** Kitakyushu companies setting up in Dalian: the 2005 office as the date that marks the stage. */
export default defineSlide({
  kind: 'figures',
  id: 'stage-4-companies',
  headline: 'slides.companies.headline',
  figures: { year: OFFICE_YEAR },
  keyFigures: [{ figure: OFFICE_YEAR, label: 'slides.companies.officeLabel' }],
  points: ['slides.companies.points.substantial', 'slides.companies.points.aqua'],
  visual: { kind: 'icons', icons: ['handshake', 'briefcase-business'] },
  notes: 'slides.companies.notes',
  notesSteps: [0, 1],
});
