import { describe, expect, it } from 'vitest';
import { chinesePhrases } from '../../src/render/chinese-phrases.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';

describe('Chinese phrases, where a narrow headline may break', () => {
  it('keeps words and their one-character neighbours together', () => {
    expect(chinesePhrases('从重工业老城到清洁的现代化都市')).toEqual([
      '从重工业老城',
      '到清洁的',
      '现代化都市',
    ]);
    expect(chinesePhrases('工厂诊断与环保蓝图')).toEqual(['工厂', '诊断与', '环保', '蓝图']);
    expect(chinesePhrases('分享经验，深化合作')).toEqual(['分享', '经验，', '深化', '合作']);
  });

  // zh 28's card broke 感谢 / 北九州市等友好 / 城市: 等 ends the list it closes.
  it('ends a phrase after the 等 that closes a list', () => {
    expect(chinesePhrases('感谢北九州市等友好城市')).toEqual([
      '感谢',
      '北九州市等',
      '友好',
      '城市',
    ]);
  });

  it('leaves Japanese and English text whole', () => {
    expect(chinesePhrases('重工業都市から、クリーンな近代都市へ')).toHaveLength(1);
    expect(chinesePhrases('Good morning!')).toEqual(['Good morning!']);
  });

  it('gives every Chinese headline back whole when joined', () => {
    const headlines = (JSON.stringify(RESOURCES.zh).match(/"headline":"[^"]*"/gu) ?? []).map(
      (entry) => entry.slice('"headline":"'.length, -1),
    );
    expect(headlines.length).toBeGreaterThan(20);
    for (const headline of headlines) {
      expect(chinesePhrases(headline).join('')).toBe(headline);
    }
  });
});
