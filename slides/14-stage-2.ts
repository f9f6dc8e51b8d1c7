import { defineSlide } from '../src/model/slide.ts';
import timeline from './09-cooperation-timeline.ts';

/** Divider opening stage 2 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-2',
  stage: 2,
  timeline: timeline.chart,
  headline: 'slides.stages.2',
  notes: 'slides.stage2.notes',
});
