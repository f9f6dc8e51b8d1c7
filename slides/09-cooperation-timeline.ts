import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const SISTER_CITY = figure(
  1979,
  'year',
  'Dalian became a sister city of Kitakyushu on 1st May, 1979 and exchange of environment protection officials has been quite frequent since then, which is represented by the exchange between Dalian Environmental Protection Bureau and Kitakyushu Environmental Protection Bureau and KITA (Kitakyushu International Training Association).',
);
const TRAINEES_FROM = figure(
  1993,
  'year',
  'Kitakyushu Environmental Protection Bureau accepted one environmental protection trainee from Dalian each year from 1993 until 2001 when this program was ended.',
);
const TRAINEES_TO = figure(
  2001,
  'year',
  'Kitakyushu Environmental Protection Bureau accepted one environmental protection trainee from Dalian each year from 1993 until 2001 when this program was ended.',
);
const WEST_JAPAN = figure(
  1994,
  'year',
  'In 1994, West Japan Industrial Club executed an agreement with Dalian Environmental Protection Bureau about accepting trainees sent by Dalian to have short-term training in Japan.',
);
const MODEL_AREA = figure(
  1993,
  'year',
  'At the end of 1993, Mayor Sueyoshi Koyichi of Kitakyushu and Mizuno, Director General of KITA advocated establishing a “Dalian Environmental Model Area” in Dalian by joint efforts of China and Japan,',
);
const JICA_FROM = figure(
  1996,
  'year',
  'With assistance from JICA (Japan), the investigation work on development of “Dalian Environmental Model Area”—a Sino-Japan technical cooperation program that lasted for three years from the end of 1996 to 2000 was completed successfully.',
);
const JICA_TO = figure(
  2000,
  'year',
  'With assistance from JICA (Japan), the investigation work on development of “Dalian Environmental Model Area”—a Sino-Japan technical cooperation program that lasted for three years from the end of 1996 to 2000 was completed successfully.',
);
const MODEL_CITY = figure(
  1997,
  'year',
  'In 1997, Hashimoto Ryutaro, Prime Minister of Japan visited China to commemorate 25th anniversary of normalization of relations between China and Japan and proposed choosing one or two cities in China for conceptualization of building a “model city” for Sino-Japan cooperation in environmental protection.',
);
const OFFICE = figure(
  2005,
  'year',
  'New Japan Chemical Environmental Consultancy Co., Ltd from Kitakyushu, Japan established its representative office in 2005, which signaled that the exchange between two cities at environmental protection has entered into the substantial stage of industrial cooperation.',
);

/** The dated events of the cooperation, 1979 to 2005, coloured by stage. */
export default defineSlide({
  kind: 'chart',
  id: 'cooperation-timeline',
  headline: 'slides.timeline.headline',
  figures: { first: SISTER_CITY, technical: MODEL_AREA, project: MODEL_CITY, last: OFFICE },
  chart: {
    kind: 'timeline',
    title: 'slides.timeline.chartTitle',
    summary: 'slides.timeline.chartSummary',
    axis: 'slides.timeline.axis',
    events: [
      { label: 'slides.timeline.events.sisterCity', stage: 1, from: SISTER_CITY },
      { label: 'slides.timeline.events.trainees', stage: 1, from: TRAINEES_FROM, to: TRAINEES_TO },
      { label: 'slides.timeline.events.westJapan', stage: 1, from: WEST_JAPAN },
      { label: 'slides.timeline.events.modelArea', stage: 2, from: MODEL_AREA },
      { label: 'slides.timeline.events.jicaStudy', stage: 2, from: JICA_FROM, to: JICA_TO },
      { label: 'slides.timeline.events.modelCity', stage: 3, from: MODEL_CITY },
      { label: 'slides.timeline.events.office', stage: 4, from: OFFICE },
    ],
  },
  notes: 'slides.timeline.notes',
});
