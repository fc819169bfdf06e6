/** Reads run folders and gold folders; bad input is a typed `RunInputError` naming the file and the reason. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentResult } from '../output/schema.js';
import { GoldDocument } from './gold-format.js';
import { RunInputError } from './run-input-error.js';

export { RunInputError } from './run-input-error.js';

/** Fails with `missing-folder` unless `dir` is a folder. */
export async function mustBeFolder(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => null);
  if (!s?.isDirectory()) throw new RunInputError('missing-folder', dir, 'no such folder');
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new RunInputError('invalid-result', file, `not JSON (${(error as Error).message})`);
  }
}

/** All document results of a run folder (every *.json but the manifest), sorted by file name. */
export async function loadRun(dir: string): Promise<DocumentResult[]> {
  await mustBeFolder(dir);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json') && f !== 'manifest.json').sort();
  const out: DocumentResult[] = [];
  for (const f of names) {
    const file = join(dir, f);
    const parsed = DocumentResult.safeParse(await readJson(file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new RunInputError('invalid-result', file, `not a document result: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    out.push(parsed.data);
  }
  return out;
}

/** All answer keys of a gold folder (files shaped like GUIDELINE.md; taxonomy.json and others skipped). */
export async function loadGold(dir: string): Promise<GoldDocument[]> {
  await mustBeFolder(dir);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: GoldDocument[] = [];
  for (const f of names) {
    const parsed = GoldDocument.safeParse(await readJson(join(dir, f)));
    if (parsed.success) out.push(parsed.data);
  }
  if (out.length === 0) throw new RunInputError('no-answer-keys', dir, 'no answer-key files (GUIDELINE.md format) in the folder');
  return out;
}
