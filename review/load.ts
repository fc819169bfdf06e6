/** Reads run folders and gold folders. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentResult } from '../output/schema.js';
import { GoldDocument } from './gold-format.js';

/** All document results of a run folder (every *.json but the manifest), sorted by file name. */
export async function loadRun(dir: string): Promise<DocumentResult[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json') && f !== 'manifest.json').sort();
  const out: DocumentResult[] = [];
  for (const f of names) out.push(DocumentResult.parse(JSON.parse(await readFile(join(dir, f), 'utf8'))));
  return out;
}

/** All answer keys of a gold folder (files shaped like GUIDELINE.md; taxonomy.json and others skipped). */
export async function loadGold(dir: string): Promise<GoldDocument[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: GoldDocument[] = [];
  for (const f of names) {
    const parsed = GoldDocument.safeParse(JSON.parse(await readFile(join(dir, f), 'utf8')));
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
