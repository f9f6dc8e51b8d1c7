import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folders whose files build, run and test the deck, and the configs beside them. */
const CHECKED_FOLDERS = ['src', 'slides', 'scripts', 'build', 'tests', '.ci'] as const;
const CHECKED_FILES = ['vite.config.ts', 'vitest.config.ts', 'package.json', 'index.html'] as const;

/** Absolute paths that only exist on the machine a file was written on. */
const MACHINE_PATHS = /(?<![\w.])\/(?:work|home|Users|root|mnt)\/[\w.-]+/g;

/** Relative paths that climb at least one folder: `../x`, `../../x` … */
const CLIMBING_PATHS = /(?<![\w/])(?:\.\.\/)+[\w.-]*/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * The paths in a file's text that lead outside `root`: relative paths resolved from the file's
 * folder, and absolute paths into a home or work folder.
 */
export function pathsOutside(root: string, file: string, text: string): string[] {
  const climbing = [...text.matchAll(CLIMBING_PATHS)]
    .map((match) => match[0])
    .filter((relative) => {
      const resolved = path.resolve(path.dirname(file), relative);
      return path.relative(root, resolved).startsWith('..');
    });
  const absolute = [...text.matchAll(MACHINE_PATHS)].map((match) => match[0]);
  return [...climbing, ...absolute];
}

describe('what the project reads', () => {
  it('finds a path that climbs out of the repository, and one into a home folder', () => {
    // Built from parts, so that this file itself holds no such path.
    const climbing = ['..', '..', '..', 'elsewhere'].join('/');
    const home = ['', 'home', 'someone'].join('/');
    const file = path.join(ROOT, 'tests/support/speech.ts');
    const text = `new URL('${climbing}/speech.en.txt', import.meta.url); '${home}/deck'`;
    expect(pathsOutside(ROOT, file, text)).toEqual([climbing, home]);
    expect(pathsOutside(ROOT, file, "new URL('../../source/speech.en.txt')")).toEqual([]);
  });

  it('stays inside the repository in every source, script, build and test file', () => {
    const files = [
      ...CHECKED_FOLDERS.flatMap((folder) => filesUnder(path.join(ROOT, folder))),
      ...CHECKED_FILES.map((file) => path.join(ROOT, file)),
    ];
    expect(files.length).toBeGreaterThan(50);
    const outside = files.flatMap((file) =>
      pathsOutside(ROOT, file, readFileSync(file, 'utf8')).map(
        (found) => `${path.relative(ROOT, file)}: ${found}`,
      ),
    );
    expect(outside).toEqual([]);
  });

  it('keeps the speech it is built from in the repository', () => {
    const speech = readFileSync(path.join(ROOT, 'source/speech.en.txt'), 'utf8');
    expect(speech).toContain("DALIAN'S ENVIRONMENTAL");
    expect(speech).toContain('This program is comprised of nine projects');
  });
});
