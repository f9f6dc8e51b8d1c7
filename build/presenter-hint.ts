import type { Plugin } from 'vite';

/** What `npm start` tells the presenter once the deck is served. */
export const PRESENTER_HINT =
  'Present: open the URL above. S opens the speaker view, L switches the slide language, U the subtitles, ? lists every key.';

/** Prints the presenter's hint after Vite's own URLs when the dev server starts. */
export function presenterHint(): Plugin {
  return {
    name: 'deck-presenter-hint',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        // After Vite's own banner, which it prints on the same event.
        setTimeout(() => {
          server.config.logger.info(`\n  ${PRESENTER_HINT}\n`);
        }, 0);
      });
    },
  };
}
