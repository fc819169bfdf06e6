/** Reads the run folder `chitieu compare` compares; bad input is a typed error naming the file and the reason. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentResult } from '../output/schema.js';
import { loadRun } from '../review/load.js';

/** Why a run folder cannot be compared. */
export class CompareInputError extends Error {
  constructor(
    readonly code: 'missing-folder' | 'invalid-result' | 'no-results',
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'CompareInputError';
  }
}

/** The first result file of `dir` that is not valid JSON or does not match the schema, with the reason. */
async function diagnose(dir: string): Promise<{ file: string; reason: string } | null> {
  for (const f of (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== 'manifest.json').sort()) {
    const file = join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      return { file, reason: `not JSON (${(error as Error).message})` };
    }
    const parsed = DocumentResult.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { file, reason: `not a document result: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
    }
  }
  return null;
}

/** The document results of a run folder, or a `CompareInputError`. */
export async function loadRunForCompare(dir: string): Promise<DocumentResult[]> {
  const s = await stat(dir).catch(() => null);
  if (!s?.isDirectory()) throw new CompareInputError('missing-folder', dir, 'no such folder');
  let results: DocumentResult[];
  try {
    results = await loadRun(dir);
  } catch (error) {
    const bad = await diagnose(dir);
    throw new CompareInputError('invalid-result', bad?.file ?? dir, bad?.reason ?? (error as Error).message);
  }
  if (results.length === 0) throw new CompareInputError('no-results', dir, 'no document results (*.json) in the folder: not a run folder');
  return results;
}
