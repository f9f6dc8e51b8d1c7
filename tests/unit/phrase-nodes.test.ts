// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { phraseNodes } from '../../src/render/chinese-phrases.ts';

/** The nodes as text, a `<wbr>` written as `|`. */
function written(text: string): string {
  return phraseNodes(text)
    .map((node) => (typeof node === 'string' ? node : '|'))
    .join('');
}

describe('phraseNodes', () => {
  it('puts a <wbr> between Chinese phrases', () => {
    expect(written('工厂诊断与环保蓝图')).toBe('工厂|诊断与|环保蓝图');
  });

  // A <wbr> where Latin letters or digits meet Han took away the browser's thin space between
  // them (text-autospace): KITA对 instead of KITA 对.
  it('puts none where Latin letters or digits meet Han', () => {
    const text = 'KITA对重点污染企业开展工厂诊断';
    expect(written(text).replaceAll('|', '')).toBe(text);
    expect(written(text)).toMatch(/^KITA对/u);
    expect(written('AQUA等环保企业相继来到大连')).toMatch(/^AQUA等/u);
  });
});
