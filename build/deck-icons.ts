/**
 * The deck's icons, taken at build time from Lucide (`lucide-static`, ISC licence) and served
 * as `virtual:deck-icons`: for each name in ICON_NAMES, the icon's SVG elements as data
 * (tag and attributes), which the page builds with createElementNS. Only the listed icons
 * reach the page; a name Lucide does not have fails the build.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { ICON_NAMES, type IconName } from '../src/model/visual.ts';

/** The id the app imports. */
export const DECK_ICONS_MODULE_ID = 'virtual:deck-icons';

/** One SVG element of an icon: its tag and attributes, as Lucide publishes them. */
export type IconNode = readonly [tag: string, attributes: Readonly<Record<string, string>>];

/** Every icon of the deck, by name. */
export type DeckIcons = Readonly<Record<IconName, readonly IconNode[]>>;

/** Reads Lucide's icon nodes and keeps the deck's icons; throws naming any it lacks. */
export async function readDeckIcons(): Promise<DeckIcons> {
  const file = createRequire(import.meta.url).resolve('lucide-static/icon-nodes.json');
  const all = JSON.parse(await readFile(file, 'utf8')) as Readonly<
    Record<string, readonly IconNode[] | undefined>
  >;
  const missing = ICON_NAMES.filter((name) => all[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`[deck-icons] lucide-static has no icon named ${missing.join(', ')}`);
  }
  return Object.fromEntries(ICON_NAMES.map((name) => [name, all[name] ?? []])) as DeckIcons;
}

/** Vite plugin: serves `virtual:deck-icons`. */
export function deckIcons(): Plugin {
  const resolved = `\0${DECK_ICONS_MODULE_ID}`;
  return {
    name: 'deck-icons',
    resolveId: {
      filter: { id: /^virtual:deck-icons$/ },
      handler(id) {
        return id === DECK_ICONS_MODULE_ID ? resolved : null;
      },
    },
    load: {
      filter: { id: /^\0virtual:deck-icons$/ },
      async handler(id) {
        if (id !== resolved) return null;
        try {
          return `export default ${JSON.stringify(await readDeckIcons())};`;
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
