import { defineSlide } from '../src/model/slide.ts';

/** Divider opening stage 3 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-3',
  stage: 3,
  headline: 'slides.stages.3',
  notes: 'slides.stage3.notes',
});
