import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareDeckFonts } from '../../build/deck-fonts.ts';
import { fontCoverage, missingCharacters } from '../../build/font-coverage.ts';
import { routeToFallbacks } from '../../build/font-fallbacks.ts';
import { regularSource } from '../../build/font-sources.ts';

/** The coverage of a locale's regular face, read from its TTF. */
async function coverageOf(locale: 'en' | 'zh' | 'ja') {
  return fontCoverage(await readFile(regularSource(locale).ttf));
}

/** Hangul: in none of the three Noto faces the deck embeds. */
const HANGUL_HAN = '한';
/** A CJK compatibility ideograph (U+F904) that Noto Sans JP has and Noto Sans SC lacks. */
const COMPAT_IDEOGRAPH = '\uF904';
/** U+1F100 DIGIT ZERO FULL STOP: outside the BMP, so read from the format 12 cmap. */
const ASTRAL = '\u{1F100}';

describe('missingCharacters', () => {
  it('reports a Chinese character missing from the Latin face, and nothing it has', async () => {
    const latin = await coverageOf('en');
    expect(missingCharacters(latin, 'Aé₂中')).toEqual(['中']);
    expect(missingCharacters(latin, 'Dalian, CO₂ – 12 574 km²')).toEqual([]);
  });

  it('reports the subscript two missing from the Chinese face, which has 中', async () => {
    expect(missingCharacters(await coverageOf('zh'), '中文₂')).toEqual(['₂']);
  });

  it('reads characters outside the BMP, in the order the text has them', async () => {
    expect(missingCharacters(await coverageOf('zh'), `${ASTRAL}${HANGUL_HAN}`)).toEqual([
      HANGUL_HAN,
    ]);
    expect(missingCharacters(await coverageOf('en'), `${ASTRAL}a${HANGUL_HAN}`)).toEqual([
      ASTRAL,
      HANGUL_HAN,
    ]);
  });

  it('refuses a file that is not a font instead of calling every character missing', () => {
    expect(() => fontCoverage(new TextEncoder().encode('not a font'))).toThrow(/character map/);
  });
});

describe('routeToFallbacks', () => {
  it('moves what a family lacks to the fallback family that has it', async () => {
    const routed = await routeToFallbacks({ en: 'Tsuruta 鹤田晓', zh: '二氧化碳', ja: 'CO₂削減' });
    expect(routed.en).toBe('Tsuruta ₂');
    expect(new Set(routed.zh)).toEqual(new Set('二氧化碳鹤田晓'));
    expect(routed.ja).toBe('CO削減');
  });

  it('leaves a character no family has where it was, for the check to name', async () => {
    const routed = await routeToFallbacks({ en: `Seoul ${HANGUL_HAN}`, zh: '', ja: '' });
    expect(routed).toEqual({ en: `Seoul ${HANGUL_HAN}`, zh: '', ja: '' });
  });
});

describe('prepareDeckFonts', () => {
  let cacheRoot = '';
  beforeEach(async () => {
    cacheRoot = await mkdtemp(path.join(tmpdir(), 'deck-fonts-test-'));
  });
  afterEach(async () => {
    await rm(cacheRoot, { recursive: true, force: true });
  });

  it('fails naming locale, face, character and code point, before subsetting', async () => {
    const texts = { en: `Seoul ${HANGUL_HAN} ${COMPAT_IDEOGRAPH}`, zh: '大连', ja: '大連' };
    const failure = prepareDeckFonts(texts, cacheRoot);
    await expect(failure).rejects.toThrow(
      `locale "en" → Deck Sans 400 (NotoSans_400Regular.ttf) lacks 2: ` +
        `"${HANGUL_HAN}" U+D55C, "${COMPAT_IDEOGRAPH}" U+F904 (Deck JP has "${COMPAT_IDEOGRAPH}")`,
    );
    await expect(failure).rejects.toThrow(/locale "en" → Deck Sans 700 .* lacks 2/);
    await expect(failure).rejects.not.toThrow(/locale "(zh|ja)"/);
    expect(await readdir(cacheRoot)).toEqual([]);
  });
});
