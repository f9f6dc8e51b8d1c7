/**
 * The offline file: `vite build --mode export` turns the deck into one HTML document with every
 * script, style, locale and font inlined (vite-plugin-singlefile), under a hash-based
 * Content-Security-Policy. The benchmark builds its stock reveal.js baseline with the same
 * plugins, so both files are made the same way.
 */
import type { Plugin, PluginOption, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileContentSecurityPolicy } from './content-security-policy.ts';

/** The Vite mode that builds the offline file. */
export const EXPORT_MODE = 'export';

/** Where the offline file goes: `export/` also holds the PDFs, so only this file is written. */
export const EXPORT_FILE = { dir: 'export', name: 'dalian-deck.html' } as const;

/**
 * Fails the build if anything but `fileName` would be written. The output folder is not
 * emptied (it holds other exports), so a stray asset that was not inlined would otherwise
 * sit there unnoticed, and the file would quietly depend on it.
 */
function onlyOneFile(fileName: string): Plugin {
  return {
    name: 'deck-single-file-only',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const names = Object.keys(bundle);
        const others = names.filter((name) => name !== fileName);
        if (others.length > 0 || names.length === 0) {
          this.error(
            `Expected only ${fileName} in the single-file build, got: ${names.join(', ')}`,
          );
        }
      },
    },
  };
}

/**
 * The plugins that make a single self-contained `fileName`: inline everything, run `extra`
 * on the inlined file, then write the file's policy with the hashes of the scripts it now
 * contains, then check nothing else is emitted. Order matters: all run last in
 * `generateBundle`, in this order.
 */
export function singleFilePlugins(fileName: string, extra: Plugin[] = []): PluginOption[] {
  return [
    viteSingleFile({ outputFileName: fileName, removeViteModuleLoader: true }),
    ...extra,
    fileContentSecurityPolicy(),
    onlyOneFile(fileName),
  ];
}

/**
 * Build options for a single-file build into `outDir` (relative to the project root, or
 * absolute): the folder is kept (only the one file is replaced) and `public/` is not copied,
 * since nothing outside the file may be needed.
 */
export function singleFileBuild(outDir: string): NonNullable<UserConfig['build']> {
  return { outDir, emptyOutDir: false, copyPublicDir: false };
}
