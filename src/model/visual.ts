import type { TextKey } from '../i18n/keys.ts';

/**
 * The Lucide icons the deck shows (ISC licence; see LICENSES.md). Only these are built into
 * the deck (build/deck-icons.ts), so an icon a slide names must be listed here.
 */
export const ICON_NAMES = [
  'banknote',
  'landmark',
  'users',
  'globe',
  'wind',
  'droplet',
  'factory',
  'recycle',
  'trash',
  'trees',
  'bird',
  'volume-2',
  'car',
  'clipboard-check',
  'megaphone',
  'scale',
  'microscope',
  'lightbulb',
  'badge-check',
  'handshake',
  'plane',
  'list-checks',
  'building',
  'leaf',
  'cloud-fog',
  'hourglass',
  'wrench',
  'briefcase',
  'stethoscope',
  'search',
  'clipboard-list',
  'file-text',
  'store',
  'trending-up',
  'network',
  'clock',
  'award',
  'heart-handshake',
  'briefcase-business',
] as const;

/** The name of one of the deck's icons. */
export type IconName = (typeof ICON_NAMES)[number];

/**
 * The places the East Asia map can name: the two cities as dots, the peninsula and the two
 * countries the speech names as quiet area labels. Nothing the speech does not name.
 */
export const MAP_PLACES = {
  dalian: { lon: 121.6, lat: 38.91, kind: 'city', side: 'right', label: 'visuals.map.dalian' },
  kitakyushu: {
    lon: 130.88,
    lat: 33.88,
    kind: 'city',
    side: 'below',
    label: 'visuals.map.kitakyushu',
  },
  liaodong: { lon: 122.1, lat: 40.6, kind: 'area', side: 'left', label: 'visuals.map.liaodong' },
  china: { lon: 116.0, lat: 37.2, kind: 'area', side: 'right', label: 'visuals.map.china' },
  japan: { lon: 133.2, lat: 35.1, kind: 'area', side: 'left', label: 'visuals.map.japan' },
} as const satisfies Readonly<
  Record<
    string,
    {
      readonly lon: number;
      readonly lat: number;
      readonly kind: 'city' | 'area';
      /** Where the name is set from its point, so that it lies over open sea or plain land. */
      readonly side: 'left' | 'right' | 'below';
      readonly label: TextKey;
    }
  >
>;

/** A place on the map. */
export type MapPlace = keyof typeof MAP_PLACES;

/** A map's frame: west, south, east and north edges in degrees. */
export interface MapBounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * The map's frame, west/south/east/north in degrees: the Bohai, Korea, all of Kyushu and
 * western Honshu (Kitakyushu had sat on the right edge, Japan cut off there).
 */
export const MAP_BOUNDS = {
  west: 115.5,
  south: 30.8,
  east: 136.2,
  north: 42.6,
} as const satisfies MapBounds;

/**
 * The locator inset's frame (03): the east coast of Eurasia from Indochina to Kamchatka, on
 * which the map's frame is marked ("at east coast of Eurasia"). Wider than tall; it stands in
 * the main map's upper right corner (Manchuria, the north of the Sea of Japan), off the Bohai,
 * the Yellow Sea and Korea.
 */
export const MAP_INSET_BOUNDS = {
  west: 72,
  south: 8,
  east: 166,
  north: 58,
} as const satisfies MapBounds;

/**
 * The East Asia map: which places it names, and what else it shows. Each map slide shows its
 * own point: where Dalian is (03: the inset), Japan as partner (08: Japan tinted, the cities
 * joined), the sister cities (11: the two cities alone, joined, their year the hero beside the
 * link).
 */
export interface MapVisual {
  readonly kind: 'map';
  readonly places: readonly MapPlace[];
  /** Joins Dalian and Kitakyushu with an arc: the link across the sea. */
  readonly link?: boolean;
  /** Japan's land tinted, as the country the slide is about (08). */
  readonly japan?: boolean;
  /**
   * A small map of the east coast of Eurasia in the corner, the main map's frame marked on it,
   * named by `visuals.map.eurasia` (03: where Dalian is).
   */
  readonly inset?: boolean;
  /** What the map shows, in one sentence: its `aria-label`. */
  readonly label: TextKey;
  /**
   * The map as the slide's picture, beside a few short points: drawn larger (theme's
   * `.slide-map-large`), where the points leave it the room.
   */
  readonly large?: boolean;
}

/** A visual of the points themselves: an icon for each, in the order of the points. */
interface PointIcons<Kind extends string> {
  readonly kind: Kind;
  readonly icons: readonly IconName[];
}

/** One icon per point, each beside its point. */
export type IconsVisual = PointIcons<'icons'>;

/** Points that follow one from another: one icon per step, the steps joined by a line. */
export interface FlowVisual extends PointIcons<'flow'> {
  /** The steps side by side, joined left to right, rather than one under another. */
  readonly across?: boolean;
  /**
   * How many of the first points are the flow's steps; the rest stand apart beneath, not
   * joined to it, where the speech does not say they follow from it (17: the joint report
   * beside KITA's diagnosis, roots and plans). All of them if not given.
   */
  readonly steps?: number;
}

/**
 * A change over time (05): the points before the last two describe the city before, the
 * second-to-last is the way across (the years of effort), the last the city after. Drawn as
 * two cards, before and after, with the way across between them as an arrow.
 */
export type ChangeVisual = PointIcons<'change'>;

/**
 * Actors side by side whose efforts meet in one result (07: government, citizens and
 * international cooperation in one achievement): lines from each join beneath them at `meet`.
 */
export interface ActorsVisual extends PointIcons<'actors'> {
  /** The icon where the actors' lines meet: what they achieved together. */
  readonly meet: IconName;
  /** What they achieved together, in the speech's words: the medallion's caption. */
  readonly caption: TextKey;
}

/**
 * Points that stand side by side as equals, each on a card under its icon, with no line
 * between them: they do not follow one from another (25: the market, the industry's
 * prosperity, the new stage with Kitakyushu). The first `lead` points go above the cards,
 * across the width, as what the cards are about (13: the 1994 agreement, then what the
 * trainees came back with).
 */
export interface CardsVisual extends PointIcons<'cards'> {
  /** How many of the first points lead above the cards; none if not given. */
  readonly lead?: number;
  /**
   * How the cards are drawn, so that the four slides of cards do not all look alike: the
   * deck's pale teal card if not given (25, 26); `open`, no card, the points apart by a rule
   * (02's two subjects of the talk); `outline`, cards edged in teal, on the slide's own ground
   * (13's gains).
   */
  readonly look?: 'open' | 'outline';
}

/**
 * Points one under another in the speech's order, each with its icon, one of them the slide's
 * message set large on a band across the width (28: the thanks to Kitakyushu, between what
 * Dalian gained and what it offers).
 */
export interface HeroVisual extends PointIcons<'hero'> {
  /** The index of the point set large. */
  readonly hero: number;
}

/** A picture a slide shows with its text, drawn from the speech's own facts. */
export type SlideVisual =
  MapVisual | IconsVisual | FlowVisual | ChangeVisual | ActorsVisual | CardsVisual | HeroVisual;
