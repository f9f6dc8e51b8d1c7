import { defineSlide } from '../src/model/slide.ts';
import timeline from './09-cooperation-timeline.ts';

/** Divider opening stage 4 of the cooperation. */
export default defineSlide({
  kind: 'divider',
  id: 'stage-4',
  stage: 4,
  timeline: timeline.chart,
  headline: 'slides.stages.4',
  notes: 'slides.stage4.notes',
});
