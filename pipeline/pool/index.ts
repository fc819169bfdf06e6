/**
 * The worker-thread pool that runs the CPU-bound pipeline. A task that runs
 * past its deadline (./deadline.ts: its own work, or one OCR page) is aborted: piscina terminates that thread and starts a
 * fresh one, so one pathological file cannot stall or poison the batch.
 */
import { availableParallelism } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { readBuildStamp } from '../build-stamp.js';
import { BUNDLE_STAMP_FILE } from './bundle-names.js';
import { Deadline, expiryMessage, newStartBoard, readStart, type Expiry, type OcrSignal } from './deadline.js';
import type { TaskError, TaskMessage, WorkerReply, WorkerTask } from './task.js';

export type { WorkerReply, WorkerTask, TaskError } from './task.js';

/** How long a task may run; see ./deadline.ts. */
export interface TaskLimits {
  timeoutMs: number;
  ocrPageTimeoutMs: number;
}

/** OCR progress of the running task: `done` of `total` pages read (0 when OCR starts). */
export type OcrProgress = (done: number, total: number) => void;

/**
 * The thread entry. From dist/: the worker bundle's loader (./bundle-entry.ts) when the build made the
 * bundle from this very dist/, else the compiled `task.js`. From the sources: a small .mjs that registers
 * tsx before importing task.ts.
 */
function workerFile(): string {
  const here = import.meta.url;
  if (!here.endsWith('.js')) return fileURLToPath(new URL('./worker-entry.mjs', here));
  return fileURLToPath(new URL(bundleIsCurrent(fileURLToPath(new URL('../..', here))) ? './bundle-entry.js' : './task.js', here));
}

/** Whether dist/pipeline holds a worker bundle made from the build `dist` is stamped with (a failed or skipped bundling step leaves an older one). */
export function bundleIsCurrent(dist: string): boolean {
  try {
    const made = JSON.parse(readFileSync(join(dist, 'pipeline', BUNDLE_STAMP_FILE), 'utf8')) as { sources?: unknown };
    const stamp = readBuildStamp(dist);
    return stamp !== null && made.sources === stamp.sources;
  } catch {
    return false;
  }
}

/** Longest wait for a finished task's last signals (they are already sent; this only bounds a lost message). */
const DRAIN_MS = 1000;

/** Threads used when the caller does not say: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** A fixed-size pool of pipeline threads. */
export class PipelinePool {
  private readonly pool: Piscina<WorkerTask, WorkerReply>;
  /** Tasks whose last signals were not in within DRAIN_MS (each cost the whole bound): 0 when all is well. */
  drainsCut = 0;
  /** The running tasks' handlers of their OCR signals, by task id. */
  private readonly listeners = new Map<number, (s: OcrSignal) => void>();
  private nextId = 1;

  constructor(readonly threads: number) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      // A runaway document fails its own thread, not the process.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    // One listener for every task's OCR signals: a channel per task cost a port pair, its listener
    // and a close on both threads for every document, though only scans send anything.
    this.pool.on('message', (m: TaskMessage) => this.listeners.get(m.task)?.(m));
  }

  /**
   * Runs one task; a timeout or a crashed thread becomes a typed error, never a
   * rejection. The clocks start when a thread picks the task up (it stamps the
   * task's start board); its OCR signals arrive as pool messages naming the task.
   */
  async run(task: WorkerTask, limits: TaskLimits, onOcr?: OcrProgress): Promise<WorkerReply> {
    const abort = new AbortController();
    const id = this.nextId++;
    const board = newStartBoard();
    const deadline = new Deadline(limits.timeoutMs, limits.ocrPageTimeoutMs, () => abort.abort(), () => readStart(board));
    // The reply travels on piscina's own port and may overtake the task's signals; it says how many
    // the task sent, and those are drained before returning.
    let received = 0;
    let expected = Number.POSITIVE_INFINITY;
    let markDrained: () => void = () => undefined;
    const drained = new Promise<void>((resolve) => (markDrained = resolve));
    this.listeners.set(id, (s) => {
      received++;
      deadline.signal(s);
      onOcr?.(s.done, s.total);
      if (received >= expected) markDrained();
    });
    try {
      // The bytes move to the thread rather than being copied; the caller has no further use for them.
      const transferList = task.bytes ? [task.bytes.buffer as ArrayBuffer] : [];
      const reply = await this.pool.run({ ...task, board, id }, { signal: abort.signal, transferList });
      expected = reply.signals ?? 0;
      if (received < expected) {
        const stopWaiting = new AbortController();
        const bound = delay(DRAIN_MS, 'bound' as const, { signal: stopWaiting.signal }).catch(() => undefined);
        if ((await Promise.race([drained, bound])) === 'bound') this.drainsCut++;
        stopWaiting.abort();
      }
      return reply;
    } catch (error) {
      return { ok: false, error: poolError(task.file, error, deadline.expired) };
    } finally {
      deadline.clear();
      this.listeners.delete(id);
    }
  }

  private closing: Promise<void> | undefined;

  /** Stops the threads; later calls wait for the first. */
  close(): Promise<void> {
    this.closing ??= this.pool.destroy();
    return this.closing;
  }
}

function poolError(file: string, error: unknown, expired: Expiry | undefined): TaskError {
  if (expired) return { code: 'timeout', message: expiryMessage(file, expired), stage: expired.phase === 'ocr-page' ? 'ocr' : 'process' };
  return { code: 'worker-crashed', message: `${file}: the worker thread died: ${(error as Error)?.message ?? String(error)}`, stage: 'process' };
}
