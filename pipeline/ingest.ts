/**
 * Batch ingest: every input becomes one validated JSON file or one typed error
 * in the run manifest; a bad file never stops the batch.
 *
 * The pipeline threads (./pool) take the inputs themselves: each probes its next
 * input (size, format, content hash), reuses a journaled result whose key still
 * matches, or runs the pipeline and writes the result atomically, then posts one
 * small message. The main thread only turns those into manifest entries, journal
 * lines and events. A file with the same bytes as one already running waits for
 * it, so a scan copied N times is OCRed once and read N-1 times from the OCR
 * cache. Each finished document is appended to a journal, so a run killed at any
 * point is finished by the next one without redoing work, and the manifest is
 * written last from the entries in input order (the same bytes whatever the
 * concurrency).
 */
import { access, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestEntry, RunManifest } from '../output/schema.js';
import { removeStaleTemps, stableJson, writeFileAtomic } from '../output/write.js';
import { discover } from './discover.js';
import { appendJournal, compactJournal, JOURNAL_NAME, readJournal, type JournalLine } from './ingest/journal.js';
import { contentOfKey, journalKey } from './ingest/key.js';
import { lockFolder } from './ingest/lock.js';
import { validRunManifest } from './ingest/manifest.js';
import { outputNames } from './ingest/names.js';
import { decide, type Reusable } from './ingest/probe.js';
import { defaultThreads, PipelineThreads, type Outcome, type TaskError, type TaskLimits } from './pool/index.js';
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

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Whether this run will certainly use the threads: nothing can be reused when the output folder has no journal (a first
 * run) or the caller forces a redo. Then the threads start loading the pipeline at once, while the main thread walks
 * the inputs.
 */
async function threadsCertain(options: IngestOptions): Promise<boolean> {
  return options.force === true || !(await exists(join(options.out, JOURNAL_NAME)));
}

const limitsOf = (options: IngestOptions): TaskLimits => ({
  timeoutMs: (options.timeoutSeconds ?? 120) * 1000,
  ocrPageTimeoutMs: (options.ocrPageTimeoutSeconds ?? 120) * 1000,
});

/** Ingests files and folders into `options.out`. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestResult> {
  const threads = options.concurrency ?? defaultThreads();
  const early = (await threadsCertain(options)) ? new PipelineThreads(threads, limitsOf(options)) : undefined;
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
    // Closes the threads whether they ran the batch or the run ended before it (no input, a locked folder).
    await early?.close();
  }
}

async function ingestLocked(files: string[], options: IngestOptions, threads: number, early: PipelineThreads | undefined): Promise<IngestResult> {
  const { out } = options;
  const ocr = options.ocr ?? true;
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
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

  /** The journaled outcome this run may reuse for `file` if its content is still the one it was made from. */
  const reusable = (file: string): Reusable | null => {
    const line = options.force ? undefined : journal.get(file);
    const sha256 = line && contentOfKey(line.key, ocr, names.get(file)!);
    return line && sha256 ? { sha256, hasOutput: line.entry.output !== null } : null;
  };

  /** Turns input `index`'s outcome into its manifest entry (and journal line). */
  const settle = async (index: number, outcome: Outcome) => {
    const file = files[index]!;
    const name = names.get(file)!;
    const output = join(out, name);
    switch (outcome.kind) {
      case 'skip':
      case 'fail':
        stats.checked++;
        await rm(output, { force: true });
        return finish(
          index,
          outcome.kind === 'skip'
            ? { input: file, status: 'skipped', output: null, sha256: null, error: { code: 'skipped', message: outcome.reason, file, stage: 'ingest' }, counts: null }
            : failedEntry(file, outcome.error, outcome.sha256),
          false,
        );
      case 'reuse': {
        const previous = journal.get(file)!;
        stats.reused++;
        kept.set(file, previous);
        return finish(index, previous.entry, true);
      }
      case 'copy':
        throw new Error(`${file}: a copy reached the manifest unrun`);
      case 'ran': {
        stats.processed++;
        const { reply } = outcome;
        const entry: ManifestEntry = reply.ok
          ? { input: file, status: reply.status, output: name, sha256: reply.sha256, error: null, counts: reply.counts }
          : failedEntry(file, reply.error, outcome.sha256);
        // Run-dependent outcomes are not journaled, so the next run tries again: a failed one
        // leaves no result; a result made without OCR that could not run is kept meanwhile.
        const journaled = reply.ok ? !reply.retry : !TRANSIENT.has(reply.error.code);
        if (!reply.ok && !journaled) await rm(output, { force: true });
        if (journaled && outcome.sha256) {
          const line = { key: journalKey(outcome.sha256, ocr, name), entry };
          kept.set(file, line);
          appendJournal(out, line);
        }
        return finish(index, entry, false);
      }
    }
  };

  // A re-run decides what it can on the main thread, in input order, until an input needs the pipeline: a run
  // that reuses every result starts no thread. From that input on, the threads decide, reusing results too.
  let first = 0;
  if (!early) {
    for (; first < files.length; first++) {
      const file = files[first]!;
      const decided = await decide(file, join(out, names.get(file)!), maxBytes, reusable(file));
      if (decided.kind === 'run') break;
      await settle(first, decided);
    }
  }

  const rest = files.slice(first);
  let pool = early;
  try {
    if (rest.length > 0) {
      pool ??= new PipelineThreads(threads, limitsOf(options));
      stats.threads = pool.threads;
      // Only the output folder failing (disk full, permissions) rejects; that ends the run.
      let failure: unknown;
      const settling: Array<Promise<void>> = [];
      await pool.process(
        {
          files: rest,
          outputs: rest.map((file) => join(out, names.get(file)!)),
          previous: early ? null : rest.map(reusable),
          ocr,
          ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
          maxBytes,
        },
        {
          outcome: (index, outcome) => void settling.push(settle(first + index, outcome).catch((error: unknown) => void (failure ??= error))),
          ocr: (index, page, pages) => options.onEvent?.({ event: 'ocr', file: rest[index]!, page, pages }),
        },
      );
      await Promise.all(settling);
      if (failure !== undefined) throw failure;
    }
  } finally {
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
  await writeFileAtomic(manifestPath, stableJson(await validRunManifest(manifest)));
  // Lines of inputs not in this run stay: a later run over them reuses them too.
  const inRun = new Set(files);
  await compactJournal(out, [...files.flatMap((f) => (kept.has(f) ? [kept.get(f)!] : [])), ...[...journal.values()].filter((l) => !inRun.has(l.entry.input))]);
  options.onEvent?.({ event: 'end', manifest: manifestPath, summary: manifest.summary, stats });
  return { manifest, manifestPath, stats };
}
