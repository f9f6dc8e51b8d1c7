import ICONS from 'virtual:deck-icons';
import type { ActorsVisual, IconName, MapVisual, SlideVisual } from '../model/visual.ts';
import { eastAsiaMap, svgElement, type PictureKit } from './slide-map.ts';

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
 * Where the actors' lines meet: a medallion with `name`'s icon and beside it its caption (what
 * they achieved), set in the last actor's item so that it comes with that actor (theme's
 * visuals.css places it beneath all of them).
 */
function meeting(visual: ActorsVisual, kit: PictureKit): HTMLElement {
  const meet = document.createElement('span');
  meet.className = 'actors-meet';
  meet.setAttribute('aria-hidden', 'true');
  const caption = document.createElement('span');
  caption.className = 'actors-result';
  kit.bind(caption, visual.caption);
  meet.append(icon(visual.meet), caption);
  return meet;
}

/** Lays `list`'s points out as the visual says, each with its icon before its text. */
function iconList(
  visual: Exclude<SlideVisual, MapVisual>,
  list: HTMLElement,
  kit: PictureKit,
): void {
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
    if (visual.look !== undefined) list.classList.add(`cards-${visual.look}`);
    for (const item of items.slice(0, lead)) item.classList.add('cards-lead');
  }
  if (visual.kind === 'hero') items[visual.hero]?.classList.add('hero-point');
  if (visual.kind === 'actors') {
    list.style.setProperty('--actors', String(items.length));
    items.at(-1)?.append(meeting(visual, kit));
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
  iconList(visual, list, kit);
  return undefined;
}
