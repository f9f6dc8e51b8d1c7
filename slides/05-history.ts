import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

/** Thirty years from an old industrial city to a clean, modern one. */
export default defineSlide({
  kind: 'statement',
  id: 'history',
  headline: 'slides.history.headline',
  figures: {
    decade: figure(
      1970,
      'decade',
      "Dalian started its efforts in environmental protection in 1970's when Dalian was an old city of heavy industry.",
    ),
    years: figure(
      30,
      'count',
      "Through about 30 years' efforts, Dalian today has become a modernized metropolis of reasonable industrial layout, clean environment and a suitable habitat for mankind.",
    ),
  },
  points: [
    'slides.history.points.start',
    'slides.history.points.downtown',
    'slides.history.points.effort',
    'slides.history.points.today',
  ],
  // The city before (1970s, the downtown's factories), the years of effort, the city today.
  visual: { kind: 'change', icons: ['factory', 'cloud-fog', 'hourglass', 'trees'] },
  notes: 'slides.history.notes',
  notesSteps: [0, 1, 2],
});
