import { describe, expect, it } from 'vitest';
import {
  deferredScripts,
  inlineScripts,
  scriptHash,
  withFilePolicy,
} from '../../build/content-security-policy.ts';
import { engineBlockHtml } from '../../build/engine-block.ts';

const PAGE = (body: string) =>
  `<html><head><meta charset="utf-8" /><script type="module">start()</script></head><body>${body}</body></html>`;

describe('the offline file’s chart engine as a data block', () => {
  it('is not run by the browser, but allowed by the file’s policy for the deck to run', () => {
    const html = PAGE(engineBlockHtml('var DeckChartEngine={engine:{}};'));
    expect(inlineScripts(html)).toEqual(['start()']);
    expect(deferredScripts(html)).toEqual(['var DeckChartEngine={engine:{}};']);
    const policy = withFilePolicy(html);
    expect(policy).toContain(scriptHash('var DeckChartEngine={engine:{}};'));
    expect(policy).toContain(scriptHash('start()'));
  });

  it('carries any script, even one that writes "</script>", without ending early', () => {
    const code = 'document.body.append("</script><!--");';
    const block = engineBlockHtml(code);
    const text = /^<script[^>]*>([^<]*)<\/script>$/.exec(block)?.[1];
    expect(text).toBeDefined();
    expect(deferredScripts(PAGE(block))).toEqual([code]);
  });
});
