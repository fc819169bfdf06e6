/**
 * `chitieu diff`: what changed between two runs, or between a run and answer
 * keys. Reading folders happens here; the diff itself is pure (review/diff/).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RunManifest } from '../output/schema.js';
import { diffInputs, type DiffInput } from './diff/documents.js';
import { goldSide, resultSide } from './diff/views.js';
import type { RunDiff } from './diff/types.js';
import { loadGold, loadRun, mustBeFolder, RunInputError } from './load.js';

/** A folder that cannot be diffed: review/load.ts's typed error (code, file, reason). */
export { RunInputError as DiffInputError };

export { diffInputs, diffDocument, type DiffInput } from './diff/documents.js';
export { resultSide, goldSide, type Side } from './diff/views.js';
export type * from './diff/types.js';

/** Reads a run folder: its results and its manifest (null when the folder has none). */
export async function loadRunInput(dir: string): Promise<DiffInput> {
  await mustBeFolder(dir);
  const text = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => null);
  let manifest: RunManifest | null = null;
  if (text !== null) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new RunInputError('not-a-run', join(dir, 'manifest.json'), `manifest is not JSON (${(error as Error).message})`);
    }
    const parsed = RunManifest.safeParse(json);
    if (!parsed.success) throw new RunInputError('not-a-run', join(dir, 'manifest.json'), `not a run manifest (${parsed.error.issues[0]?.message})`);
    manifest = parsed.data;
  }
  const results = await loadRun(dir);
  if (!manifest && results.length === 0) throw new RunInputError('not-a-run', dir, 'neither a manifest.json nor result files: not a run folder');
  return { name: dir, sides: results.map(resultSide), manifest };
}

/** Reads an answer-key folder (GUIDELINE.md format). */
export async function loadGoldInput(dir: string): Promise<DiffInput> {
  await mustBeFolder(dir);
  const golds = await loadGold(dir);
  return { name: dir, sides: golds.map(goldSide), manifest: null };
}

/** Diffs run `a` (old) against run `b` (new). */
export async function diffRuns(a: string, b: string): Promise<{ diff: RunDiff; a: DiffInput; b: DiffInput }> {
  const [ia, ib] = [await loadRunInput(a), await loadRunInput(b)];
  return { diff: diffInputs('runs', ia, ib), a: ia, b: ib };
}

/**
 * Diffs a run against answer keys: the keys are side A (what should be), the
 * run side B, so "removed" is a record the run missed and "added" one it made up.
 */
export async function diffGold(run: string, goldDir: string): Promise<{ diff: RunDiff; a: DiffInput; b: DiffInput }> {
  const [ia, ib] = [await loadGoldInput(goldDir), await loadRunInput(run)];
  return { diff: diffInputs('gold', ia, ib), a: ia, b: ib };
}
