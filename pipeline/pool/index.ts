/**
 * The worker-thread pool that runs the CPU-bound pipeline. A task that runs
 * past its timeout is aborted: piscina terminates that thread and starts a
 * fresh one, so one pathological file cannot stall or poison the batch.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { TaskError, WorkerReply, WorkerTask } from './task.js';

export type { WorkerReply, WorkerTask, TaskError } from './task.js';

/**
 * The thread entry: the compiled `task.js` next to this module when running
 * from dist/, else a small .mjs that registers tsx before importing task.ts.
 */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.js') ? './task.js' : './worker-entry.mjs', here));
}

/** Threads used when the caller does not say: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** A fixed-size pool of pipeline threads. */
export class PipelinePool {
  private readonly pool: Piscina<WorkerTask, WorkerReply>;

  constructor(readonly threads: number) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      // A runaway document fails its own thread, not the process.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
  }

  /**
   * Runs one task; a timeout or a crashed thread becomes a typed error, never a
   * rejection. The clock starts when a thread picks the task up.
   */
  async run(task: WorkerTask, timeoutMs: number): Promise<WorkerReply> {
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), timeoutMs);
      port1.close();
    });
    try {
      return await this.pool.run({ ...task, started: port2 }, { signal: abort.signal, transferList: [port2] });
    } catch (error) {
      return { ok: false, error: poolError(task.file, error, abort.signal.aborted, timeoutMs) };
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

function poolError(file: string, error: unknown, timedOut: boolean, timeoutMs: number): TaskError {
  if (timedOut) {
    return { code: 'timeout', message: `${file}: took longer than ${timeoutMs / 1000} s; its worker was stopped and replaced`, stage: 'process' };
  }
  return { code: 'worker-crashed', message: `${file}: the worker thread died: ${(error as Error)?.message ?? String(error)}`, stage: 'process' };
}
