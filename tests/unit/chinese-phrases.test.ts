import { describe, expect, it } from 'vitest';
import { chinesePhrases, verbBeforeQuote } from '../../src/render/chinese-phrases.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';

describe('Chinese phrases, where a narrow headline may break', () => {
  it('keeps words and their one-character neighbours together', () => {
    expect(chinesePhrases('从重工业老城到清洁的现代化都市')).toEqual([
      '从重工业老城',
      '到清洁的',
      '现代化都市',
    ]);
    expect(chinesePhrases('工厂诊断与环保蓝图')).toEqual(['工厂', '诊断与', '环保蓝图']);
    expect(chinesePhrases('在北九州市支持下，大连成功入选')).toEqual([
      '在北九州市支持下，',
      '大连',
      '成功入选',
    ]);
  });

  // zh 15 broke 北九州市长 / 末吉兴一 and zh 11 北九州国际技术 / 协力协会（KITA）.
  it('keeps a title with its name and an organisation’s name whole', () => {
    expect(chinesePhrases('1993年底：北九州市长末吉兴一与KITA理事长水野先生倡议')).toContain(
      '北九州市长末吉兴一与',
    );
    expect(chinesePhrases('北九州国际技术协力协会（KITA）')).toEqual([
      '北九州国际技术协力协会',
      '（KITA）',
    ]);
  });

  // zh 28's card broke 感谢 / 北九州市等友好 / 城市: 等 ends the list it closes.
  it('ends a phrase after the 等 that closes a list', () => {
    expect(chinesePhrases('感谢北九州市等友好城市')).toEqual(['感谢', '北九州市等', '友好城市']);
  });

  // zh 20 broke 建设中日环保 / 合作“示范城市”, zh 22's headline 大气、水环境与工 / 业污染 on a
  // phone, zh 15's 国家环境 / 保护局 and zh 13's 环保 / 意识: a modifier stays with its word.
  it('keeps a modifier with the word it modifies', () => {
    expect(chinesePhrases('提议在中国选择一两个城市，建设中日环保合作')).toEqual([
      '提议',
      '在中国',
      '选择一两个城市，',
      '建设',
      '中日环保合作',
    ]);
    expect(chinesePhrases('大气、水环境与工业污染治理项目')).toEqual([
      '大气、水环境与',
      '工业污染治理项目',
    ]);
    expect(chinesePhrases('获时任国务委员宋健和国家环境保护局局长解振华支持')).toContain(
      '国家环境保护局局长解振华支持',
    );
    expect(chinesePhrases('研修生回国后环保意识显著增强')).toEqual([
      '研修生',
      '回国后',
      '环保意识',
      '显著增强',
    ]);
  });

  // zh 05 broke 设备 / 陈旧, left 密集， alone on a card's line, and broke 经过约30年 / 的努力;
  // zh 15 left 先生倡议 after 水野, zh 27 代表处 alone.
  it('keeps short clauses, quantities, names with their titles and short tails whole', () => {
    expect(chinesePhrases('市中心工厂密集，设备陈旧，污染严重')).toEqual([
      '市中心',
      '工厂密集，',
      '设备陈旧，',
      '污染严重',
    ]);
    expect(chinesePhrases('分享经验，深化合作')).toEqual(['分享经验，', '深化合作']);
    expect(chinesePhrases('经过约30年的努力')).toEqual(['经过', '约30年的努力']);
    expect(chinesePhrases('KITA理事长水野先生倡议').at(-1)).toBe('理事长水野先生倡议');
    expect(chinesePhrases('Consultancy设立代表处').at(-1)).toBe('设立代表处');
    // Not when the joined phrase would be too long for a narrow column.
    expect(chinesePhrases('中国第一个获此殊荣的城市').at(-1)).toBe('城市');
  });

  // zh 20's phone headline broke 1997年：提出 / “示范城市”构想.
  it('finds the two-character verb a quoted name is the object of, and only that', () => {
    expect(verbBeforeQuote('：提出')).toBe('提出');
    expect(verbBeforeQuote('建设')).toBe('建设');
    expect(verbBeforeQuote('建设中日环保合作')).toBe('');
    expect(verbBeforeQuote('大连最终成为')).toBe('');
    expect(verbBeforeQuote('この提出')).toBe('');
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
