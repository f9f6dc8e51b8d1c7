/**
 * Chinese line breaking by phrase. Chinese may break between any two characters, so a narrow
 * headline or card broke inside words: 从重工业老 / 城到清洁的 / 现代化都市. The text is cut
 * into phrases at word boundaries (Intl.Segmenter), a one-character word kept with its
 * neighbours, a modifier with the word it modifies (环保合作), a short clause whole (设备陈旧，)
 * and a short last word with the one before it (巨大市场); the theme breaks only between
 * phrases (a `<wbr>` each, `word-break: keep-all`): 从重工业老城 / 到清洁的 / 现代化都市.
 * Japanese has the browser's own phrase breaking (`word-break: auto-phrase`) and is left alone.
 */

import { GLOSSARY } from '../i18n/glossary.ts';

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const OPENING = /^[\p{Ps}\p{Pi}]$/u;
const PUNCTUATION = /^\p{P}+$/u;

/**
 * One-character words that close a phrase: a particle, a conjunction (…的 / …与), the 等 that
 * ends a list (感谢北九州市等 / 友好城市, not …等友好 / 城市) or the 后 of a time (回国后 /
 * 环保意识).
 */
const CLOSING_WORDS = new Set(['的', '地', '得', '与', '和', '及', '之', '了', '等', '后']);

/** One-character words that open a phrase: a preposition (从… / 到…), or 约 before a number. */
const OPENING_WORDS = new Set(['从', '到', '在', '向', '对', '为', '把', '被', '自', '约']);

/**
 * Words that the segmenter gives apart but a reader takes with the word after them, as one
 * term: 环保合作, 环保意识, 工业污染, 中日邦交, 国家环境保护局 (zh 20 broke 建设中日环保 /
 * 合作“示范城市”, zh 22's phone headline 大气、水环境与工 / 业污染).
 */
const MODIFIERS = new Set(['环保', '工业', '中日', '国家', '环境', '污染']);

/** Words that close the word before them: a title after a name (水野先生). */
const TITLES = new Set(['先生']);

/**
 * A title before a name: it closes the place or office it heads and holds the name after it,
 * so that 北九州市长末吉兴一 and 国家环境保护局局长解振华 stay whole (zh 15 broke 北九州市长 /
 * 末吉兴一, a title torn from its name).
 */
const TITLES_BEFORE_NAMES = new Set(['市长', '局长']);

/**
 * The Chinese names of the organisations the speech names (the glossary), each one word that a
 * line never breaks inside: zh 11 broke 北九州国际技术 / 协力协会（KITA）.
 */
const NAMES: readonly string[] = Object.values(GLOSSARY)
  .flatMap((entry) => (entry.kind === 'organisation' ? entry.forms.zh : []))
  .filter((name) => HAN.test(name))
  .sort((a, b) => b.length - a.length);

/** A clause this short (characters before its punctuation) is one phrase: 设备陈旧，污染严重. */
const SHORT_CLAUSE = 4;

/**
 * The word segmenter, made once when first needed: making one took twice as long as cutting a
 * headline with it (Node 20: 0.09 vs 0.04 ms), and a language switch cuts every zh headline.
 */
let words: Intl.Segmenter | undefined;

