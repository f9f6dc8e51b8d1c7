import type { Locale } from './languages.ts';

/** What kind of name a glossary entry is. */
export type GlossaryKind = 'place' | 'organisation' | 'person' | 'programme';

/**
 * How a name is pronounced, shown over it in the speaker notes of one language (never on the
 * slides): pinyin with tone marks in the English notes, the Japanese press's kana reading in the
 * Japanese notes. An entity whose reading no source confirms is marked `unconfirmed` and
 * cannot carry one, so that no reading is ever invented.
 */
export type Reading =
  | {
      readonly status: 'established';
      readonly text: string;
      /**
       * The part of the name the reading stands over, when not all of it: 遼東 of 遼東半島,
       * so that a long reading does not spread the characters of a common word apart.
       */
      readonly base?: string;
      /** Where the reading comes from, for the reviewer. */
      readonly source: string;
    }
  | { readonly status: 'unconfirmed'; readonly text?: never };

/**
 * One named entity with its established form in each language (source/GLOSSARY.md).
 * `forms[locale]` lists the accepted forms, the full one first (an abbreviation such as KITA
 * may follow for later mentions); `avoid[locale]` lists known wrong or inconsistent forms.
 */
export interface GlossaryEntry {
  readonly kind: GlossaryKind;
  /** How the English text names it (any of these). */
  readonly english: readonly string[];
  readonly forms: Readonly<Record<Exclude<Locale, 'en'>, readonly string[]>>;
  readonly avoid?: Readonly<Partial<Record<Locale, readonly string[]>>>;
  /** Readings over the entity's first form (`english[0]`, `forms[locale][0]`) per notes language. */
  readonly readings?: Readonly<Partial<Record<Locale, Reading>>>;
}

/** The pinyin of a Chinese name with its tones, for the English notes. */
export function pinyin(text: string): Reading {
  return { status: 'established', text, source: 'Hanyu Pinyin of the standard characters' };
}

/** The reading Japanese newspapers and broadcasters give a Chinese name, for the Japanese notes. */
export function kana(
  text: string,
  source = 'Japanese press reading (on’yomi)',
  base?: string,
): Reading {
  return { status: 'established', text, source, ...(base === undefined ? {} : { base }) };
}

/** No source confirms a reading: the name is shown without one. */
export const UNCONFIRMED: Reading = { status: 'unconfirmed' };
