import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.ts'),
);

describe('text reaches the DOM as text', () => {
  it.each(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser', 'eval('])(
    'no source file uses %s',
    (api) => {
      const users = files.filter((file) => readFileSync(`${SOURCE}${file}`, 'utf8').includes(api));
      expect(users).toEqual([]);
    },
  );

  it('checks real files', () => {
    expect(files.length).toBeGreaterThan(20);
  });
});
