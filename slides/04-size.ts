import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const SOURCE =
  'Its total area is 12574Km², including old urban area of 2415Km² and its population is 5.721 million.';

const TOTAL_AREA = figure(12574, 'area', SOURCE);
const OLD_URBAN_AREA = figure(2415, 'area', SOURCE);
const POPULATION = figure(5721000, 'people', SOURCE);

/** Dalian's size: the old urban area inside the total area, and the population. */
export default defineSlide({
  kind: 'chart',
  id: 'size',
  headline: 'slides.size.headline',
  figures: { totalArea: TOTAL_AREA, oldUrbanArea: OLD_URBAN_AREA, population: POPULATION },
  keyFigures: [{ figure: POPULATION, label: 'slides.size.population' }],
  chart: {
    kind: 'areas',
    title: 'slides.size.chartTitle',
    summary: 'slides.size.chartSummary',
    axis: 'slides.size.axis',
    whole: { label: 'slides.size.totalArea', figure: TOTAL_AREA },
    part: { label: 'slides.size.oldUrbanArea', figure: OLD_URBAN_AREA },
  },
  notes: 'slides.size.notes',
});
