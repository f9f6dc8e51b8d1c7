import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../build/content-security-policy.ts';
import { extractFontBlocks, fontBlocksHtml } from '../../build/font-blocks.ts';

/** Two faces as Vite's minifier writes the generated font CSS, and a rule without a font. */
const DOCUMENT = [
  '<html><head><style>',
  '@font-face{font-family:Deck Sans;src:url(data:font/woff2;base64,d09GMgAB)format("woff2");',
  'font-weight:400;font-style:normal;font-display:block}',
  '@font-face{font-family:"Deck SC";src:url("data:font/woff2;base64,d09GMgAC")format("woff2");',
  'font-weight:700;font-style:normal;font-display:block}',
  '.reveal{color:red}',
  '</style><script type="module">start()</script></head><body></body></html>',
].join('');

describe('the offline file’s fonts as data blocks', () => {
  it('takes every embedded face out of the CSS, with its family, weight and bytes', () => {
    const { html, fonts } = extractFontBlocks(DOCUMENT);
    expect(fonts).toEqual([
      { family: 'Deck Sans', weight: '400', style: 'normal', base64: 'd09GMgAB' },
      { family: 'Deck SC', weight: '700', style: 'normal', base64: 'd09GMgAC' },
    ]);
    expect(html).not.toContain('@font-face');
    expect(html).not.toContain('base64');
    expect(html).toContain('.reveal{color:red}');
  });

  it('leaves a face that is not an embedded woff2 in the CSS', () => {
    const remote = '<style>@font-face{font-family:X;src:url(x.woff2)}</style>';
    expect(extractFontBlocks(remote)).toEqual({ html: remote, fonts: [] });
  });

  it('refuses a face it cannot name, rather than dropping it', () => {
    const nameless = '<style>@font-face{src:url(data:font/woff2;base64,AAAA)}</style>';
    expect(() => extractFontBlocks(nameless)).toThrow(/without a family/);
  });

  it('writes blocks the browser never runs, so the policy hashes only the real script', () => {
    const { html, fonts } = extractFontBlocks(DOCUMENT);
    const blocks = fontBlocksHtml(fonts);
    expect(blocks).toContain('<script type="font/woff2" data-family="Deck SC" data-weight="700"');
    const withBlocks = html.replace('</body>', `${blocks}</body>`);
    expect(inlineScripts(withBlocks)).toEqual(['start()']);
  });
});
