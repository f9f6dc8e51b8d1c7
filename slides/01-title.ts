import { defineSlide } from '../src/model/slide.ts';

/** Opening slide: the speech's title and the speaker's organisation. */
export default defineSlide({
  kind: 'title',
  id: 'title',
  headline: 'slides.title.headline',
  kicker: 'slides.title.kicker',
  organisation: 'meta.organisation',
  notes: 'slides.title.notes',
});
