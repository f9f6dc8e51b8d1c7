import { defineConfig } from 'vite';
import { deckFonts } from './build/deck-fonts.ts';
import { deckText } from './src/i18n/deck-text.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any static host and any sub-folder.
  base: './',
  plugins: [deckFonts({ text: deckText })],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
