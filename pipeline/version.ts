/**
 * Version of the extraction logic, part of the cache key of every result. A
 * hand-bumped number alone went stale: a rule changed, `ingest` re-used the old
 * results as "unchanged". So the version is the release number plus a
 * fingerprint of the code and data that decide the output (extractors, pipeline
 * stages, rules, output schema), read once at start-up from the files next to this one
 * (the sources under tsx, the compiled files under dist/).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, readBuildStamp } from './build-stamp.js';

const RELEASE = '0.2.0';
/** Folders whose code and data decide a document's result; `deep: false` reads only the folder's own files. */
const DECIDING: ReadonlyArray<{ dir: string; deep: boolean }> = [
  { dir: 'extractors', deep: true },
  { dir: 'pipeline', deep: true },
  { dir: 'rules', deep: true },
  // output/ also holds run folders and reports (npm start writes output/run): only its own modules count.
  { dir: 'output', deep: false },
];
// How a batch is scheduled and resumed does not change any result: editing it must not redo finished work.
const NOT_DECIDING = new Set(['pipeline/ingest', 'pipeline/pool', 'pipeline/ingest.ts', 'pipeline/ingest.js', 'pipeline/discover.ts', 'pipeline/discover.js', 'pipeline/build-stamp.ts', 'pipeline/build-stamp.js']);
const CODE_FILE = /\.(?:ts|js|mjs|json)$/;

/** sha256 over the (sorted) relative paths and contents of the files that decide the output; 12 hex digits. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = DECIDING.flatMap(({ dir, deep }) => filesUnder(root, dir, deep, CODE_FILE, NOT_DECIDING)).sort();
  for (const f of files) {
    hash.update(f).update('\0').update(readFileSync(join(root, f))).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

const here = fileURLToPath(import.meta.url);
const moduleRoot = join(dirname(here), '..');

/**
 * Compiled (dist/pipeline/version.js) the fingerprint is the one the build took of
 * the sources it compiled (dist/build-stamp.json): hashing the compiled files instead
 * would give the same code another version, and results written by the CLI from dist/
 * would not be reused by a run from the sources, nor be byte-identical to them.
 */
function fingerprint(): string {
  if (here.endsWith('.js')) {
    const stamp = readBuildStamp(moduleRoot);
    if (stamp) return stamp.deciding;
  }
  return codeFingerprint(moduleRoot);
}

export const PIPELINE_VERSION = `${RELEASE}+${fingerprint()}`;
