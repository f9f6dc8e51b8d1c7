import { defineSlide } from '../src/model/slide.ts';
import timeline from './09-cooperation-timeline.ts';

/** Opening slide: the speech's title, the speaker's organisation and the four stages. */
export default defineSlide({
  kind: 'title',
  id: 'title',
  headline: 'slides.title.headline',
  kicker: 'slides.title.kicker',
  organisation: 'meta.organisation',
  // The talk's outline: the four stages of the cooperation, as the dividers show them.
  timeline: timeline.chart,
  // Dalian and Kitakyushu, the talk's two cities, faint on the card's open right half.
  backdropMap: true,
  notes: 'slides.title.notes',
});
