import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const SOURCE = 'The total investment is RMB1.68 billion and line of credit is USD100 million.';
const INVESTMENT = figure(1_680_000_000, 'rmb', SOURCE);
const CREDIT = figure(100_000_000, 'usd', SOURCE);
const PROJECTS = figure(
  9,
  'count',
  'This program is comprised of nine projects, respectively Dalian Pharmaceutical Plant Pollution Abatement 1st Phase, Dalian Dye Plant Yandao Chemical Thermal Plant Expansion, Dalian Steel Group Steel-Making Electric Furnace Pollution Abatement Project, Dalian Cement Group Air Particle Treatment, Wafangdian 3rd Phase Water Resource Project, Fushun Sewage Treatment Plant Project, Wafangdian Sewage Treatment Plant Project and Zhuanghe Downtown Water Supply Project.',
);

/**
 * The programme's money and size. Investment (RMB) and credit (USD) are in different
 * currencies, so they stand as key figures rather than bars on one axis.
 */
export default defineSlide({
  kind: 'figures',
  id: 'stage-3-investment',
  headline: 'slides.investment.headline',
  figures: { investment: INVESTMENT, credit: CREDIT },
  keyFigures: [
    { figure: INVESTMENT, label: 'slides.investment.investmentLabel', icon: 'banknote' },
    { figure: CREDIT, label: 'slides.investment.creditLabel', icon: 'landmark' },
    { figure: PROJECTS, label: 'slides.investment.projectsLabel', icon: 'list-checks' },
  ],
  notes: 'slides.investment.notes',
});
