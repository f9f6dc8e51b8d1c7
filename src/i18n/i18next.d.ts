import type { DeckResource } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'deck';
    resources: { deck: DeckResource };
  }
}
