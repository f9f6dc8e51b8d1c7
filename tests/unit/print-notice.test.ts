// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { printViewAddress } from '../../src/presenter/print-notice.ts';

describe('the print notice’s address of the print view', () => {
  it('adds print-pdf as the query of a bare address, without the slide', () => {
    expect(printViewAddress('http://127.0.0.1:5173/#/size')).toBe(
      'http://127.0.0.1:5173/?print-pdf',
    );
  });

  it('keeps the languages already asked for, so the printout is in them', () => {
    expect(printViewAddress('file:///talks/dalian-deck.html?lang=zh&speaker=ja#/stage-2')).toBe(
      'file:///talks/dalian-deck.html?lang=zh&speaker=ja&print-pdf',
    );
  });
});
