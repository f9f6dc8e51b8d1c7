import type { ParseKeys } from 'i18next';

/** A key into the deck's translations; a misspelt or missing key is a type error. */
export type TextKey = ParseKeys;

/** Values interpolated into a translation: figures already formatted for the locale. */
export type TextParams = Readonly<Record<string, unknown>>;
