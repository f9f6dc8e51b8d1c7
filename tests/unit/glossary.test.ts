import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/i18n/glossary-entry.ts';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { flattenResource } from '../../src/i18n/missing.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';

const entries = Object.entries(GLOSSARY) as [string, GlossaryEntry][];
const english = flattenResource(RESOURCES.en.deck);

describe('the glossary', () => {
  it('covers every kind of name the speech uses', () => {
    const kinds = new Set(entries.map(([, entry]) => entry.kind));
    expect([...kinds].sort()).toEqual(['organisation', 'person', 'place', 'programme']);
  });

  it('avoids in English the names the speech garbles', () => {
    const wrong = entries.flatMap(([name, entry]) =>
      (entry.avoid?.en ?? []).flatMap((form) =>
        [...english].filter(([, text]) => text.includes(form)).map(([key]) => `${name}: ${key}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(['zh', 'ja'] as const)('names in %s', (locale) => {
  const translated = flattenResource(RESOURCES[locale].deck);

  it('never use a wrong or other-language form', () => {
    const wrong = entries.flatMap(([name, entry]) =>
      (entry.avoid?.[locale] ?? []).flatMap((form) =>
        [...translated]
          .filter(([, text]) => text.includes(form))
          .map(([key]) => `${name}: "${form}" in ${key}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('use the glossary form wherever the English names the entity', () => {
    const missing = entries.flatMap(([name, entry]) =>
      [...english]
        .filter(([, text]) => entry.english.some((form) => text.includes(form)))
        .filter(([key]) => !entry.forms[locale].some((form) => translated.get(key)?.includes(form)))
        .map(([key]) => `${name} missing in ${key}: ${translated.get(key) ?? ''}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('readings in the glossary', () => {
  const established = (locale: 'en' | 'zh' | 'ja') =>
    entries.flatMap(([name, entry]) => {
      const reading = entry.readings?.[locale];
      return reading?.status === 'established' ? [[name, reading.text] as const] : [];
    });

  it('are pinyin with tone marks in the English notes', () => {
    const readings = established('en');
    expect(readings.map(([name]) => name)).toEqual(
      expect.arrayContaining(['dalian', 'xieZhenhua', 'songJian', 'liPeng', 'fushun']),
    );
    for (const [name, text] of readings) {
      expect(text, name).toMatch(/^[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+$/u);
      expect(text.normalize('NFD'), name).toMatch(/[\u0300\u0301\u0304\u030c]/u);
    }
  });

  it('are kana in the Japanese notes', () => {
    const readings = established('ja');
    expect(readings.map(([name]) => name)).toEqual(
      expect.arrayContaining(['dalian', 'xieZhenhua', 'songJian', 'liPeng', 'wafangdian']),
    );
    for (const [name, text] of readings) expect(text, name).toMatch(/^[\p{scx=Hiragana}ー]+$/u);
  });

  it('mark 鶴田暁 and Yandao unconfirmed in every notes language', () => {
    for (const entry of [GLOSSARY.tsuruta, GLOSSARY.yandao]) {
      expect(Object.values(entry.readings).map((reading) => reading.status)).toEqual([
        'unconfirmed',
        'unconfirmed',
        'unconfirmed',
      ]);
    }
  });
});
