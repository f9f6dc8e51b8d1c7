import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

/**
 * The nine projects the speech names, grouped by what they address (read from their names and,
 * for the steel and thermal plants, from the results the speech reports for them). The speech's
 * item "Dalian Dye Plant Yandao Chemical Thermal Plant Expansion" names two of the nine: the
 * dye plant, and the Yandao thermal plant whose results the next slide reports on their own.
 */
export default defineSlide({
  kind: 'chart',
  id: 'stage-3-projects',
  headline: 'slides.projects.headline',
  figures: {
    count: figure(
      9,
      'count',
      'This program is comprised of nine projects, respectively Dalian Pharmaceutical Plant Pollution Abatement 1st Phase, Dalian Dye Plant Yandao Chemical Thermal Plant Expansion, Dalian Steel Group Steel-Making Electric Furnace Pollution Abatement Project, Dalian Cement Group Air Particle Treatment, Wafangdian 3rd Phase Water Resource Project, Fushun Sewage Treatment Plant Project, Wafangdian Sewage Treatment Plant Project and Zhuanghe Downtown Water Supply Project.',
    ),
  },
  chart: {
    kind: 'groups',
    title: 'slides.projects.chartTitle',
    summary: 'slides.projects.chartSummary',
    axis: 'slides.projects.axis',
    source:
      'This program is comprised of nine projects, respectively Dalian Pharmaceutical Plant Pollution Abatement 1st Phase, Dalian Dye Plant Yandao Chemical Thermal Plant Expansion, Dalian Steel Group Steel-Making Electric Furnace Pollution Abatement Project, Dalian Cement Group Air Particle Treatment, Wafangdian 3rd Phase Water Resource Project, Fushun Sewage Treatment Plant Project, Wafangdian Sewage Treatment Plant Project and Zhuanghe Downtown Water Supply Project.',
    groups: [
      {
        label: 'slides.projects.groups.air',
        icon: 'wind',
        items: [
          'slides.projects.items.thermalPlant',
          'slides.projects.items.steel',
          'slides.projects.items.cement',
        ],
      },
      {
        label: 'slides.projects.groups.water',
        icon: 'droplet',
        items: [
          'slides.projects.items.waterResource',
          'slides.projects.items.fushunSewage',
          'slides.projects.items.wafangdianSewage',
          'slides.projects.items.zhuangheWater',
        ],
      },
      {
        label: 'slides.projects.groups.industry',
        icon: 'factory',
        items: ['slides.projects.items.pharmaceutical', 'slides.projects.items.dyePlant'],
      },
    ],
  },
  notes: 'slides.projects.notes',
});
