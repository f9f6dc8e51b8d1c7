import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

/** Short-term training in Japan through the West Japan Industrial Club. */
export default defineSlide({
  kind: 'statement',
  id: 'stage-1-training-in-japan',
  headline: 'slides.trainingInJapan.headline',
  figures: {
    year: figure(
      1994,
      'year',
      'In 1994, West Japan Industrial Club executed an agreement with Dalian Environmental Protection Bureau about accepting trainees sent by Dalian to have short-term training in Japan.',
    ),
  },
  points: [
    'slides.trainingInJapan.points.agreement',
    'slides.trainingInJapan.points.awareness',
    'slides.trainingInJapan.points.skills',
    'slides.trainingInJapan.points.management',
  ],
  // The 1994 agreement leads; beneath it the three things the trainees came back with.
  visual: {
    kind: 'cards',
    lead: 1,
    look: 'outline',
    icons: ['handshake', 'lightbulb', 'wrench', 'briefcase'],
  },
  notes: 'slides.trainingInJapan.notes',
  notesSteps: [0, 1],
});
