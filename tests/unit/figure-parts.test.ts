import { describe, expect, it } from 'vitest';
import { figureParts } from '../../src/render/figure-parts.ts';

describe('a hero figure’s parts', () => {
  it('sets the digits apart from the unit before and after them', () => {
    expect(figureParts('RMB 1.68 billion')).toEqual({
      before: 'RMB ',
      number: '1.68',
      after: ' billion',
    });
    expect(figureParts('16.8亿元')).toEqual({ before: '', number: '16.8', after: '亿元' });
    expect(figureParts('less than 50 mg/m³')).toEqual({
      before: 'less than ',
      number: '50',
      after: ' mg/m³',
    });
  });

  it('keeps a grouped number whole and a lone digit as the number', () => {
    expect(figureParts('12,574 km²').number).toBe('12,574');
    expect(figureParts('9')).toEqual({ before: '', number: '9', after: '' });
  });

  it('leaves a text without digits whole', () => {
    expect(figureParts('none')).toEqual({ before: 'none', number: '', after: '' });
  });
});
