import { defineSlide } from '../src/model/slide.ts';

/**
 * Opening slide: the speech's title and the speaker's organisation. The four stages are not
 * outlined here (a review read the strip as clutter over the title): the timeline (09) and the
 * stage dividers carry them.
 */
export default defineSlide({
  kind: 'title',
  id: 'title',
  headline: 'slides.title.headline',
  kicker: 'slides.title.kicker',
  organisation: 'meta.organisation',
  // Dalian and Kitakyushu, the talk's two cities, faint on the card's open right half.
  backdropMap: true,
  notes: 'slides.title.notes',
});
