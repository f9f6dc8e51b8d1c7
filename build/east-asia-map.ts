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
import { MAP_BOUNDS, MAP_PLACES, type MapPlace } from '../src/model/visual.ts';

/** The id the app imports. */
export const EAST_ASIA_MAP_MODULE_ID = 'virtual:east-asia-map';

/** The map's width in SVG units; the height follows from the projection of the bounds. */
export const MAP_WIDTH = 600;

/** What the module exports: the frame, the land outline, and each place's position in it. */
export interface EastAsiaMap {
  readonly width: number;
  readonly height: number;
  /** SVG path data of the land inside the frame, coordinates rounded to whole units. */
  readonly land: string;
  readonly places: Readonly<Record<MapPlace, readonly [number, number]>>;
}

/**
 * 1:50 million: the 1:110 million outline loses the Liaodong Peninsula's tip and most of
 * Kyushu's coast; at this frame 1:10 million adds only detail finer than a unit.
 */
const LAND_FILE = 'world-atlas/land-50m.json';

/** A record with the same keys, each value passed through `change`. */
function mapValues<K extends string, V, W>(
  record: Readonly<Record<K, V>>,
  change: (value: V) => W,
): Record<K, W> {
  const entries = Object.entries(record) as [K, V][];
  return Object.fromEntries(entries.map(([key, value]) => [key, change(value)])) as Record<K, W>;
}

/** Projects Natural Earth's land into the map frame. Pure apart from reading the atlas. */
export async function drawEastAsiaMap(): Promise<EastAsiaMap> {
  const file = createRequire(import.meta.url).resolve(LAND_FILE);
  const topology = JSON.parse(await readFile(file, 'utf8')) as Topology<{
    land: GeometryCollection;
  }>;
  const land = feature(topology, topology.objects.land);
  const { west, south, east, north } = MAP_BOUNDS;
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection = geoMercator().fitWidth(MAP_WIDTH, frame);
  const corner = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const height = Math.round(corner(west, south)[1] - corner(east, north)[1]);
  // Clipped to the frame, so the path holds only the coasts the slide shows.
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const path = geoPath(projection).digits(0);
  const places = mapValues(MAP_PLACES, (place) => {
    const [x, y] = corner(place.lon, place.lat);
    return [Math.round(x), Math.round(y)] as const;
  });
  return { width: MAP_WIDTH, height, land: path(land) ?? '', places };
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
