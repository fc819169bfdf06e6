/** Finds the input files under the paths given to ingest, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareCodeUnits } from './text/code-units.js';

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
 *
 * A folder's entries come with their types (`withFileTypes`), so a plain file
 * costs no system call of its own: a stat and an lstat per file, awaited one
 * after another, took 175 ms for 500 files while the pool's threads were starting.
 */
export async function discover(paths: string[], exclude: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const excluded = new Set(exclude.map((e) => resolve(e)));
  const walkFolder = async (folder: string): Promise<void> => {
    if (excluded.has(resolve(folder))) return;
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => compareCodeUnits(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(folder, e.name);
      if (e.isFile()) out.push(p);
      else if (e.isDirectory()) await walkFolder(p);
      else if (e.isSymbolicLink() && (await stat(p).catch(() => null))?.isFile()) out.push(p); // a dangling link or one to a folder is passed over
    }
  };
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (!st) throw new InputNotFoundError(p);
    if (st.isFile()) out.push(p);
    else if (st.isDirectory()) await walkFolder(p);
  }
  return [...new Set(out)].sort();
}
