import { defineSlide } from '../src/model/slide.ts';
import timeline from './09-cooperation-timeline.ts';

/** Divider opening stage 1 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-1',
  stage: 1,
  timeline: timeline.chart,
  headline: 'slides.stages.1',
  notes: 'slides.stage1.notes',
});
