import { defineSlide } from '../src/model/slide.ts';

/** Divider opening stage 1 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-1',
  stage: 1,
  headline: 'slides.stages.1',
  notes: 'slides.stage1.notes',
});