/** `text` cut into words: each organisation's name one word, the rest as the segmenter cuts it. */
function* wordsOf(text: string): Generator<string> {
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let rest = text;
  while (rest !== '') {
    const found = NAMES.map((name) => ({ name, at: rest.indexOf(name) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    const before = found === undefined ? rest : rest.slice(0, found.at);
    for (const { segment } of words.segment(before)) yield segment;
    if (found === undefined) return;
    yield found.name;
    rest = rest.slice(found.at + found.name.length);
  }
}

/** Whether `text` is Chinese: Han characters and no kana. */
export function isChinese(text: string): boolean {
  return HAN.test(text) && !KANA.test(text);
}

/**
 * `text` cut into the phrases a line may break between; a text that is not Chinese is one
 * phrase. The phrases joined give `text` back.
 */
export function chinesePhrases(text: string): readonly string[] {
  if (!isChinese(text)) return [text];
  const phrases: string[] = [];
  let current = '';
  let gluedToNext = true;
  let lastOpens = false;
  for (const word of wordsOf(text)) {
    const punctuation = PUNCTUATION.test(word);
    const single = word.length === 1 && HAN.test(word);
    const opens = OPENING.test(word) || (single && OPENING_WORDS.has(word));
    const title = TITLES.has(word) || TITLES_BEFORE_NAMES.has(word);
    const joinsPrevious = (punctuation && !OPENING.test(word)) || (single && !opens) || title;
    const breakBefore = current !== '' && !joinsPrevious && !lastOpens && (!gluedToNext || opens);
    if (breakBefore) {
      phrases.push(current);
      current = '';
    }
    current += word;
    // A quantity's 的 keeps it with what it counts: 约30年的努力.
    const quantity = word === '的' && /\d/u.test(current);
    gluedToNext =
      opens ||
      MODIFIERS.has(word) ||
      TITLES_BEFORE_NAMES.has(word) ||
      quantity ||
      (single && !CLOSING_WORDS.has(word));
    lastOpens = opens;
  }
  if (current !== '') phrases.push(current);
  return withoutShortTail(joinShortClauses(phrases));
}

/** Characters in a phrase, its punctuation not counted. */
const lengthOf = (phrase: string): number => phrase.replace(/\p{P}/gu, '').length;

/** A last phrase this short (巨大 / 市场, 水野先生 / 倡议) never stands alone on a line… */
const SHORT_TAIL = 3;

/** …unless joining it made a phrase longer than this, too long for a narrow column. */
const LONGEST_JOINED = 9;

/** `phrases` with a short last phrase joined to the one before it: 巨大市场, not 巨大 / 市场. */
function withoutShortTail(phrases: readonly string[]): readonly string[] {
  const last = phrases.at(-1) ?? '';
  const joined = `${phrases.at(-2) ?? ''}${last}`;
  if (phrases.length < 2 || lengthOf(last) > SHORT_TAIL || lengthOf(joined) > LONGEST_JOINED) {
    return phrases;
  }
  return [...phrases.slice(0, -2), joined];
}

/**
 * `phrases` with each short clause (up to SHORT_CLAUSE characters before its punctuation, or
 * before the end) made one: 市中心工厂密集，设备陈旧，污染严重 breaks after a comma, never in
 * 设备 / 陈旧; a longer clause keeps its short last phrase with the one before it, as a text
 * does (zh 05's card left 密集， alone on a line: now 市中心 / 工厂密集，).
 */
function joinShortClauses(phrases: readonly string[]): string[] {
  const joined: string[] = [];
  let clause: string[] = [];
  const close = (): void => {
    const text = clause.join('');
    if (lengthOf(text) <= SHORT_CLAUSE) joined.push(text);
    else joined.push(...withoutShortTail(clause));
    clause = [];
  };
  for (const phrase of phrases) {
    if (OPENING.test(phrase.charAt(0)) && clause.length > 0) close();
    clause.push(phrase);
    if (/\p{P}$/u.test(phrase) && !OPENING.test(phrase.at(-1) ?? '')) close();
  }
  if (clause.length > 0) close();
  return joined;
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

/**
 * The verb at the end of `text` that takes the quoted name after it as its object: a last
 * phrase of one two-character word (提出 before “示范城市”, 荣获 before “全球500佳”), which a
 * Chinese typesetter keeps with the quote; '' if there is none. zh 20's phone headline broke
 * 1997年：提出 / “示范城市”构想, the verb torn from its object, the line opening on a quote.
 */
export function verbBeforeQuote(text: string): string {
  const last = (chinesePhrases(text).at(-1) ?? '').replace(/^\p{P}+/u, '');
  return isChinese(text) && /^\p{Script=Han}{2}$/u.test(last) ? last : '';
}
