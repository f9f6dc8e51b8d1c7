/** The slide size reveal lays out and scales: 16:9, designed at 1280×720. */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;
