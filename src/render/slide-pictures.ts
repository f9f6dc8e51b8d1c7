import ICONS from 'virtual:deck-icons';
import EAST_ASIA from 'virtual:east-asia-map';
import type { TextKey } from '../i18n/keys.ts';
import { MAP_PLACES, type IconName, type MapVisual, type SlideVisual } from '../model/visual.ts';

/** What a picture needs from the slide being built: texts and labels bound to the language. */
export interface PictureKit {
  /** Gives `element` the text of `key` in the audience language. */
  bind(element: HTMLElement, key: TextKey): void;
  /** Makes `element` one image for assistive technology, named by `key`. */
  image(element: HTMLElement, key: TextKey): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * A Lucide icon, stroked in the text colour the theme gives it. Hidden from assistive
 * technology: the text beside it carries the meaning.
 */
export function icon(name: IconName): SVGSVGElement {
  const svg = svgElement('svg', {
    class: `deck-icon deck-icon-${name}`,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
  });
  for (const [tag, attributes] of ICONS[name]) {
    svg.append(svgElement(tag as keyof SVGElementTagNameMap, attributes));
  }
  return svg;
}

/**
 * A gentle arc from Dalian to Kitakyushu, bowed south-west so that it crosses the Yellow Sea
 * rather than the Korean Peninsula.
 */
function arc([x1, y1]: readonly [number, number], [x2, y2]: readonly [number, number]): string {
  const bow = 0.25;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bow;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bow;
  return `M${x1} ${y1}Q${Math.round(cx)} ${Math.round(cy)} ${x2} ${y2}`;
}

/** Percent of the map's width or height, for labels laid over the drawing. */
const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(2)}%`;

/**
 * The East Asia map: land from Natural Earth, the two cities as dots, and the names the
 * slide asks for, set as page text over the drawing in the audience language.
 */
export function eastAsiaMap(visual: MapVisual, kit: PictureKit): HTMLElement {
  const { width, height, land, places } = EAST_ASIA;
  const map = document.createElement('div');
  map.className = visual.large === true ? 'slide-map slide-map-large' : 'slide-map';
  map.style.setProperty('--map-aspect', `${width} / ${height}`);
  kit.image(map, visual.label);
  const svg = svgElement('svg', {
    class: 'map-drawing',
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
  });
  svg.append(svgElement('path', { class: 'map-land', d: land }));
  if (visual.link === true) {
    svg.append(svgElement('path', { class: 'map-link', d: arc(places.dalian, places.kitakyushu) }));
  }
  for (const name of visual.places) {
    const place = MAP_PLACES[name];
    const [x, y] = places[name];
    if (place.kind === 'city') {
      svg.append(svgElement('circle', { class: 'map-city', cx: String(x), cy: String(y), r: '9' }));
    }
    const label = document.createElement('span');
    label.className = `map-label map-label-${place.kind} map-label-${place.side}`;
    label.dataset['place'] = name;
    label.style.left = percent(x, width);
    label.style.top = percent(y, height);
    kit.bind(label, place.label);
    map.append(label);
  }
  map.prepend(svg);
  return map;
}

/** Puts one icon before the text of each item of `list`, in order. */
function iconItems(list: HTMLElement, icons: readonly IconName[]): void {
  [...list.children].forEach((item, index) => {
    const name = icons[index];
    if (name !== undefined) item.prepend(icon(name));
  });
}

/**
 * Adds a slide's visual to its list of points: icons before the points, or a map to set beside
 * them (returned for the caller to place). `list` is the slide's points or items.
 */
export function addVisual(
  visual: SlideVisual | undefined,
  list: HTMLElement,
  kit: PictureKit,
): HTMLElement | undefined {
  if (visual === undefined) return undefined;
  switch (visual.kind) {
    case 'map':
      return eastAsiaMap(visual, kit);
    case 'icons':
    case 'flow':
      list.classList.add('with-icons', ...(visual.kind === 'flow' ? ['flow'] : []));
      iconItems(list, visual.icons);
      return undefined;
    default: {
      const unreachable: never = visual;
      return unreachable;
    }
  }
}
