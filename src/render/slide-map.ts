import EAST_ASIA from 'virtual:east-asia-map';
import type { TextKey } from '../i18n/keys.ts';
import { MAP_PLACES, type MapPlace, type MapVisual } from '../model/visual.ts';

/** What a picture needs from the slide being built: texts and labels bound to the language. */
export interface PictureKit {
  /** Gives `element` the text of `key` (with the slide's figures) in the audience language. */
  bind(element: HTMLElement, key: TextKey): void;
  /** Makes `element` one image for assistive technology, named by `key`. */
  image(element: HTMLElement, key: TextKey): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

type Point = readonly [number, number];

/**
 * A gentle arc from Dalian to Kitakyushu, bowed south-west so that it crosses the Yellow Sea
 * rather than the Korean Peninsula.
 */
function arc([x1, y1]: Point, [x2, y2]: Point): string {
  const bow = 0.25;
  const cx = Math.round((x1 + x2) / 2 - (y2 - y1) * bow);
  const cy = Math.round((y1 + y2) / 2 + (x2 - x1) * bow);
  return `M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}`;
}

/** Percent of the map's width or height, for labels laid over the drawing. */
const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(2)}%`;

/** Places `element` over the drawing at `[x, y]` of a frame `width` × `height`. */
function placeAt(element: HTMLElement, [x, y]: Point, width: number, height: number): void {
  element.style.left = percent(x, width);
  element.style.top = percent(y, height);
}

/** What a map frame draws besides the land. */
interface MapDrawing {
  readonly cities: readonly MapPlace[];
  readonly link: boolean;
  readonly japan?: boolean;
}

/**
 * A frame for the map at its own aspect, holding its drawing: the land (Japan tinted if
 * `japan`), the arc from Dalian to Kitakyushu if `link`, and a dot for each of `cities`. The
 * drawing is hidden from assistive technology; the frame says what it shows, if anything.
 */
function mapFrame(className: string, { cities, link, japan }: MapDrawing): HTMLElement {
  const { width, height, land, places } = EAST_ASIA;
  const frame = document.createElement('div');
  frame.className = className;
  frame.style.setProperty('--map-aspect', `${width} / ${height}`);
  const svg = svgElement('svg', {
    class: 'map-drawing',
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
  });
  svg.append(svgElement('path', { class: 'map-land', d: land }));
  if (japan === true) svg.append(svgElement('path', { class: 'map-japan', d: EAST_ASIA.japan }));
  if (link) {
    svg.append(svgElement('path', { class: 'map-link', d: arc(places.dalian, places.kitakyushu) }));
  }
  for (const [x, y] of cities.map((name) => places[name])) {
    svg.append(svgElement('circle', { class: 'map-city', cx: String(x), cy: String(y), r: '9' }));
  }
  frame.append(svg);
  return frame;
}

/**
 * The locator inset: the east coast of Eurasia, small, in the map's corner, with the map's
 * frame marked around Dalian and the continent named.
 */
function locatorInset(kit: PictureKit): HTMLElement {
  const { width, height, land, frame, dalian } = EAST_ASIA.inset;
  const inset = document.createElement('div');
  inset.className = 'map-inset';
  inset.style.setProperty('--map-aspect', `${width} / ${height}`);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  const [x, y, w, h] = frame;
  svg.append(
    svgElement('path', { class: 'map-inset-land', d: land }),
    svgElement('rect', {
      class: 'map-inset-frame',
      x: String(x),
      y: String(y),
      width: String(w),
      height: String(h),
    }),
    svgElement('circle', {
      class: 'map-inset-city',
      cx: String(dalian[0]),
      cy: String(dalian[1]),
      r: '4',
    }),
  );
  const name = document.createElement('span');
  name.className = 'map-label map-label-area map-inset-name';
  name.dataset['place'] = 'eurasia';
  kit.bind(name, 'visuals.map.eurasia');
  inset.append(svg, name);
  return inset;
}

/**
 * The East Asia map: land from Natural Earth, the cities as dots, and the names the slide asks
 * for, set as page text over the drawing in the audience language; the locator inset where the
 * slide asks for it.
 */
export function eastAsiaMap(visual: MapVisual, kit: PictureKit): HTMLElement {
  const { width, height, places } = EAST_ASIA;
  const map = mapFrame(visual.large === true ? 'slide-map slide-map-large' : 'slide-map', {
    cities: visual.places.filter((name) => MAP_PLACES[name].kind === 'city'),
    link: visual.link === true,
    japan: visual.japan === true,
  });
  kit.image(map, visual.label);
  for (const name of visual.places) {
    const place = MAP_PLACES[name];
    const label = document.createElement('span');
    label.className = `map-label map-label-${place.kind} map-label-${place.side}`;
    label.dataset['place'] = name;
    placeAt(label, places[name], width, height);
    kit.bind(label, place.label);
    map.append(label);
  }
  if (visual.inset === true) map.append(locatorInset(kit));
  return map;
}

/**
 * The same map without names, as a backdrop of a dark card (title, closing): decoration,
 * hidden from assistive technology, whose text says it all.
 */
export function backdropMap(): HTMLElement {
  const backdrop = mapFrame('slide-backdrop-map', {
    cities: ['dalian', 'kitakyushu'],
    link: true,
  });
  backdrop.setAttribute('aria-hidden', 'true');
  return backdrop;
}
