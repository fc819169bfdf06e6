/**
 * The check of a run's manifest before ingest writes it. The manifest describes the
 * run, not any document, so this lives with ingest (whose code does not decide a
 * result, see ../version.ts) rather than in output/.
 */
import isRunManifest from './run-manifest-validator.js';
import type { RunManifest } from '../../output/schema.js';

/**
 * `manifest` as `RunManifest.parse` returns it: the manifest itself when the check compiled
 * from its schema accepts it, else zod's copy, or zod's error thrown. So ingest's main thread
 * loads zod only for a manifest the check declines: it used to load it while both cores ran
 * the pipeline threads (500 text documents: 2.17 against 2.19 s and 4.14 against 4.19 s of CPU,
 * 6 alternated rounds). The compiled check accepts nothing zod rejects (scripts/document-validator.ts).
 */
export async function validRunManifest(manifest: unknown): Promise<RunManifest> {
  if ((isRunManifest as (data: unknown) => boolean)(manifest)) return manifest as RunManifest;
  const { RunManifest } = await import('../../output/schema.js');
  return RunManifest.parse(manifest);
}
