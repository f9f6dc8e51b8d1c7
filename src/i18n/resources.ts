import en from '../../locales/en/deck.json' with { type: 'json' };
import ja from '../../locales/ja/deck.json' with { type: 'json' };
import zh from '../../locales/zh/deck.json' with { type: 'json' };
import type { Locale } from './languages.ts';

/** The shape every locale follows: the English resource is the source of truth for keys. */
export type DeckResource = typeof en;

/** The bundled translations, one i18next namespace (`deck`) per locale. */
export const RESOURCES = {
  en: { deck: en },
  zh: { deck: zh },
  ja: { deck: ja },
} as const satisfies Record<Locale, { deck: object }>;
