import { afterEach, describe, expect, it } from 'vitest';
import { findPrintBrowser, pdfFileName, printUrl } from '../../scripts/pdf/print-deck.ts';

describe('the PDF export', () => {
  const saved = process.env['CHROMIUM_PATH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = saved;
  });

  it('names files by language, notes apart', () => {
    expect(pdfFileName('zh', false)).toBe('dalian-deck.zh.pdf');
    expect(pdfFileName('ja', true)).toBe('dalian-deck.ja.notes.pdf');
  });

  it('opens reveal’s print view in the language, with notes pages only when asked', () => {
    const options = { baseUrl: 'http://127.0.0.1:4173/', locale: 'ja', outDir: '/tmp' } as const;
    expect(printUrl({ ...options, notes: false })).toBe('http://127.0.0.1:4173/?print-pdf&lang=ja');
    expect(printUrl({ ...options, notes: true })).toBe(
      'http://127.0.0.1:4173/?print-pdf&lang=ja&showNotes=separate-page',
    );
  });

  it('says which browser path is wrong', () => {
    process.env['CHROMIUM_PATH'] = '/nowhere/chromium';
    expect(() => findPrintBrowser()).toThrow('/nowhere/chromium');
  });
});
