/**
 * The size of a chart's frame in slide pixels, from its CSS: the size the slide's layout
 * gives it (smaller when a headline takes a line more), or, while the slide is
 * `display: none`, the declared size, so that a chart can be drawn before it is shown.
 * Apart from chart.js, so that the charts plugin can read it before chart.js has loaded.
 */
export function frameSize(canvas: HTMLCanvasElement): { width: number; height: number } | null {
  const frame = canvas.parentElement;
  if (frame === null) return null;
  const style = getComputedStyle(frame);
  const width = parseFloat(style.width);
  const height = parseFloat(style.height);
  return width > 0 && height > 0 ? { width, height } : null;
}
