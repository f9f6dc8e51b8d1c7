import type { StageNumber } from '../src/model/chart-spec.ts';
import type { DividerSlide, Slide } from '../src/model/slide.ts';
import title from './01-title.ts';
import greeting from './02-greeting.ts';
import location from './03-location.ts';
import size from './04-size.ts';
import history from './05-history.ts';
import global500 from './06-global-500.ts';
import jointEfforts from './07-joint-efforts.ts';
import kitakyushu from './08-kitakyushu.ts';
import cooperationTimeline from './09-cooperation-timeline.ts';
import stage1 from './10-stage-1.ts';
import stage1SisterCity from './11-stage-1-sister-city.ts';
import stage1Trainees from './12-stage-1-trainees.ts';
import stage1TrainingInJapan from './13-stage-1-training-in-japan.ts';
import stage2 from './14-stage-2.ts';
import stage2ModelArea from './15-stage-2-model-area.ts';
import stage2JicaStudy from './16-stage-2-jica-study.ts';
import stage2SiteDiagnosis from './17-stage-2-site-diagnosis.ts';
import stage2Equipment from './18-stage-2-equipment.ts';
import stage3 from './19-stage-3.ts';
import stage3ModelCity from './20-stage-3-model-city.ts';
import stage3Investment from './21-stage-3-investment.ts';
import stage3Projects from './22-stage-3-projects.ts';
import stage3Results from './23-stage-3-results.ts';
import stage4 from './24-stage-4.ts';
import stage4Market from './25-stage-4-market.ts';
import stage4Kics from './26-stage-4-kics.ts';
import stage4Companies from './27-stage-4-companies.ts';
import conclusion from './28-conclusion.ts';
import closing from './29-closing.ts';

/** The four stages of the cooperation: each opens with its divider, then its own slides. */
const STAGES: readonly { readonly divider: DividerSlide; readonly slides: readonly Slide[] }[] = [
  { divider: stage1, slides: [stage1SisterCity, stage1Trainees, stage1TrainingInJapan] },
  {
    divider: stage2,
    slides: [stage2ModelArea, stage2JicaStudy, stage2SiteDiagnosis, stage2Equipment],
  },
  { divider: stage3, slides: [stage3ModelCity, stage3Investment, stage3Projects, stage3Results] },
  { divider: stage4, slides: [stage4Market, stage4Kics, stage4Companies] },
];

/** Every slide of the deck, in the order of the speech. */
export const SLIDES: readonly Slide[] = [
  title,
  greeting,
  location,
  size,
  history,
  global500,
  jointEfforts,
  kitakyushu,
  cooperationTimeline,
  ...STAGES.flatMap((stage) => [stage.divider, ...stage.slides]),
  conclusion,
  closing,
];

/** The stage each content slide of a stage belongs to, by slide id (dividers not included). */
export const SLIDE_STAGES: ReadonlyMap<string, StageNumber> = new Map(
  STAGES.flatMap((stage) => stage.slides.map((slide) => [slide.id, stage.divider.stage] as const)),
);
