import { defineConfig } from 'vite';
import { deckFonts } from './build/deck-fonts.ts';
import { deckIcons } from './build/deck-icons.ts';
import { eastAsiaMap } from './build/east-asia-map.ts';
import { presenterHint } from './build/presenter-hint.ts';
import { webContentSecurityPolicy } from './build/content-security-policy.ts';
import { engineBlock } from './build/engine-block.ts';
import { fontBlocks } from './build/font-blocks.ts';
import {
  EXPORT_FILE,
  EXPORT_MODE,
  singleFileBuild,
  singleFilePlugins,
} from './build/single-file.ts';
import { deckText } from './src/i18n/deck-text.ts';

export default defineConfig(({ mode }) => {
  // `vite build --mode export`: the one offline file, export/dalian-deck.html.
  const isExport = mode === EXPORT_MODE;
  return {
    // Relative asset paths: dist/ works from any static host and any sub-folder.
    base: './',
    plugins: [
      // The offline file has no follow-along, so its fonts need none of that text's glyphs.
      deckFonts({ text: isExport ? () => deckText(['follow']) : () => deckText() }),
      presenterHint(),
      eastAsiaMap(),
      deckIcons(),
      ...(isExport
        ? singleFilePlugins(EXPORT_FILE.name, [
            fontBlocks(EXPORT_FILE.name),
            engineBlock(EXPORT_FILE.name),
          ])
        : [webContentSecurityPolicy()]),
    ],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1024,
      ...(isExport ? singleFileBuild(EXPORT_FILE.dir) : {}),
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  };
});
