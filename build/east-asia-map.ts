/**
 * The East Asia map, drawn at build time from Natural Earth (public domain) as packaged by
 * `world-atlas` (ISC), projected with `d3-geo` and decoded with `topojson-client`. Served as
 * `virtual:east-asia-map`: a land outline as one SVG path in a fixed frame, and each named
 * place's position in that frame. The page gets data, not a library: no runtime cost, no network.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import {
  MAP_BOUNDS,
  MAP_INSET_BOUNDS,
  MAP_PLACES,
  type MapBounds,
  type MapPlace,
} from '../src/model/visual.ts';

/** The id the app imports. */
export const EAST_ASIA_MAP_MODULE_ID = 'virtual:east-asia-map';

/** The map's width in SVG units; the height follows from the projection of the bounds. */
export const MAP_WIDTH = 600;

/** The locator inset's width in SVG units: a small picture, so a coarse outline. */
export const INSET_WIDTH = 220;

/** A point in a map's frame, in its SVG units. */
type Point = readonly [number, number];

/** What the module exports: the frame, the land outline, and each place's position in it. */
export interface EastAsiaMap {
  readonly width: number;
  readonly height: number;
  /** SVG path data of the land inside the frame, coordinates rounded to whole units. */
  readonly land: string;
  /** Japan's land inside the frame, drawn over the rest where a slide names Japan as partner. */
  readonly japan: string;
  readonly places: Readonly<Record<MapPlace, Point>>;
  /**
   * The locator: the east coast of Eurasia, small, with the main map's frame marked on it as
   * `[x, y, width, height]` and Dalian as a point.
   */
  readonly inset: {
    readonly width: number;
    readonly height: number;
    readonly land: string;
    readonly frame: readonly [number, number, number, number];
    readonly dalian: Point;
  };
}

/**
 * 1:50 million: the 1:110 million outline loses the Liaodong Peninsula's tip and most of
 * Kyushu's coast; at this frame 1:10 million adds only detail finer than a unit.
 */
const LAND_FILE = 'land-50m';

/** Japan's outline at the same scale, from the countries of the same edition. */
const COUNTRIES_FILE = 'countries-50m';

/** The inset is a few hundred units across: 1:110 million draws its coasts in a kilobyte. */
const INSET_LAND_FILE = 'land-110m';

/** A record with the same keys, each value passed through `change`. */
function mapValues<K extends string, V, W>(
  record: Readonly<Record<K, V>>,
  change: (value: V) => W,
): Record<K, W> {
  const entries = Object.entries(record) as [K, V][];
  return Object.fromEntries(entries.map(([key, value]) => [key, change(value)])) as Record<K, W>;
}

/** Reads one of world-atlas's TopoJSON files as GeoJSON features of its one object. */
async function readAtlas(name: string, object: 'land' | 'countries') {
  const file = createRequire(import.meta.url).resolve(`world-atlas/${name}.json`);
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology<
    Record<typeof object, GeometryCollection<{ name?: string }>>
  >;
  return feature(topology, topology.objects[object]);
}

/**
 * A Mercator projection of `bounds` into a frame `width` units wide, clipped to it: its height,
 * the projection of a point, and SVG path data in whole units for what lies inside.
 */
function projectFrame(bounds: MapBounds, width: number) {
  const { west, south, east, north } = bounds;
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection = geoMercator().fitWidth(width, corners);
  const exact = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const at = (lon: number, lat: number): Point => {
    const [x, y] = exact(lon, lat);
    return [Math.round(x), Math.round(y)];
  };
  const height = Math.round(exact(west, south)[1] - exact(east, north)[1]);
  // Clipped to the frame, so the path holds only the coasts the picture shows.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(0);
  const draw = (object: GeoPermissibleObjects) => path(object) ?? '';
  return { height, at, draw };
}

/** Projects Natural Earth's land into the map frame. Pure apart from reading the atlas. */
export async function drawEastAsiaMap(): Promise<EastAsiaMap> {
  const land = await readAtlas(LAND_FILE, 'land');
  const countries = await readAtlas(COUNTRIES_FILE, 'countries');
  const japan = countries.features.find((country) => country.properties.name === 'Japan');
  const main = projectFrame(MAP_BOUNDS, MAP_WIDTH);
  const places = mapValues(MAP_PLACES, (place) => main.at(place.lon, place.lat));
  const inset = projectFrame(MAP_INSET_BOUNDS, INSET_WIDTH);
  const [left, bottom] = inset.at(MAP_BOUNDS.west, MAP_BOUNDS.south);
  const [right, top] = inset.at(MAP_BOUNDS.east, MAP_BOUNDS.north);
  return {
    width: MAP_WIDTH,
    height: main.height,
    land: main.draw(land),
    japan: japan === undefined ? '' : main.draw(japan),
    places,
    inset: {
      width: INSET_WIDTH,
      height: inset.height,
      land: inset.draw(await readAtlas(INSET_LAND_FILE, 'land')),
      frame: [left, top, right - left, bottom - top],
      dalian: inset.at(MAP_PLACES.dalian.lon, MAP_PLACES.dalian.lat),
    },
  };
}

/** Vite plugin: serves `virtual:east-asia-map`, computed once per build or dev server. */
export function eastAsiaMap(): Plugin {
  const resolved = `\0${EAST_ASIA_MAP_MODULE_ID}`;
  let drawn: Promise<EastAsiaMap> | undefined;
  return {
    name: 'east-asia-map',
    resolveId: {
      filter: { id: /^virtual:east-asia-map$/ },
      handler(id) {
        return id === EAST_ASIA_MAP_MODULE_ID ? resolved : null;
      },
    },
    load: {
      filter: { id: /^\0virtual:east-asia-map$/ },
      async handler(id) {
        if (id !== resolved) return null;
        const map = await (drawn ??= drawEastAsiaMap());
        return `export default ${JSON.stringify(map)};`;
      },
    },
  };
}
