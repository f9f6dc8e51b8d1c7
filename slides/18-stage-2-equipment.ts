import { defineSlide } from '../src/model/slide.ts';
import { figure } from '../src/model/figure.ts';

const EQUIPMENT_VALUE = figure(
  30_000_000,
  'rmb',
  'JICA also presented Dalian with automatic air surveillance vehicle, flue gas surveillance vehicle and high-precision analytic device, with a value of RMB30 million.',
);

/** Monitoring equipment presented by JICA and its value. */
export default defineSlide({
  kind: 'figures',
  id: 'stage-2-equipment',
  headline: 'slides.equipment.headline',
  figures: { value: EQUIPMENT_VALUE },
  keyFigures: [{ figure: EQUIPMENT_VALUE, label: 'slides.equipment.valueLabel' }],
  points: [
    'slides.equipment.points.airVehicle',
    'slides.equipment.points.flueGasVehicle',
    'slides.equipment.points.analysers',
  ],
  visual: { kind: 'icons', icons: ['wind', 'factory', 'microscope'] },
  notes: 'slides.equipment.notes',
  notesSteps: [0, 2],
});
