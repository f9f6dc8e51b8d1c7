/**
 * The subset fonts' cache on disk: entries keyed like git's index (file identity, not contents),
 * written atomically, marked on use and pruned when unused for a month.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when the subsetting options or the output layout change, to invalidate the cache. */
export const CACHE_FORMAT = 1;

/** Cache entries unused for this long are deleted, so editing the text does not grow it forever. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Like git's index: path, size, inode and ctime change whenever the file is reinstalled. */
export async function fileIdentity(file: string): Promise<string> {
  const { size, ino, ctimeMs } = await stat(file);
  return `${file}:${size}:${ino}:${ctimeMs}`;
}

/** Short hex digest: enough to tell cache entries apart. */
export function digest(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);
}

/** True if the file exists; also marks it used, so pruning keeps it. */
export async function touchIfPresent(file: string): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(file, now, now);
    await utimes(path.dirname(file), now, now);
    return true;
  } catch {
    return false;
  }
}

/** Write-then-rename, so a concurrent build or dev server never reads half a file. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/** Deletes cache entries (font folders, CSS files) unused for {@link CACHE_MAX_AGE_MS}. */
export async function pruneCache(cacheRoot: string): Promise<void> {
  const cutoff = Date.now() - CACHE_MAX_AGE_MS;
  const entries = [
    ...(await readdir(path.join(cacheRoot, 'fonts')).catch(() => [])).map((name) =>
      path.join(cacheRoot, 'fonts', name),
    ),
    ...(await readdir(cacheRoot))
      .filter((n) => n.endsWith('.css'))
      .map((n) => path.join(cacheRoot, n)),
  ];
  for (const entry of entries) {
    const { mtimeMs } = await stat(entry);
    if (mtimeMs < cutoff) await rm(entry, { recursive: true, force: true });
  }
}
