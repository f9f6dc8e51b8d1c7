/** Colour contrast as WCAG 2 defines it, for the tests that check text against backgrounds. */

/** WCAG contrast ratio of two sRGB colours given as [r, g, b] in 0–255. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r = 0, g = 0, bl = 0] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The red, green and blue of a computed CSS colour (`rgb(…)` or `rgba(…)`). */
export const channels = (colour: string): number[] =>
  (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

/** The contrast of a text's computed colour with its ground's; 0 for no text. */
export const textContrast = (text?: { colour: string; ground: string }): number =>
  text === undefined ? 0 : contrast(channels(text.colour), channels(text.ground));
