import type { Page } from 'playwright-core';

/**
 * Each text that `selector` finds on the current slide (or, given `slideId`, on that slide,
 * as on a phone's scroll view): its text, where its lines break (each character's line by its
 * box's top), and each line's width and left edge.
 */
export function textLines(page: Page, selector: string, slideId?: string) {
  return page.evaluate(
    ([query, id]) => {
      const slide =
        id === undefined
          ? window.deck?.reveal.getCurrentSlide()
          : document.querySelector(`section[data-slide-id="${id}"]`);
      return [...(slide?.querySelectorAll(query) ?? [])].map((text) => {
        const lines = new Map<number, { left: number; right: number }>();
        const tops: number[] = [];
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let at = 0; at < (node.textContent ?? '').length; at += 1) {
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const box = range.getBoundingClientRect();
            const top = Math.round(box.top);
            tops.push(top);
            const line = lines.get(top) ?? { left: box.left, right: box.right };
            lines.set(top, {
              left: Math.min(line.left, box.left),
              right: Math.max(line.right, box.right),
            });
          }
        }
        return {
          text: text.textContent,
          breaks: tops.flatMap((top, at) => (at > 0 && top > (tops[at - 1] ?? top) ? [at] : [])),
          widths: [...lines.values()].map((line) => line.right - line.left),
          lefts: [...lines.values()].map((line) => line.left),
        };
      });
    },
    [selector, slideId] as const,
  );
}
