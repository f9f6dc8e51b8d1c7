import type { TFunction } from 'i18next';
import escapeStringRegexp from 'escape-string-regexp';
import { GLOSSARY } from '../i18n/glossary.ts';
import type { Locale } from '../i18n/languages.ts';
import { isChinese, phraseNodes, verbBeforeQuote } from './chinese-phrases.ts';
import { keptNodes } from './kept-spans.ts';
import { notesReadings, writeNotes } from './notes.ts';

/**
 * Which language a piece of text follows: the slides', the speaker notes', or the subtitles'
 * (the second language shown under slide texts in bilingual mode, empty when that is off).
 */
export type TextChannel = 'audience' | 'speaker' | 'subtitle';

/**
 * A DOM element whose text comes from the translations. Rendering is a function of the
 * translator so that a language switch only re-runs these, without rebuilding the slides.
 */
export interface TextBinding {
  readonly element: HTMLElement;
  readonly channel: TextChannel;
  readonly text: (t: TFunction) => string;
  /** Multi-line text (speaker notes) becomes one paragraph per line. */
  readonly paragraphs?: boolean;
  /** Names in the paragraphs carry their readings (the notes, when printed with the slides). */
  readonly readings?: boolean;
  /**
   * A Chinese text gets a `<wbr>` between its phrases (chinese-phrases.ts), where it may break:
   * a headline, which a side layout sets in a narrow column.
   */
  readonly phrases?: boolean;
  /** Write the text into this attribute (e.g. `aria-label`) instead of the content. */
  readonly attribute?: string;
}

/**
 * A text ending in a full-width closing bracket or colon, whose glyph is a whole em with its
 * right half blank: a translation run on after it stood apart by that half too (zh 16's
 * lead line …涵盖： From the end…); the theme narrows that gap.
 */
const ENDS_WIDE = /[）」』】》：；]$/u;

/** Writes one binding's text as plain text (never HTML). */
export function applyBinding(binding: TextBinding, t: TFunction): void {
  writeBinding(binding, binding.text(t));
}

/**
 * Writes an already translated text into a binding's element, as plain text; `locale`, the
 * text's language, gives the readings of a binding that shows them.
 */
export function writeBinding(binding: TextBinding, text: string, locale?: Locale): void {
  if (binding.attribute !== undefined) {
    binding.element.setAttribute(binding.attribute, text);
    return;
  }
  if (binding.paragraphs !== true) {
    if (binding.element.textContent !== text) writeLine(binding, text);
    binding.element.toggleAttribute('data-ends-wide', ENDS_WIDE.test(text));
    return;
  }
  const readings = binding.readings === true && locale !== undefined ? notesReadings(locale) : [];
  writeNotes(binding.element, text, readings);
}

/**
 * A quoted name (“全球500佳”, 「モデル都市」) short enough to be kept on one line, or a Chinese or
 * Japanese year or date (1997年, 1979年5月1日), which Japanese phrase breaking split as
 * 1979年5月 / 1日に, and which autospace set loose (1979 年 5 月 1 日).
 */
const QUOTED = /([“「『][^“”「」『』]{1,12}[”」』]|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)/u;

/**
 * Japanese compounds that a card's line broke inside or left a short tail of, outside the
 * headlines and points that break by phrase: ja 22's Yandao熱電併給プラント / 拡張 and
 * セメント工場のばいじん / 処理 (now …熱電併給 / プラント拡張, …工場の / ばいじん処理); ja 02's
 * この分野に / おける国際協力 and the closing's phone headline …ために、ともに / 力を…, which the
 * browser's phrase breaking split (now …ために、 / ともに力を合わせましょう); the award's name
 * (ja 06's phone headline broke 中国初のグローバル / 500賞受賞都市); and ja 05's way across,
 * which in its 140 px broke 約30年に / わたる / 努力, a word alone on its line.
 */
const JAPANESE_KEPT_WHOLE = [
  '分野における',
  '熱電併給',
  'プラント拡張',
  'セメント工場の',
  'ばいじん処理',
  'ばいじん排出濃度',
  'ともに力を',
  'グローバル500賞',
  'わたる努力',
];

