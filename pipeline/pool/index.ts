/**
 * The pipeline threads of an ingest run. Each thread takes the run's inputs
 * itself, one after another (./thread-loop.ts), and posts one message per input;
 * the main thread only listens, keeps the deadlines (./watch.ts) and hands back
 * the inputs a thread set aside as copies of a content another input is running.
 *
 * A document that runs past its deadline (its own work, or one OCR page) has its
 * thread terminated and replaced, as has a thread that dies (out of memory): its
 * document gets a typed error, the new thread goes on with the next input, so one
 * pathological file cannot stall or poison the batch.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { readBuildStamp } from '../build-stamp.js';
import { BUNDLE_STAMP_FILE } from './bundle-names.js';
import { ContentClaims, ThreadBoard } from './board.js';
import { expiryMessage, type Expiry } from './deadline.js';
import type { TaskError } from './task.js';
import type { MainMessage, Outcome, RunSetup, ThreadMessage } from './thread-loop.js';
import { ThreadWatch } from './watch.js';

export type { WorkerReply, WorkerTask, TaskError } from './task.js';
export type { Outcome } from './thread-loop.js';

/** How long a document may run; see ./deadline.ts. */
export interface TaskLimits {
  timeoutMs: number;
  ocrPageTimeoutMs: number;
}

/** What a run's threads are given: its inputs and settings (the shared counter and claims are made here). */
export type RunInputs = Omit<RunSetup, 'next' | 'claims' | 'handed'>;

/** What the threads report, per input of the run. */
export interface RunHandlers {
  /** Called exactly once for each input. */
  outcome: (index: number, outcome: Outcome) => void;
  /** OCR of input `index` has read `done` of `total` pages (0 when it starts). */
  ocr?: (index: number, done: number, total: number) => void;
}

/** A thread's script (./thread-main.ts, or ./worker-entry.mjs from the sources) and the module it loads (exports `default` and `serve`). */
export interface ThreadCode {
  script: string;
  entry: string;
}

/**
 * What each thread runs. From dist/: the worker bundle's loader (./bundle-entry.ts) when the build made the
 * bundle from this very dist/, else the compiled `task.js`, both loaded by `thread-main.js`. From the sources:
 * a small .mjs that registers tsx before loading thread-main.ts, which loads task.ts.
 */
