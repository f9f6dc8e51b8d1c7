import { defineSlide } from '../src/model/slide.ts';
import timeline from './09-cooperation-timeline.ts';

/** Divider opening stage 3 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-3',
  stage: 3,
  timeline: timeline.chart,
  headline: 'slides.stages.3',
  notes: 'slides.stage3.notes',
});
