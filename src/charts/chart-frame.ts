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

/**
 * Whether a chart drawn at `drawn` still fills a frame of `frame`: chart.js rounds a canvas's
 * size to whole device pixels, so a frame laid out at 439.95 px holds a chart of 440. Only a
 * change of a pixel or more (a headline a line longer) calls for a redraw, which takes tens
 * of milliseconds and would otherwise fall into the slide transition that shows the frame.
 */
export function fillsFrame(
  drawn: { width: number; height: number },
  frame: { width: number; height: number },
): boolean {
  return Math.abs(drawn.width - frame.width) < 1 && Math.abs(drawn.height - frame.height) < 1;
}

/**
 * Watches the frames of the canvases it is given: a frame changes size when its slide's
 * layout gives it another room (shown after being drawn hidden, a headline a line longer or
 * shorter in another language); `onResize` then gets the frame's canvas.
 */
export function watchFrames(onResize: (canvas: HTMLCanvasElement) => void): ResizeObserver {
  return new ResizeObserver((entries) => {
    for (const entry of entries) {
      const canvas = entry.target.querySelector('canvas');
      if (canvas !== null) onResize(canvas);
    }
  });
}
