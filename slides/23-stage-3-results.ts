import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const STEEL =
  'After Dalian Steel Plant Project was completed, the plant has changed into an exemplary plant for clean environment from an old steel plant of serious pollution and its smoke emission concentration is less than 50mg/m³ and annual reduction of particle emission is 1536t.';
const YANDAO =
  'After Yandao Chemical Area Thermal Plant was completed, annual reduction of CO₂ emission is 1610t and particle reduction is 5800t.';
const SMOKE = figure(50, 'concentration', STEEL);
const STEEL_PARTICLES = figure(1536, 'tonnes', STEEL);
const YANDAO_CO2 = figure(1610, 'tonnes', YANDAO);
const YANDAO_PARTICLES = figure(5800, 'tonnes', YANDAO);

/**
 * Measured results of two projects, one card per plant. The yearly reductions are written
 * per year; the smoke concentration is only an upper bound with no baseline, so it is written
 * as one ("less than …"), never drawn as an amount.
 */
export default defineSlide({
  kind: 'chart',
  id: 'stage-3-results',
  headline: 'slides.results.headline',
  figures: {
    smoke: SMOKE,
    steelParticles: STEEL_PARTICLES,
    yandaoCo2: YANDAO_CO2,
    yandaoParticles: YANDAO_PARTICLES,
  },
  chart: {
    kind: 'plants',
    title: 'slides.results.chartTitle',
    // "Emission results reported after completion" under "Results after completion" said it twice.
    titleUnseen: true,
    summary: 'slides.results.chartSummary',
    axis: 'slides.results.axis',
    plants: [
      {
        name: 'visuals.plants.yandao',
        results: [
          { label: 'visuals.plants.particlesCut', figure: YANDAO_PARTICLES, perYear: true },
          { label: 'visuals.plants.co2Cut', figure: YANDAO_CO2, perYear: true },
        ],
      },
      {
        name: 'visuals.plants.steel',
        results: [
          { label: 'visuals.plants.particlesCut', figure: STEEL_PARTICLES, perYear: true },
          {
            label: 'visuals.plants.smoke',
            figure: SMOKE,
            valueText: 'slides.results.smokeValue',
          },
        ],
      },
    ],
  },
  notes: 'slides.results.notes',
});
