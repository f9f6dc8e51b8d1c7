import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The longest a module in src/ may be: past it, a module holds more than one concern. */
const MAX_LINES = 250;

const SRC = new URL('../../src/', import.meta.url);

/** Every TypeScript module under src/, with its line count as `wc -l` gives it. */
function modules(): { path: string; lines: number }[] {
  const files = readdirSync(fileURLToPath(SRC), { recursive: true, encoding: 'utf8' });
  return files
    .filter((file) => file.endsWith('.ts'))
    .map((file) => {
      const text = readFileSync(new URL(file, SRC), 'utf8');
      const newlines = text.split('\n').length - 1;
      return { path: `src/${file}`, lines: text.endsWith('\n') ? newlines : newlines + 1 };
    });
}

describe('module size', () => {
  it('finds the engine’s modules, nested folders included', () => {
    const paths = modules().map((module) => module.path);
    expect(paths).toContain('src/deck.ts');
    expect(paths).toContain('src/render/render-slide.ts');
  });

  it(`keeps every module in src/ at ${String(MAX_LINES)} lines or fewer`, () => {
    const tooLong = modules()
      .filter((module) => module.lines > MAX_LINES)
      .map((module) => `${module.path}: ${String(module.lines)} lines`);
    expect(tooLong).toEqual([]);
  });
});
