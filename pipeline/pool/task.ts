/**
 * The work a pipeline thread does for one input: read, run the pipeline, write
 * the result atomically. It answers with a small summary, never the result
 * itself, so the main thread holds nothing per document but its manifest entry.
 * The thread's loop over the run's inputs (./thread-loop.ts) is exported from
 * here too, so that the worker bundle made from this module carries both.
 */
import { readFile, rm } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ExtractError } from '../../extractors/types.js';
import type { DocumentResult } from '../../output/schema.js';
import { stableJson, writeFileAtomicSync } from '../../output/write.js';
import { PipelineError, processBytes } from '../index.js';
import type { OcrSignal } from './deadline.js';

export { serve } from './thread-loop.js';

/** What a thread runs for one input. */
export interface WorkerTask {
  /** Input path as given (written into provenance). */
  file: string;
  /** Absolute path of the result file to write. */
  output: string;
  /** The file's bytes when the thread already read them to hash them; else it reads `file`. */
  bytes?: Uint8Array;
  /** SHA-256 of `bytes`, computed to key the result; only ever given with them. */
  sha256?: string;
  ocr: boolean;
  cacheDir?: string;
  /** Names the task in the OCR signals posted to the main thread as pages are read (`TaskMessage`). */
  id?: number;
}

/** What a thread posts to the main thread while a task runs OCR. */
export type TaskMessage = OcrSignal & { task: number };

/** A typed failure, as plain data (class identity does not survive the thread boundary). */
export interface TaskError {
  code: string;
  message: string;
  stage: string;
}

/** What a worker answers. */
export type WorkerReply =
  | {
      ok: true;
      status: DocumentResult['status'];
      sha256: string;
      counts: { indicators: number; tasks: number; references: number };
      /** The result depends on this run, not the file (OCR could not load or failed): redo it next run. */
      retry: boolean;
    }
  | { ok: false; error: TaskError };

/** Messages that say OCR did not run for a reason of the machine, not of the file. */
const RUN_DEPENDENT = new Set(['ocr-unavailable', 'ocr-failed']);

/** Turns anything thrown into a typed error record; unknown errors are `internal-error`. */
export function toTaskError(error: unknown): TaskError {
  const e = error as Error & { code?: unknown; stage?: unknown };
  if (error instanceof ExtractError || error instanceof PipelineError) return { code: String(e.code), message: e.message, stage: String(e.stage) };
  if (typeof e?.code === 'string' && e.code.startsWith('E')) return { code: 'unreadable-file', message: e.message, stage: 'read' };
  return { code: 'internal-error', message: e?.message ?? String(error), stage: 'unknown' };
}

/** Processes one input. */
export default async function processTask(task: WorkerTask): Promise<WorkerReply> {
  const tell = (s: OcrSignal) => {
    if (task.id === undefined || !parentPort) return;
    parentPort.postMessage({ ...s, task: task.id } satisfies TaskMessage);
  };
  try {
    const bytes = task.bytes ?? new Uint8Array(await readFile(task.file)); // pdfjs rejects Node Buffers
    const result = await processBytes(bytes, task.file, {
      ocr: task.ocr,
      ...(task.bytes && task.sha256 ? { sha256: task.sha256 } : {}),
      ...(task.cacheDir ? { cacheDir: task.cacheDir } : {}),
      onProgress: (p) => {
        if (p.stage === 'ocr') tell({ type: 'ocr', done: p.done, total: p.total });
      },
    });
    writeFileAtomicSync(task.output, stableJson(result));
    return {
      ok: true,
      status: result.status,
      sha256: result.source.sha256,
      counts: { indicators: result.indicators.length, tasks: result.tasks.length, references: result.references.length },
      retry: result.messages.some((m) => m.code !== null && RUN_DEPENDENT.has(m.code)),
    };
  } catch (error) {
    // A result from an earlier run of this input no longer describes it.
    await rm(task.output, { force: true });
    return { ok: false, error: toTaskError(error) };
  }
}
