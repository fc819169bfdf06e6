/**
 * The work a pipeline thread does for one input: read, run the pipeline, write
 * the result atomically. It answers with a small summary, never the result
 * itself, so the main thread holds nothing per document but its manifest entry.
 * The thread's loop over the run's inputs (./thread-loop.ts) is exported from
 * here too, so that the worker bundle made from this module carries both.
 *
 * The same work comes in three steps as well ({@link stages}): extract, finish
 * (the rest of the pipeline and the JSON) and write, so that one thread can
 * extract an input and another finish it (see ./thread-loop.ts for why).
 */
import { readFile, rm } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ExtractError, type Extraction } from '../../extractors/types.js';
import type { DocumentResult } from '../../output/schema.js';
import { stableJson, writeFileAtomicSync } from '../../output/write.js';
import { DocFile, extractStage, PipelineError, processExtraction } from '../index.js';
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

/** An extracted input, as one thread hands it to another to finish. */
export interface HandOff {
  /** The input's task, without its bytes (the extraction replaces them). */
  task: Omit<WorkerTask, 'bytes'>;
  sha256: string;
  extraction: Extraction;
}

/** A finished input: its result's JSON and the reply to give once it is written, or the reply of its failure. */
export type Finished = { ok: true; json: string; reply: WorkerReply } | { ok: false; reply: WorkerReply };

/** A typed failure of `task`: its result file from an earlier run no longer describes it. */
async function failed(task: Pick<WorkerTask, 'output'>, error: unknown): Promise<WorkerReply> {
  await rm(task.output, { force: true });
  return { ok: false, error: toTaskError(error) };
}

/** Reads and extracts one input: what the rest of the pipeline needs, or the reply of its failure. */
export async function extractTask(task: WorkerTask): Promise<{ ok: true; handOff: HandOff } | { ok: false; reply: WorkerReply }> {
  const tell = (s: OcrSignal) => {
    if (task.id === undefined || !parentPort) return;
    parentPort.postMessage({ ...s, task: task.id } satisfies TaskMessage);
  };
  try {
    const bytes = task.bytes ?? new Uint8Array(await readFile(task.file)); // pdfjs rejects Node Buffers
    const { doc, extraction } = await extractStage(bytes, task.file, {
      ocr: task.ocr,
      ...(task.bytes && task.sha256 ? { sha256: task.sha256 } : {}),
      ...(task.cacheDir ? { cacheDir: task.cacheDir } : {}),
      onProgress: (p) => {
        if (p.stage === 'ocr') tell({ type: 'ocr', done: p.done, total: p.total });
      },
    });
    const { bytes: _bytes, ...rest } = task;
    return { ok: true, handOff: { task: rest, sha256: doc.data.sha256!, extraction } };
  } catch (error) {
    return { ok: false, reply: await failed(task, error) };
  }
}

/** The rest of the pipeline on an extracted input, and its result as JSON (not yet written). */
export async function finishTask(handOff: HandOff): Promise<Finished> {
  try {
    const doc = new DocFile(handOff.task.file, EMPTY);
    doc.data.sha256 = handOff.sha256;
    const result = await processExtraction(doc, handOff.extraction);
    return { ok: true, json: stableJson(result), reply: summary(result) };
  } catch (error) {
    return { ok: false, reply: await failed(handOff.task, error) };
  }
}

/** Writes a finished input's result file atomically: the reply to post. */
export async function writeFinished(task: Pick<WorkerTask, 'output'>, finished: Finished): Promise<WorkerReply> {
  if (!finished.ok) return finished.reply;
  try {
    writeFileAtomicSync(task.output, finished.json);
    return finished.reply;
  } catch (error) {
    return failed(task, error);
  }
}

const EMPTY = new Uint8Array(0);

function summary(result: DocumentResult): WorkerReply {
  return {
    ok: true,
    status: result.status,
    sha256: result.source.sha256,
    counts: { indicators: result.indicators.length, tasks: result.tasks.length, references: result.references.length },
    retry: result.messages.some((m) => m.code !== null && RUN_DEPENDENT.has(m.code)),
  };
}

/** Processes one input: the three steps in a row. */
export default async function processTask(task: WorkerTask): Promise<WorkerReply> {
  const extracted = await extractTask(task);
  if (!extracted.ok) return extracted.reply;
  return writeFinished(task, await finishTask(extracted.handOff));
}

/** The steps of {@link processTask}, for a thread that hands extractions to another (./thread-loop.ts). */
export const stages = { extract: extractTask, finish: finishTask, write: writeFinished };
export type TaskStages = typeof stages;
