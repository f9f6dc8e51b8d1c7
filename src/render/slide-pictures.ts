import ICONS from 'virtual:deck-icons';
import EAST_ASIA from 'virtual:east-asia-map';
import type { TextKey } from '../i18n/keys.ts';
import {
  MAP_PLACES,
  type IconName,
  type MapPlace,
  type MapVisual,
  type SlideVisual,
} from '../model/visual.ts';

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
 * A frame for the map at its own aspect, holding its drawing: the land, the arc from Dalian
 * to Kitakyushu if `link`, and a dot for each of `cities`. The drawing is hidden from
 * assistive technology; the frame says what it shows, if anything.
 */
function mapFrame(className: string, cities: readonly MapPlace[], link: boolean): HTMLElement {
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
 * The East Asia map: land from Natural Earth, the two cities as dots, and the names the
 * slide asks for, set as page text over the drawing in the audience language.
 */
export function eastAsiaMap(visual: MapVisual, kit: PictureKit): HTMLElement {
  const { width, height, places } = EAST_ASIA;
  const cities = visual.places.filter((name) => MAP_PLACES[name].kind === 'city');
  const map = mapFrame(
    visual.large === true ? 'slide-map slide-map-large' : 'slide-map',
    cities,
    visual.link === true,
  );
  kit.image(map, visual.label);
  for (const name of visual.places) {
    const place = MAP_PLACES[name];
    const [x, y] = places[name];
    const label = document.createElement('span');
    label.className = `map-label map-label-${place.kind} map-label-${place.side}`;
    label.dataset['place'] = name;
    label.style.left = percent(x, width);
    label.style.top = percent(y, height);
    kit.bind(label, place.label);
    map.append(label);
  }
  return map;
}

/**
 * The same map without names, as a backdrop of a dark card (title, closing): decoration,
 * hidden from assistive technology, whose text says it all.
 */
export function backdropMap(): HTMLElement {
  const backdrop = mapFrame('slide-backdrop-map', ['dalian', 'kitakyushu'], true);
  backdrop.setAttribute('aria-hidden', 'true');
  return backdrop;
}

/** Puts one icon before the text of each item of `list`, in order. */
function iconItems(list: HTMLElement, icons: readonly IconName[]): void {
  [...list.children].forEach((item, index) => {
    const name = icons[index];
    if (name !== undefined) item.prepend(icon(name));
  });
}

/** The classes that lay out a list of points with icons as its visual (theme's visuals.css). */
function iconListClasses(visual: Exclude<SlideVisual, MapVisual>): string[] {
  switch (visual.kind) {
    case 'icons':
      return ['with-icons'];
    case 'flow':
      return ['with-icons', 'flow', ...(visual.across === true ? ['flow-across'] : [])];
    case 'change':
      return ['with-icons', 'change'];
    case 'actors':
      return ['with-icons', 'actors'];
    case 'cards':
      return ['with-icons', 'cards'];
    case 'hero':
      return ['with-icons', 'hero-line'];
    default: {
      const unreachable: never = visual;
      return unreachable;
    }
  }
}

/**
 * Where the actors' lines meet: a medallion with `name`'s icon, set in the last actor's item
 * so that it comes with that actor (theme's visuals.css places it beneath all of them).
 */
function meeting(name: IconName): HTMLElement {
  const meet = document.createElement('span');
  meet.className = 'actors-meet';
  meet.setAttribute('aria-hidden', 'true');
  meet.append(icon(name));
  return meet;
}

/** Lays `list`'s points out as the visual says, each with its icon before its text. */
function iconList(visual: Exclude<SlideVisual, MapVisual>, list: HTMLElement): void {
  list.classList.add(...iconListClasses(visual));
  iconItems(list, visual.icons);
  const items = [...list.children];
  if (visual.kind === 'flow' && visual.steps !== undefined) {
    list.style.setProperty('--flow-steps', String(visual.steps));
    for (const item of items.slice(visual.steps)) item.classList.add('flow-apart');
  }
  // The rows of the change's first card; the cards' count, for their columns; the actors'
  // count, for where their lines meet.
  if (visual.kind === 'change') list.style.setProperty('--change-rows', String(items.length - 2));
  if (visual.kind === 'cards') {
    const lead = visual.lead ?? 0;
    list.style.setProperty('--cards', String(items.length - lead));
    for (const item of items.slice(0, lead)) item.classList.add('cards-lead');
  }
  if (visual.kind === 'hero') items[visual.hero]?.classList.add('hero-point');
  if (visual.kind === 'actors') {
    list.style.setProperty('--actors', String(items.length));
    items.at(-1)?.append(meeting(visual.meet));
  }
}

/**
 * Adds a slide's visual to its list of points: icons before the points (laid out as a list, a
 * flow, a change or actors meeting), or a map to set beside them (returned for the caller to
 * place). `list` is the slide's points or items.
 */
export function addVisual(
  visual: SlideVisual | undefined,
  list: HTMLElement,
  kit: PictureKit,
): HTMLElement | undefined {
  if (visual === undefined) return undefined;
  if (visual.kind === 'map') return eastAsiaMap(visual, kit);
  iconList(visual, list);
  return undefined;
}
