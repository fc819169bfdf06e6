/** Finds the input files under the paths given to ingest, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files under `paths` (files as given, folders recursively), sorted; hidden entries and node_modules skipped. */
export async function discover(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const st = await stat(p);
    if (st.isFile()) {
      out.push(p);
      return;
    }
    if (!st.isDirectory()) return;
    const entries = (await readdir(p)).sort();
    for (const e of entries) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      await walk(join(p, e));
    }
  };
  for (const p of paths) await walk(p);
  return [...new Set(out)].sort();
}
