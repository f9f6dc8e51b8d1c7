import { defineSlide } from '../src/model/slide.ts';

/** The closing call and thanks. */
export default defineSlide({
  kind: 'closing',
  id: 'closing',
  headline: 'slides.closing.headline',
  subline: 'slides.closing.subline',
  backdropMap: true,
  notes: 'slides.closing.notes',
});
