/** Finds the input files under the paths given to ingest, in a stable order. */
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** An input path that does not exist: a usage error of the whole run, not a failed document. */
export class InputNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`input not found: ${path}`);
    this.name = 'InputNotFoundError';
  }
}

/**
 * Files under `paths` (files as given, folders recursively), sorted; hidden
 * entries and node_modules skipped. Symbolic links found inside folders are
 * followed to files but not into folders, so a link cycle cannot loop.
 * Folders in `exclude` (the run's own output folder) are not entered.
 */
export async function discover(paths: string[], exclude: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const excluded = new Set(exclude.map((e) => resolve(e)));
  const walk = async (p: string, top: boolean): Promise<void> => {
    const link = top ? null : await lstat(p);
    const st = await stat(p).catch(() => null);
    if (!st) {
      if (top) throw new InputNotFoundError(p);
      return; // dangling link
    }
    if (st.isFile()) {
      out.push(p);
      return;
    }
    if (!st.isDirectory() || link?.isSymbolicLink() || excluded.has(resolve(p))) return;
    const entries = (await readdir(p)).sort();
    for (const e of entries) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      await walk(join(p, e), false);
    }
  };
  for (const p of paths) await walk(p, true);
  return [...new Set(out)].sort();
}
