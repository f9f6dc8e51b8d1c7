import { defineConfig } from 'vitest/config';
import { deckIcons } from './build/deck-icons.ts';
import { eastAsiaMap } from './build/east-asia-map.ts';

/**
 * Tests run without the build's plugins (browser tests build the deck themselves), except the
 * two that serve data modules the renderer imports: the map and the icons.
 */
export default defineConfig({
  plugins: [eastAsiaMap(), deckIcons()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A poll waits for what a page does in its own time (a key sent from the speaker
          // window, a language switch): a second, the default, was too short on a loaded CI.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
