import type { TFunction } from 'i18next';

/**
 * Which language a piece of text follows: the slides', the speaker notes', or the subtitles'
 * (the second language shown under slide texts in bilingual mode, empty when that is off).
 */
export type TextChannel = 'audience' | 'speaker' | 'subtitle';

/**
 * A DOM element whose text comes from the translations. Rendering is a function of the
 * translator so that a language switch only re-runs these, without rebuilding the slides.
 */
export interface TextBinding {
  readonly element: HTMLElement;
  readonly channel: TextChannel;
  readonly text: (t: TFunction) => string;
  /** Multi-line text (speaker notes) becomes one paragraph per line. */
  readonly paragraphs?: boolean;
  /** Write the text into this attribute (e.g. `aria-label`) instead of the content. */
  readonly attribute?: string;
}

/** Writes one binding's text as plain text (never HTML). */
export function applyBinding(binding: TextBinding, t: TFunction): void {
  writeBinding(binding, binding.text(t));
}

/** Writes an already translated text into a binding's element, as plain text. */
export function writeBinding(binding: TextBinding, text: string): void {
  if (binding.attribute !== undefined) {
    binding.element.setAttribute(binding.attribute, text);
    return;
  }
  if (binding.paragraphs !== true) {
    if (binding.element.textContent !== text) binding.element.textContent = text;
    return;
  }
  const lines = text.split('\n');
  const current = [...binding.element.children];
  // The same number of paragraphs (as translations usually have): only their texts change.
  if (current.length === lines.length && current.every((child) => child.tagName === 'P')) {
    current.forEach((paragraph, index) => {
      const line = lines[index] ?? '';
      if (paragraph.textContent !== line) paragraph.textContent = line;
    });
    return;
  }
  const paragraphs = lines.map((line) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    return paragraph;
  });
  binding.element.replaceChildren(...paragraphs);
}

/** Empties a binding whose language is switched off (subtitles): the theme hides it when empty. */
export function clearBinding(binding: TextBinding): void {
  if (binding.attribute !== undefined) binding.element.removeAttribute(binding.attribute);
  else binding.element.replaceChildren();
}
