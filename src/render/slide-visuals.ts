import type { TFunction } from 'i18next';
import { resultText, yearTick } from '../charts/chart-text.ts';
import { formatFigure } from '../i18n/format-figure.ts';
import type { TextKey } from '../i18n/keys.ts';
import type {
  AnnualChartSpec,
  AreasChartSpec,
  DomChartSpec,
  GroupsChartSpec,
  PlantsChartSpec,
} from '../model/chart-spec.ts';
import { figureParts } from './figure-parts.ts';
import { icon } from './slide-pictures.ts';

/** What a visual needs from the slide being built: elements, and texts bound to the language. */
export interface VisualKit {
  element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
  ): HTMLElementTagNameMap[K];
  /** An element showing a key's text (with the slide's figures), subtitled in bilingual mode. */
  text<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    key: TextKey,
  ): HTMLElementTagNameMap[K];
  /** Gives `element` a computed text in the audience language (figures need no subtitle). */
  bind(element: HTMLElement, text: (t: TFunction) => string): void;
  /** Makes `element` one image for assistive technology, named by the chart's summary. */
  image(element: HTMLElement): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A person pictogram (Lucide's "user", ISC licence): head and shoulders on a 24-unit grid,
 * framed to the figure itself (not the icon's padded square), so that it fills its column.
 */
function person(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '3 2.5 18 20.5');
  svg.setAttribute('aria-hidden', 'true');
  const head = document.createElementNS(SVG, 'circle');
  head.setAttribute('cx', '12');
  head.setAttribute('cy', '7.5');
  head.setAttribute('r', '4.5');
  const body = document.createElementNS(SVG, 'path');
  body.setAttribute('d', 'M3.5 22.5v-2a6.5 6.5 0 0 1 6.5-6.5h4a6.5 6.5 0 0 1 6.5 6.5v2z');
  svg.append(head, body);
  return svg;
}

/** A figure's digits big and its unit small, bound to the language: "5,800" over " t/yr". */
function bigFigure(kit: VisualKit, className: string, text: (t: TFunction) => string) {
  const value = kit.element('p', className);
  for (const part of ['before', 'number', 'after'] as const) {
    const span = kit.element('span', `figure-${part}`);
    kit.bind(span, (t) => figureParts(text(t))[part]);
    value.append(span);
  }
  return value;
}

/** One person per year, each labelled with the year: the programme's nine trainees. */
function pictograms(spec: AnnualChartSpec, kit: VisualKit): HTMLElement {
  const row = kit.element('div', 'pictograms');
  kit.image(row);
  const from = Number(spec.from.value);
  const to = Number(spec.to.value);
  for (let year = from; year <= to; year += 1) {
    const item = kit.element('span', 'pictogram');
    const label = kit.element('span', 'pictogram-year');
    kit.bind(label, (t) => yearTick(t, year));
    item.append(person(), label);
    row.append(item);
  }
  return row;
}

/** One column per group, headed by its name and count, listing every item of the group. */
function columns(spec: GroupsChartSpec, kit: VisualKit): HTMLElement {
  const grid = kit.element('div', 'group-columns');
  for (const group of spec.groups) {
    const column = kit.element('div', 'group-column');
    const head = kit.element('h3', 'group-head');
    const count = kit.element('span', 'group-count');
    kit.bind(count, (t) => t('units.count', { value: group.items.length }));
    if (group.icon !== undefined) head.append(icon(group.icon));
    head.append(count, kit.text('span', 'group-name', group.label));
    const list = kit.element('ul', 'group-items');
    for (const item of group.items) list.append(kit.text('li', '', item));
    column.append(head, list);
    grid.append(column);
  }
  return grid;
}

/**
 * The side of the inner square when the outer one is `outerSide` long: squares compare by
 * area, so the sides go with the square root of the figures.
 */
export function nestedSquareSide(outerSide: number, whole: number, part: number): number {
  return outerSide * Math.sqrt(part / whole);
}

/** A part inside a whole as nested squares of proportional area, each labelled with its figure. */
function nestedSquares(spec: AreasChartSpec, kit: VisualKit): HTMLElement {
  const whole = kit.element('div', 'area-whole');
  kit.image(whole);
  const part = kit.element('div', 'area-part');
  // The theme sets the outer side (smaller where room is short); the inner one follows.
  const ratio = nestedSquareSide(
    1,
    Number(spec.whole.figure.value),
    Number(spec.part.figure.value),
  );
  whole.style.setProperty('--ratio', ratio.toFixed(4));
  const label = (className: string, area: AreasChartSpec['whole']) => {
    const box = kit.element('div', className);
    box.append(
      bigFigure(kit, 'area-value', (t) => formatFigure(t, area.figure)),
      kit.text('p', 'area-name', area.label),
    );
    return box;
  };
  whole.append(label('area-label area-label-whole', spec.whole), part);
  whole.append(label('area-label area-label-part', spec.part));
  // The room the squares may take, which the theme measures them against.
  const room = kit.element('div', 'area-room');
  room.append(whole);
  return room;
}

/** One card per plant: its name, then each result with its figure big and per year. */
function plantCards(spec: PlantsChartSpec, kit: VisualKit): HTMLElement {
  const cards = kit.element('div', 'plant-cards');
  for (const plant of spec.plants) {
    const card = kit.element('div', 'plant-card');
    card.append(kit.text('h3', 'plant-name', plant.name));
    const results = kit.element('ul', 'plant-results');
    for (const result of plant.results) {
      const row = kit.element('li', 'plant-result');
      row.append(
        bigFigure(kit, 'plant-value', (t) => resultText(t, result)),
        kit.text('p', 'plant-label', result.label),
      );
      results.append(row);
    }
    card.append(results);
    cards.append(card);
  }
  return cards;
}

/** The HTML and SVG of a chart the deck draws itself, by kind. */
export function buildVisual(spec: DomChartSpec, kit: VisualKit): HTMLElement {
  switch (spec.kind) {
    case 'annual':
      return pictograms(spec, kit);
    case 'groups':
      return columns(spec, kit);
    case 'areas':
      return nestedSquares(spec, kit);
    case 'plants':
      return plantCards(spec, kit);
    default: {
      const unreachable: never = spec;
      return unreachable;
    }
  }
}
