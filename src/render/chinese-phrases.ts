/**
 * Chinese line breaking by phrase. Chinese may break between any two characters, so a narrow
 * headline or card broke inside words: 从重工业老 / 城到清洁的 / 现代化都市. The text is cut into phrases at word boundaries (Intl.Segmenter),
 * a one-character word kept with its neighbours, and the theme breaks only between phrases
 * (a `<wbr>` each, `word-break: keep-all`): 从重工业老城 / 到清洁的 / 现代化都市. Japanese
 * has the browser's own phrase breaking (`word-break: auto-phrase`) and is left alone.
 */

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const OPENING = /^[\p{Ps}\p{Pi}]$/u;
const PUNCTUATION = /^\p{P}+$/u;

/**
 * One-character words that close a phrase: a particle, a conjunction (…的 / …与) or the 等 that
 * ends a list (感谢北九州市等 / 友好城市, not …等友好 / 城市).
 */
const CLOSING_WORDS = new Set(['的', '地', '得', '与', '和', '及', '之', '了', '等']);

/** One-character words that open a phrase: a preposition (从… / 到…). */
const OPENING_WORDS = new Set(['从', '到', '在', '向', '对', '为', '把', '被', '自']);

/**
 * The word segmenter, made once when first needed: making one took twice as long as cutting a
 * headline with it (Node 20: 0.09 vs 0.04 ms), and a language switch cuts every zh headline.
 */
let words: Intl.Segmenter | undefined;

/** Whether `text` is Chinese: Han characters and no kana. */
export function isChinese(text: string): boolean {
  return HAN.test(text) && !KANA.test(text);
}

/**
 * `text` cut into the phrases a line may break between; a text that is not Chinese is one
 * phrase. The phrases joined give `text` back.
 */
export function chinesePhrases(text: string): string[] {
  if (!isChinese(text)) return [text];
  const phrases: string[] = [];
  let current = '';
  let gluedToNext = true;
  let lastOpens = false;
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const { segment: word } of words.segment(text)) {
    const punctuation = PUNCTUATION.test(word);
    const single = word.length === 1 && HAN.test(word);
    const opens = OPENING.test(word) || (single && OPENING_WORDS.has(word));
    const joinsPrevious = (punctuation && !OPENING.test(word)) || (single && !opens);
    const breakBefore = current !== '' && !joinsPrevious && !lastOpens && (!gluedToNext || opens);
    if (breakBefore) {
      phrases.push(current);
      current = '';
    }
    current += word;
    gluedToNext = opens || (single && !CLOSING_WORDS.has(word));
    lastOpens = opens;
  }
  if (current !== '') phrases.push(current);
  return phrases;
}

const LATIN_END = /[\p{Script=Latin}\d]$/u;
const LATIN_START = /^[\p{Script=Latin}\d]/u;

/**
 * `text` as nodes with a `<wbr>` between its phrases, except where Latin letters or digits meet
 * Han: a `<wbr>` there would take away the thin space the browser sets between them
 * (`text-autospace`), KITA对 for KITA 对.
 */
export function phraseNodes(text: string): (string | HTMLElement)[] {
  const nodes: (string | HTMLElement)[] = [];
  for (const phrase of chinesePhrases(text)) {
    const last = nodes.at(-1);
    if (typeof last === 'string' && (LATIN_END.test(last) || LATIN_START.test(phrase))) {
      nodes[nodes.length - 1] = last + phrase;
    } else {
      if (last !== undefined) nodes.push(document.createElement('wbr'));
      nodes.push(phrase);
    }
  }
  return nodes;
}
