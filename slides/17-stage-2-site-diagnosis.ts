import { defineSlide } from '../src/model/slide.ts';

/** KITA's site diagnosis of polluting plants and the joint report. */
export default defineSlide({
  kind: 'statement',
  id: 'stage-2-site-diagnosis',
  headline: 'slides.siteDiagnosis.headline',
  points: [
    'slides.siteDiagnosis.points.diagnosis',
    'slides.siteDiagnosis.points.roots',
    'slides.siteDiagnosis.points.plans',
    'slides.siteDiagnosis.points.report',
  ],
  // KITA's steps in the speech's order (diagnosis, roots and countermeasures, plans), side by
  // side; the experts' report stands apart beneath: the speech does not say it followed them.
  visual: {
    kind: 'flow',
    across: true,
    steps: 3,
    icons: ['stethoscope', 'search', 'clipboard-list', 'file-text'],
  },
  notes: 'slides.siteDiagnosis.notes',
  notesSteps: [0, 3],
});
