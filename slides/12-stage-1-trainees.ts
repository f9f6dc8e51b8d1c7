import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const SOURCE =
  'Kitakyushu Environmental Protection Bureau accepted one environmental protection trainee from Dalian each year from 1993 until 2001 when this program was ended.';
const FROM = figure(1993, 'year', SOURCE);
const TO = figure(2001, 'year', SOURCE);

/** One trainee a year: the speech gives the rate, the first year and the year it ended. */
export default defineSlide({
  kind: 'chart',
  id: 'stage-1-trainees',
  headline: 'slides.trainees.headline',
  figures: { from: FROM, to: TO },
  chart: {
    kind: 'annual',
    title: 'slides.trainees.chartTitle',
    summary: 'slides.trainees.chartSummary',
    axis: 'slides.trainees.axis',
    from: FROM,
    to: TO,
    perYear: figure(1, 'count', SOURCE),
  },
  notes: 'slides.trainees.notes',
});
