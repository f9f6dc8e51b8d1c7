import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

/** Kitakyushu companies setting up in Dalian. */
export default defineSlide({
  kind: 'statement',
  id: 'stage-4-companies',
  headline: 'slides.companies.headline',
  figures: {
    year: figure(
      2005,
      'year',
      'New Japan Chemical Environmental Consultancy Co., Ltd from Kitakyushu, Japan established its representative office in 2005, which signaled that the exchange between two cities at environmental protection has entered into the substantial stage of industrial cooperation.',
    ),
  },
  points: [
    'slides.companies.points.office',
    'slides.companies.points.substantial',
    'slides.companies.points.aqua',
  ],
  // The 2005 office "signaled" the substantial stage: two steps across; AQUA and the others
  // ("Also, …") apart beneath, not drawn as following from them.
  visual: { kind: 'flow', across: true, steps: 2, icons: ['building', 'handshake', 'factory'] },
  notes: 'slides.companies.notes',
});
