import { describe, expectTypeOf, it } from 'vitest';
import type { TextKey } from '../../src/i18n/keys.ts';
import { defineSlide } from '../../src/model/slide.ts';

describe('translation keys are typed from the English resource', () => {
  it('accepts real keys and rejects misspelt ones at compile time', () => {
    expectTypeOf<'slides.size.headline'>().toExtend<TextKey>();
    expectTypeOf<'slides.size.headlin'>().not.toExtend<TextKey>();

    defineSlide({
      kind: 'statement',
      id: 'typed',
      // @ts-expect-error -- a key that is not in locales/en/deck.json
      headline: 'slides.size.headlinee',
      points: [],
      notes: 'slides.size.notes',
    });
  });
});
