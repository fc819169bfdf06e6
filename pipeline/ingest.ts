/**
 * Batch ingest: every input becomes one validated JSON file or one typed error
 * in the run manifest; a bad file never stops the batch.
 *
 * The main thread discovers and probes inputs (size, format, content hash) and
 * keeps only small manifest entries; the pipeline runs in a worker-thread pool
 * (./pool) that writes each result atomically; a file with the same bytes as
 * one already running waits for it, so a scan copied N times is OCRed once and
 * read N-1 times from the OCR cache. Each finished document is
 * appended to a journal, so a run killed at any point is finished by the next
 * one without redoing work, and the manifest is written last from the entries
 * in input order (the same bytes whatever the concurrency).
 */
import { access, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { ManifestEntry, RunManifest } from '../output/schema.js';
import { removeStaleTemps, stableJson, writeFileAtomic } from '../output/write.js';
import { discover } from './discover.js';
import { appendJournal, compactJournal, JOURNAL_NAME, readJournal, type JournalLine } from './ingest/journal.js';
import { lockFolder } from './ingest/lock.js';
import { outputNames } from './ingest/names.js';
import { probe } from './ingest/probe.js';
import { defaultThreads, PipelinePool, type TaskError } from './pool/index.js';
import { PIPELINE_VERSION } from './version.js';

export { FolderLockedError } from './ingest/lock.js';

/** Options of `ingest`. */
export interface IngestOptions {
  /** Output folder (created). */
  out: string;
  /** Worker threads (default: one per core). */
  concurrency?: number;
  /** Run OCR on scanned pages (default true). */
  ocr?: boolean;
  /** OCR cache folder (default `.cache/ocr`). */
  cacheDir?: string;
  /** Largest input accepted, in bytes (default 100 MB). */
  maxBytes?: number;
  /**
   * Seconds one document's own work may take before its worker is stopped
   * (default 120), counted from when a thread starts it; time in OCR is not counted.
   */
  timeoutSeconds?: number;
  /** Seconds each OCR page may take, from the end of the previous page (default 120). */
  ocrPageTimeoutSeconds?: number;
  /** Redo inputs whose results are already in `out` (default false: reuse them). */
  force?: boolean;
  /** Called as the run goes (progress bars, JSON events). */
  onEvent?: (event: IngestEvent) => void;
  /** Called after each document (kept for library callers; `onEvent` carries the same). */
  onDocument?: (entry: ManifestEntry, done: number, total: number) => void;
}

/** Counts of work done by this run (not in the manifest, which is the same however the run went). */
export interface IngestStats {
  /** Inputs run through the pipeline by this run. */
  processed: number;
  /** Inputs whose finished result from an earlier run was reused. */
  reused: number;
  /** Inputs decided without the pipeline (skipped, empty, too large, unreadable). */
  checked: number;
  /** Pipeline threads this run started: 0 when it had nothing to process (a re-run that reuses every result). */
  threads: number;
}

/** What `ingest` reports while it runs. */
export type IngestEvent =
  | { event: 'start'; total: number; threads: number }
  | { event: 'document'; done: number; total: number; reused: boolean; entry: ManifestEntry }
  /** OCR of `file` has read `page` of `pages` pages (0 when it starts; cached pages count too). */
  | { event: 'ocr'; file: string; page: number; pages: number }
  | { event: 'end'; manifest: string; summary: RunManifest['summary']; stats: IngestStats };

/** What ingest returns: the manifest it wrote and its path. */
export interface IngestResult {
  manifest: RunManifest;
  manifestPath: string;
  stats: IngestStats;
}

/** A journaled result is valid for the same bytes, pipeline version, OCR setting and output name. */
const keyOf = (sha256: string, ocr: boolean, output: string) => `${sha256}/${PIPELINE_VERSION}/${ocr ? 'ocr' : 'no-ocr'}/${output}`;

/**
 * Probed documents go to the threads before more inputs are probed. Without
 * it every input of the batch was probed (read and hashed) before the first
 * document reached a thread, and the threads idled through that.
 */
const PIPELINE_FIRST = { priority: 1 };

/** Failures that depend on the run, not the file: retried by the next run instead of journaled. */
const TRANSIENT = new Set(['timeout', 'worker-crashed', 'unreadable-file']);

const failedEntry = (input: string, error: TaskError, sha256: string | null): ManifestEntry => ({
  input,
  status: 'failed',
  output: null,
  sha256,
  error: { code: error.code, message: error.message, file: input, stage: error.stage },
  counts: null,
});

const noop = () => undefined;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Whether this run will certainly use the pool: nothing can be reused when the output folder has no journal (a first
 * run) or the caller forces a redo. Then the threads start loading the pipeline at once, while the main thread walks
 * and probes the inputs, instead of after the first probe.
 */
async function poolCertain(options: IngestOptions): Promise<boolean> {
  return options.force === true || !(await exists(join(options.out, JOURNAL_NAME)));
}

/** Ingests files and folders into `options.out`. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestResult> {
  const threads = options.concurrency ?? defaultThreads();
  const early = (await poolCertain(options)) ? new PipelinePool(threads) : undefined;
  try {
    const files = await discover(inputs, [options.out]);
    const out = options.out;
    await mkdir(out, { recursive: true });
    const release = await lockFolder(out);
    try {
      await removeStaleTemps(out);
      return await ingestLocked(files, options, threads, early);
    } finally {
      await release();
    }
  } finally {
    // ingestLocked closes the pool it used; this closes one started for a run that ended before it (no input, a locked folder).
    await early?.close();
  }
}

async function ingestLocked(files: string[], options: IngestOptions, threads: number, early: PipelinePool | undefined): Promise<IngestResult> {
  const { out } = options;
  const ocr = options.ocr ?? true;
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  const timeoutMs = (options.timeoutSeconds ?? 120) * 1000;
  const names = outputNames(files);
  const journal = await readJournal(out);
  const kept = new Map<string, JournalLine>();
  const entries: ManifestEntry[] = new Array(files.length);
  const stats: IngestStats = { processed: 0, reused: 0, checked: 0, threads: 0 };
  let done = 0;
  options.onEvent?.({ event: 'start', total: files.length, threads });

  const finish = (index: number, entry: ManifestEntry, reused: boolean) => {
    entries[index] = entry;
    done++;
    options.onEvent?.({ event: 'document', done, total: files.length, reused, entry });
    options.onDocument?.(entry, done, files.length);
  };

  // Started early (see poolCertain) or on first need: a re-run with nothing to redo starts no thread.
  let pool: PipelinePool | undefined = early;
  // zod, for the manifest, loads once the threads are at work (the main thread idles meanwhile): not at
  // start-up, where it would delay the threads' own loading, nor after the last document.
  let manifestSchema: Promise<typeof import('../output/schema.js')> | undefined;
  // Twice the threads: while a thread works, its next document is already probed and waiting
  // in the pool's queue, so no thread idles through the main thread's reply, journal and probe.
  // (Timeouts start when a thread picks a document up, not while it waits.)
  const queue = new PQueue({ concurrency: threads * 2 });
  /**
   * The first run of each content hash. Identical bytes under other names wait
   * for it outside the queue (their thread stays busy with other files) and then
   * find its OCR pages cached, instead of every thread OCRing the same scan at once.
   */
  const firstOfContent = new Map<string, Promise<void>>();
  const limits = { timeoutMs, ocrPageTimeoutMs: (options.ocrPageTimeoutSeconds ?? 120) * 1000 };

  /** Decides an input without the pipeline when it can; else says what to run. */
  const prepare = async (file: string, index: number) => {
    const name = names.get(file)!;
    const output = join(out, name);
    const probed = await probe(file, maxBytes);
    if (probed.kind !== 'process') {
      stats.checked++;
      await rm(output, { force: true });
      const entry =
        probed.kind === 'skip'
          ? { input: file, status: 'skipped' as const, output: null, sha256: null, error: { code: 'skipped', message: probed.reason, file, stage: 'ingest' }, counts: null }
          : failedEntry(file, probed.error, probed.sha256);
      finish(index, entry, false);
      return undefined;
    }
    const key = keyOf(probed.sha256, ocr, name);
    const previous = journal.get(file);
    if (!options.force && previous?.key === key && (previous.entry.output === null || (await exists(join(out, previous.entry.output))))) {
      stats.reused++;
      kept.set(file, previous);
      finish(index, previous.entry, true);
      return undefined;
    }
    return { file, index, name, output, key, sha256: probed.sha256, bytes: probed.bytes };
  };

  const runPipeline = async ({ file, index, name, output, key, sha256, bytes }: NonNullable<Awaited<ReturnType<typeof prepare>>>) => {
    stats.processed++;
    pool ??= new PipelinePool(threads);
    const onOcr = (page: number, pages: number) => options.onEvent?.({ event: 'ocr', file, page, pages });
    const reply = await pool.run({ file, output, ocr, ...(bytes ? { bytes, sha256 } : {}), ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) }, limits, onOcr);
    manifestSchema ??= import('../output/schema.js');
    const entry: ManifestEntry = reply.ok
      ? { input: file, status: reply.status, output: name, sha256: reply.sha256, error: null, counts: reply.counts }
      : failedEntry(file, reply.error, sha256);
    // Run-dependent outcomes are not journaled, so the next run tries again: a failed one
    // leaves no result; a result made without OCR that could not run is kept meanwhile.
    const journaled = reply.ok ? !reply.retry : !TRANSIENT.has(reply.error.code);
    if (!reply.ok && !journaled) await rm(output, { force: true });
    if (journaled) {
      const line = { key, entry };
      kept.set(file, line);
      appendJournal(out, line);
    }
    finish(index, entry, false);
  };

  try {
    const jobs = files.map(async (file, index) => {
      const work = await queue.add(() => prepare(file, index));
      if (!work) return;
      const first = firstOfContent.get(work.sha256);
      if (first) {
        // Copies may wait long (an OCRed scan) and be many: they read their file again when their turn comes.
        delete work.bytes;
        await first;
        return queue.add(() => runPipeline(work), PIPELINE_FIRST);
      }
      const mine = queue.add(() => runPipeline(work), PIPELINE_FIRST);
      // Only settling matters to the copies; a failure is reported by the job itself.
      firstOfContent.set(work.sha256, mine.then(noop, noop));
      return mine;
    });
    // Only the output folder failing (disk full, permissions) rejects; that ends the run.
    await Promise.all(jobs);
  } finally {
    stats.threads = pool?.threads ?? 0;
    await pool?.close();
  }

  const count = (s: ManifestEntry['status']) => entries.filter((e) => e.status === s).length;
  const manifest: RunManifest = {
    schemaVersion: 1,
    pipelineVersion: PIPELINE_VERSION,
    entries,
    summary: { total: entries.length, ok: count('ok'), failed: count('failed'), skipped: count('skipped'), other: entries.length - count('ok') - count('failed') - count('skipped') },
  };
  const manifestPath = join(out, 'manifest.json');
  const { RunManifest } = await (manifestSchema ?? import('../output/schema.js'));
  await writeFileAtomic(manifestPath, stableJson(RunManifest.parse(manifest)));
  // Lines of inputs not in this run stay: a later run over them reuses them too.
  const inRun = new Set(files);
  await compactJournal(out, [...files.flatMap((f) => (kept.has(f) ? [kept.get(f)!] : [])), ...[...journal.values()].filter((l) => !inRun.has(l.entry.input))]);
  options.onEvent?.({ event: 'end', manifest: manifestPath, summary: manifest.summary, stats });
  return { manifest, manifestPath, stats };
}