function threadCode(): ThreadCode {
  const here = import.meta.url;
  if (!here.endsWith('.js')) return { script: fileURLToPath(new URL('./worker-entry.mjs', here)), entry: fileURLToPath(new URL('./task.ts', here)) };
  const entry = bundleIsCurrent(fileURLToPath(new URL('../..', here))) ? './bundle-entry.js' : './task.js';
  return { script: fileURLToPath(new URL('./thread-main.js', here)), entry: fileURLToPath(new URL(entry, here)) };
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

/** Threads used when the caller does not say: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** Threads that die before loading the pipeline, in a row, after which the run's remaining inputs fail instead of waiting. */
const LOAD_FAILURES = 3;
/** Times an input whose outcome never arrived (its thread was replaced as it posted it) is handed out again. */
const RETRIES = 2;

interface Slot {
  /** Which of the run's threads it is (a replacement takes the place of the thread it replaces): pairs are 0 and 1, 2 and 3… */
  place: number;
  worker: Worker;
  board: ThreadBoard;
  watch: ThreadWatch;
  /** Loaded the pipeline (posted `ready`). */
  loaded: boolean;
  /** Waiting for an input to be handed back. */
  idle: boolean;
  /** Terminated by a deadline: its document is already reported. */
  stopped: boolean;
  /** The input a deadline stopped it on. */
  expiredOn?: number;
  error?: Error;
}

/** Where each input of a run stands. */
const enum Stage {
  Out = 0, // taken by or left for a thread
  Waiting = 1, // a copy waiting for its content's first input
  HandedBack = 2, // queued for, or running on, an idle thread
  Reported = 3,
}

interface Run {
  setup: RunSetup;
  handlers: RunHandlers;
  stage: Uint8Array;
  handedOut: Uint8Array;
  reported: number;
  waiting: Map<string, number[]>;
  settled: Set<string>;
  queue: number[];
  done: () => void;
}

/** A fixed number of pipeline threads, started at once; `process` runs a batch of inputs through them. */
export class PipelineThreads {
  private readonly slots = new Set<Slot>();
  private run: Run | undefined;
  /** A batch has finished: a thread that ends now is not replaced (the caller is about to close). */
  private finished = false;
  private loadFailures = 0;
  private loadError = '';
  private closing: Promise<void> | undefined;

  /** `code` replaces what the threads run (tests give a thread that dies on some inputs). */
  constructor(
    readonly threads: number,
    private readonly limits: TaskLimits,
    private readonly code: ThreadCode = threadCode(),
  ) {
    for (let i = 0; i < threads; i++) this.spawn(i, []);
  }

  /** Runs every input through the threads; resolves when each has had its one outcome. */
  process(inputs: RunInputs, handlers: RunHandlers): Promise<void> {
    if (this.run) throw new Error('PipelineThreads runs one batch at a time');
    const total = inputs.files.length;
    const setup: RunSetup = {
      ...inputs,
      next: new Int32Array(new SharedArrayBuffer(4)),
      claims: ContentClaims.forInputs(total).table,
      handed: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, total))),
    };
    return new Promise<void>((resolve) => {
      this.run = {
        setup,
        handlers,
        stage: new Uint8Array(total),
        handedOut: new Uint8Array(total),
        reported: 0,
        waiting: new Map(),
        settled: new Set(),
        queue: [],
        done: () => {
          this.run = undefined;
          this.finished = true;
          resolve();
        },
      };
      if (total === 0) return this.run.done();
      for (const slot of this.slots) this.send(slot, { type: 'setup', setup });
      if (this.loadFailures >= LOAD_FAILURES) this.failAll(this.loadError);
    });
  }

  /** Stops the threads; later calls wait for the first. */
  close(): Promise<void> {
    this.closing ??= Promise.all(
      [...this.slots].map((slot) => {
        slot.watch.clear();
        return slot.worker.terminate();
      }),
    ).then(() => undefined);
    return this.closing;
  }

  /**
   * Starts the thread for `place` and pairs it with the thread of the other place of its pair, if
   * there is one (./thread-loop.ts says what pairs do). `dropped`: inputs reported on the thread it
   * replaces, which its partner must not hand over again.
   */
  private spawn(place: number, dropped: number[]): void {
    const { script, entry } = this.code;
    const board = new ThreadBoard();
    const worker = new Worker(script, {
      workerData: { entry, board: board.buffer },
      // A runaway document fails its own thread, not the process.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    const slot: Slot = {
      place,
      worker,
      board,
      watch: new ThreadWatch(board, this.limits.timeoutMs, this.limits.ocrPageTimeoutMs, (index, why) => this.expired(slot, index, why)),
      loaded: false,
      idle: false,
      stopped: false,
    };
    this.slots.add(slot);
    worker.on('message', (m: ThreadMessage) => this.heard(slot, m));
    worker.on('error', (error) => (slot.error ??= error));
    worker.on('exit', (code) => this.ended(slot, code));
    if (this.run) this.send(slot, { type: 'setup', setup: this.run.setup });
    const other = place ^ 1;
    const partner = other < this.threads ? [...this.slots].find((s) => s.place === other) : undefined;
    if (partner) {
      const { port1: homePort, port2: feederPort } = new MessageChannel();
      const [home, feeder] = place % 2 === 0 ? [slot, partner] : [partner, slot];
      home.worker.postMessage({ type: 'partner', role: 'home', port: homePort, dropped: [] } satisfies MainMessage, [homePort]);
      feeder.worker.postMessage({ type: 'partner', role: 'feeder', port: feederPort, dropped: home === slot ? dropped : [] } satisfies MainMessage, [feederPort]);
    }
  }

  private send(slot: Slot, m: MainMessage): void {
    slot.worker.postMessage(m);
  }

  private heard(slot: Slot, m: ThreadMessage): void {
    const run = this.run;
    switch (m.type) {
      case 'ready':
        slot.loaded = true;
        this.loadFailures = 0;
        return;
      case 'idle':
        slot.idle = true;
        return this.dispatch();
      case 'ocr':
        slot.watch.signal(m.task, m);
        return run?.handlers.ocr?.(m.task, m.done, m.total);
      case 'outcome':
        return this.report(m.index, m.outcome);
    }
  }

  /** Records input `index`'s outcome (the first one only; a copy is held until its content's first input is reported). */
  private report(index: number, outcome: Outcome): void {
    const run = this.run;
    if (!run || run.stage[index] === Stage.Reported) return;
    if (outcome.kind === 'copy') {
      if (run.settled.has(outcome.sha256)) this.handBack(index);
      else {
        run.stage[index] = Stage.Waiting;
        const list = run.waiting.get(outcome.sha256);
        if (list) list.push(index);
        else run.waiting.set(outcome.sha256, [index]);
      }
      return this.dispatch();
    }
    run.stage[index] = Stage.Reported;
    run.reported++;
    if (outcome.kind === 'ran' && outcome.first && outcome.sha256) this.settle(outcome.sha256);
    run.handlers.outcome(index, outcome);
    if (run.reported === run.stage.length) return run.done();
    this.dispatch();
  }

  /** The first input with content `sha256` is done: its copies may run (they find its OCR pages cached). */
  private settle(sha256: string): void {
    const run = this.run!;
    run.settled.add(sha256);
    for (const index of run.waiting.get(sha256) ?? []) this.handBack(index);
    run.waiting.delete(sha256);
  }

  private handBack(index: number): void {
    const run = this.run!;
    run.stage[index] = Stage.HandedBack;
    run.handedOut[index]!++;
    run.queue.push(index);
  }

  /** Gives queued inputs to idle threads; when every thread is idle and some input was never reported, hands it out again. */
  private dispatch(): void {
    const run = this.run;
    if (!run) return;
    for (const slot of this.slots) {
      if (run.queue.length === 0) break;
      if (!slot.idle) continue;
      slot.idle = false;
      this.send(slot, { type: 'run', index: run.queue.shift()! });
    }
    if (run.queue.length > 0 || [...this.slots].some((s) => !s.idle)) return;
    // Every thread is idle, so none is running an input: an input not reported by now lost its message.
    for (let index = 0; index < run.stage.length; index++) {
      if (run.stage[index] === Stage.Reported) continue;
      if (run.handedOut[index]! >= RETRIES) this.fail(index, 'worker-crashed', `${run.setup.files[index]}: its pipeline thread ended without reporting it`, null, false);
      else this.handBack(index);
    }
    if (this.run === run && run.queue.length > 0) this.dispatch();
  }

  /** No thread can load the pipeline: every input not yet reported fails, rather than wait for a thread. */
  private failAll(why: string): void {
    const run = this.run;
    for (let i = 0; run && i < run.stage.length && this.run === run; i++) {
      if (run.stage[i] !== Stage.Reported) this.fail(i, 'worker-crashed', `${run.setup.files[i]}: no pipeline thread could start: ${why}`, null, false);
    }
  }

  private fail(index: number, code: string, message: string, sha256: string | null, first: boolean, stage = 'process'): void {
    const error: TaskError = { code, message, stage };
    this.report(index, { kind: 'ran', reply: { ok: false, error }, sha256, first });
  }

  /** A deadline expired and the board is stopped: report the timeout, then replace the thread. */
  private expired(slot: Slot, index: number, why: Expiry): void {
    slot.stopped = true;
    slot.expiredOn = index;
    const content = slot.board.content();
    const file = this.run?.setup.files[index] ?? `input ${index}`;
    this.fail(index, 'timeout', expiryMessage(file, why), content?.sha256 ?? null, content?.claimed ?? false, why.phase === 'ocr-page' ? 'ocr' : 'process');
    void slot.worker.terminate();
  }

  private ended(slot: Slot, code: number): void {
    slot.watch.clear();
    this.slots.delete(slot);
    if (this.closing) return;
    const run = this.run;
    const dropped = slot.expiredOn === undefined ? [] : [slot.expiredOn];
    if (!slot.stopped) {
      // It died (out of memory, a crash): what it was running fails; a thread that never loaded counts towards giving up.
      const index = slot.board.stopAny();
      if (index !== undefined) dropped.push(index);
      const why = slot.error?.message ?? `it exited with code ${code}`;
      if (run && index !== undefined) {
        const content = slot.board.content();
        this.fail(index, 'worker-crashed', `${run.setup.files[index]}: the worker thread died: ${why}`, content?.sha256 ?? null, content?.claimed ?? false);
      }
      if (!slot.loaded && ++this.loadFailures >= LOAD_FAILURES) {
        this.loadError = why;
        this.failAll(why);
      }
    }
    if (this.loadFailures < LOAD_FAILURES && (this.run || !this.finished)) this.spawn(slot.place, dropped);
    this.dispatch();
  }
}