/**
 * People's names in English (the glossary's: Xie Zhenhua, Sueyoshi Koichi, 鹤田晓), which a line
 * never breaks inside: en 15 broke Xie / Zhenhua, en 26 鹤田 / 晓. Kept here, as the texts keep
 * plain spaces.
 */
const ENGLISH_NAMES = Object.values(GLOSSARY).flatMap((entry) =>
  entry.kind === 'person' ? entry.english : [],
);

/**
 * A title before a name, kept with it: en 15 broke Proposed by Mayor / Sueyoshi Koichi of…,
 * a short first line, the title apart from its name (zh keeps 北九州市长末吉兴一 so).
 */
const ENGLISH_TITLE = '(?:(?:Mayor|Premier|Prime Minister|State Councilor) )?';

/**
 * A company's legal suffix with the word it closes, as a pattern: en 27 broke Consultancy Co., /
 * Ltd., and its subtitle Consultancy / Co., Ltd., the suffix starting a line on its own.
 */
const COMPANY_SUFFIX = '\\p{L}+ Co\\., Ltd\\.';

// Names are escaped: a name with a dot or bracket must match only itself.
const KEPT_WHOLE = [
  ...JAPANESE_KEPT_WHOLE.map((compound) => escapeStringRegexp(compound)),
  ...ENGLISH_NAMES.map((name) => ENGLISH_TITLE + escapeStringRegexp(name)),
  COMPANY_SUFFIX,
];

/**
 * Figures against Chinese or Japanese characters (20世纪70年代, 约30年, 毎年1人): set tight, as
 * Chinese and Japanese type sets them; autospace had set them loose (20 世纪 70 年代), while
 * dates were tight. Autospace follows the figure's element on both of its sides.
 */
const CJK = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
const FIGURE_BY_CJK = `\\d[\\d.,]*(?=${CJK})|(?<=${CJK})\\d[\\d.,]*`;

/**
 * Two Japanese words joined by a middle dot, one unit: 国・地域, 大気・水環境 (ja 07's card
 * broke 他の国・ / 地域との国際協力).
 */
const DOTTED_PAIR = '\\p{sc=Han}+・\\p{sc=Han}+';

/** A quoted name or date, a figure by CJK, or a compound kept whole: the parts set in spans. */
const SPANS = new RegExp(
  `(${QUOTED.source.slice(1, -1)}|${FIGURE_BY_CJK}|${KEPT_WHOLE.join('|')}|${DOTTED_PAIR})`,
  'u',
);

/**
 * Writes a one-line binding's `text` as plain text, each short quoted name or date in a span of
 * its own that the theme keeps whole: a headline breaks before or after “全球500佳”, never inside
 * it; and, for a binding that asks for it (a headline, a point), a Chinese text with its
 * phrase breaks, where a narrow headline or a card's point breaks.
 */
function writeLine(binding: TextBinding, text: string): void {
  const parts = text.split(SPANS);
  const phrases = binding.phrases === true && isChinese(text);
  if (phrases) {
    // A quoted name takes its verb into its span: 提出“示范城市”, not 提出 / “示范城市”.
    for (let index = 1; index < parts.length; index += 2) {
      const before = parts[index - 1] ?? '';
      const span = parts[index] ?? '';
      const verb = /^[“「『]/u.test(span) ? verbBeforeQuote(before) : '';
      if (verb === '') continue;
      parts[index - 1] = before.slice(0, -verb.length);
      parts[index] = verb + span;
    }
  }
  if (parts.length === 1 && !phrases) {
    binding.element.textContent = text;
    return;
  }
  binding.element.replaceChildren(
    ...keptNodes(parts, (part) => (phrases ? phraseNodes(part) : [part])),
  );
}

/** Empties a binding whose language is switched off (subtitles): the theme hides it when empty. */
export function clearBinding(binding: TextBinding): void {
  if (binding.attribute !== undefined) binding.element.removeAttribute(binding.attribute);
  else binding.element.replaceChildren();
}
