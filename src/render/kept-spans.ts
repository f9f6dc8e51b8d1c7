/**
 * Text with parts that a line never breaks inside: a figure with its unit, a quoted name, a date,
 * a compound. The slide texts (text-binding.ts) and the speaker notes (notes.ts) find their own
 * parts, and both set them here, each part in a span of its own that the theme keeps whole.
 */

/** The class of a quoted name, a date or a figure, which the theme keeps whole and tight. */
export const QUOTED_CLASS = 'deck-quoted';

/** The class of a compound kept whole, which the theme keeps on one line. */
export const KEPT_CLASS = 'deck-kept';

/**
 * Nodes for `parts`, a text as `String.split` with one capture group gives it: the text between
 * as `between` writes it (plain text by default), each captured part in a span of its own.
 */
export function keptNodes(
  parts: readonly string[],
  between: (part: string) => readonly (string | Node)[] = (part) => (part === '' ? [] : [part]),
): (string | Node)[] {
  return parts.flatMap((part, index) => {
    if (index % 2 === 0) return between(part);
    const span = document.createElement('span');
    // Quoted names open with a quote, dates and figures hold digits; the rest is kept whole.
    span.className = /[\d“「『]/u.test(part) ? QUOTED_CLASS : KEPT_CLASS;
    span.textContent = part;
    return [span];
  });
}
