/**
 * Batch ingest: every input becomes one validated JSON file or one typed error
 * in the run manifest; a bad file never stops the batch.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import { ExtractError, detectFormat } from '../extractors/index.js';
import { RunManifest, type ManifestEntry } from '../output/schema.js';
import { stableJson, writeFileAtomic } from '../output/write.js';
import { discover } from './discover.js';
import { PipelineError, processBytes, type ProcessOptions } from './index.js';
import { PIPELINE_VERSION } from './version.js';

/** Options of `ingest`. */
export interface IngestOptions extends ProcessOptions {
  /** Output folder (created). */
  out: string;
  /** Documents processed at once (default 2). */
  concurrency?: number;
  /** Largest input accepted, in bytes (default 100 MB). */
  maxBytes?: number;
  /** Called after each document. */
  onDocument?: (entry: ManifestEntry, done: number, total: number) => void;
}

/** What ingest returns: the manifest it wrote and its path. */
export interface IngestResult {
  manifest: RunManifest;
  manifestPath: string;
}

/** Output file name of an input: its base name, plus a short path hash when two inputs share a base name. */
function outputNames(files: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(basename(f), (counts.get(basename(f)) ?? 0) + 1);
  return new Map(
    files.map((f) => {
      const b = basename(f);
      const unique = counts.get(b) === 1 ? b : `${b}.${createHash('sha256').update(f).digest('hex').slice(0, 8)}`;
      return [f, `${unique}.json`];
    }),
  );
}

/** Ingests files and folders into `options.out`. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestResult> {
  const files = await discover(inputs);
  const names = outputNames(files);
  const entries: ManifestEntry[] = new Array(files.length);
  const queue = new PQueue({ concurrency: options.concurrency ?? 2 });
  let done = 0;
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  files.forEach((file, index) =>
    queue.add(async () => {
      let entry: ManifestEntry;
      try {
        const bytes = new Uint8Array(await readFile(file)); // pdfjs rejects Node Buffers
        const detected = detectFormat(bytes, file);
        if ('skip' in detected) {
          entry = { input: file, status: 'skipped', output: null, sha256: null, error: { code: 'skipped', message: detected.skip, stage: 'ingest' }, counts: null };
        } else if (bytes.length > maxBytes) {
          throw new ExtractError('file-too-large', file, `the file has ${bytes.length} bytes, more than the limit of ${maxBytes}`);
        } else {
          const result = await processBytes(bytes, file, options);
          const output = join(options.out, names.get(file)!);
          await writeFileAtomic(output, stableJson(result));
          entry = {
            input: file,
            status: result.status,
            output: names.get(file)!,
            sha256: result.source.sha256,
            error: null,
            counts: { indicators: result.indicators.length, tasks: result.tasks.length, references: result.references.length },
          };
        }
      } catch (error) {
        const e = error as Error & { code?: string; stage?: string };
        const typed = error instanceof ExtractError || error instanceof PipelineError;
        entry = {
          input: file,
          status: 'failed',
          output: null,
          sha256: null,
          error: { code: typed ? String(e.code) : 'internal-error', message: e.message, stage: typed ? String(e.stage) : 'unknown' },
          counts: null,
        };
      }
      entries[index] = entry;
      done++;
      options.onDocument?.(entry, done, files.length);
    }),
  );
  await queue.onIdle();
  const count = (s: ManifestEntry['status']) => entries.filter((e) => e.status === s).length;
  const manifest: RunManifest = {
    schemaVersion: 1,
    pipelineVersion: PIPELINE_VERSION,
    entries,
    summary: { total: entries.length, ok: count('ok'), failed: count('failed'), skipped: count('skipped'), other: entries.length - count('ok') - count('failed') - count('skipped') },
  };
  const manifestPath = join(options.out, 'manifest.json');
  await writeFileAtomic(manifestPath, stableJson(RunManifest.parse(manifest)));
  return { manifest, manifestPath };
}
