import { defineSlide } from '../src/model/slide.ts';

/** Divider opening stage 4 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-4',
  stage: 4,
  headline: 'slides.stages.4',
  notes: 'slides.stage4.notes',
});
