import type { RevealApi } from 'reveal.js';
import type { Position } from './protocol.ts';

/** The reveal events after which the deck may show something else. */
export const MOVE_EVENTS = [
  'slidechanged',
  'fragmentshown',
  'fragmenthidden',
  'overviewshown',
  'overviewhidden',
  'paused',
  'resumed',
] as const;

/** Where a reveal deck is now (reveal leaves `v` and `f` undefined where there are none). */
export function positionOf(reveal: RevealApi): Position {
  const indices: { h: number; v?: number; f?: number } = reveal.getIndices();
  return {
    h: indices.h,
    v: indices.v ?? 0,
    f: indices.f ?? -1,
    overview: reveal.isOverview(),
    paused: reveal.isPaused(),
  };
}

/** Moves a reveal deck to a position: slide and fragment, overview, black screen. */
export function showPosition(reveal: RevealApi, position: Position): void {
  const now = positionOf(reveal);
  if (now.overview !== position.overview) reveal.toggleOverview(position.overview);
  if (now.h !== position.h || now.v !== position.v || now.f !== position.f) {
    reveal.slide(position.h, position.v, position.f);
  }
  if (now.paused !== position.paused) reveal.togglePause(position.paused);
}

/** Calls `listener` after every reveal event that can move the deck; returns the unsubscribe. */
export function onMove(reveal: RevealApi, listener: () => void): () => void {
  for (const type of MOVE_EVENTS) reveal.on(type, listener);
  return () => {
    for (const type of MOVE_EVENTS) reveal.off(type, listener);
  };
}
