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
  visual: { kind: 'icons', icons: ['stethoscope', 'search', 'clipboard-list', 'file-text'] },
  notes: 'slides.siteDiagnosis.notes',
});
