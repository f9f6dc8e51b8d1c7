import { describe, expect, it } from 'vitest';
import { faceCharacters, usedCharacters } from '../../build/font-characters.ts';

describe('usedCharacters', () => {
  it('keeps each drawn character once, without spaces, line breaks or invisible marks', () => {
    expect(usedCharacters('b a\n\u200B\u00A0\u3000b\u00ADa')).toBe('ab');
  });

  it('orders by code point, so a character outside the BMP comes after U+FF08', () => {
    expect(usedCharacters('\u{1F100}（')).toBe('（\u{1F100}');
  });
});

describe('faceCharacters', () => {
  it('requires printable ASCII in the Latin face, even for text without it', () => {
    const { required } = faceCharacters('Dalian', 'printable');
    for (const char of 'AZaz09 ~%.,@') expect(required).toContain(char);
  });

  it('keeps letters, digits and the space in a Chinese face, and only the symbols its text uses', () => {
    const { required, subset } = faceCharacters('大连 (约30%)', 'alphanumeric');
    for (const char of 'AZaz09 大连()%') expect(subset).toContain(char);
    for (const char of '~@#|') expect(subset).not.toContain(char);
    expect(required).toContain('大');
  });

  it('offers invisible characters to the subsetter without requiring them', () => {
    const { required, subset } = faceCharacters('大\u3000连\u00A0');
    expect(required).not.toContain('\u3000');
    expect(subset).toContain('\u3000');
    expect(subset).toContain('\u00A0');
    expect(subset).not.toContain('\n');
  });
});
