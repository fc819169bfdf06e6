/** Reads the run folder `chitieu compare` compares; bad input is a typed error naming the file and the reason. */
import type { DocumentResult } from '../output/schema.js';
import { loadRun, RunInputError } from '../review/load.js';

/** Why a run folder cannot be compared (the run reader's error: code, file, reason). */
export { RunInputError as CompareInputError };

/** The document results of a run folder, or a `CompareInputError`. */
export async function loadRunForCompare(dir: string): Promise<DocumentResult[]> {
  const results = await loadRun(dir);
  if (results.length === 0) throw new RunInputError('no-results', dir, 'no document results (*.json) in the folder: not a run folder');
  return results;
}
