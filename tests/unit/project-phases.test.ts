import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/languages.ts';
import { flattenResource } from '../../src/i18n/missing.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { speechText } from '../support/speech.ts';

/** The projects the speech gives a phase, by the words it names them with, and the phase. */
const SPEECH_PHASES = new Map([
  ['slides.projects.items.pharmaceutical', { speech: 'Pharmaceutical Plant', phase: 1 }],
  ['slides.projects.items.waterResource', { speech: 'Wafangdian', phase: 3 }],
] as const);

/** How each language writes a project's phase: the speech's "1st Phase", "3rd Phase". */
const PHASE = {
  en: (n: number) => new RegExp(`\\bphase ${n}\\b`, 'i'),
  zh: (n: number) => new RegExp(`${'一二三'[n - 1] ?? ''}期`, 'u'),
  ja: (n: number) => new RegExp(`第${n}期`, 'u'),
} as const;

// en 22 had named the pharmaceutical plant's phase but not Wafangdian's, where zh and ja said 三期.
describe.each(LOCALES)('the %s project labels', (locale) => {
  const texts = new Map(flattenResource(RESOURCES[locale].deck));

  it('name the phase of each project the speech gives one', () => {
    const speech = speechText();
    const ordinal = ['1st', '2nd', '3rd'];
    const phases = [...SPEECH_PHASES].map(([key, { speech: name, phase }]) => ({
      key,
      inSpeech: new RegExp(`${name}[^,]*${ordinal[phase - 1] ?? ''} Phase`).test(speech),
      named: PHASE[locale](phase).test(texts.get(key) ?? ''),
    }));
    expect(phases.filter((project) => !project.inSpeech || !project.named)).toEqual([]);
  });
});
