import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The lines git writes around a conflict, always at the start of a line. Built from parts, so
 * that this file holds none. One inside a comment compiles, lints and runs: only a check of the
 * text finds it.
 */
const MARKER = new RegExp(`^(?:${'<'.repeat(7)}|${'>'.repeat(7)})(?: |$)|^${'='.repeat(7)}$`, 'mu');

/** Lines of `text` that are conflict markers, as `line: text`. */
function conflictMarkers(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => (MARKER.test(line) ? [`${index + 1}: ${line}`] : []));
}

describe('a merge', () => {
  it('finds the three kinds of marker a conflict leaves', () => {
    const conflict = ['<', '=', '>'].map((mark) => mark.repeat(7));
    const text = ` * kept\n${conflict[0]} HEAD\n * ours\n${conflict[1]}\n * theirs\n${conflict[2]} design7\n`;
    expect(conflictMarkers(text)).toHaveLength(3);
    expect(conflictMarkers('a <<< b\n=== heading\n')).toEqual([]);
  });

  it('leaves no conflict marker in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => /\.(?:ts|js|mjs|css|json|md|html|txt|yml|yaml)$|^\.ci\//u.test(file));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      conflictMarkers(readFileSync(`${ROOT}${file}`, 'utf8')).map((line) => `${file}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
