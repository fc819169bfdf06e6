/**
 * What a pipeline thread does for the whole run: it takes the next input of the
 * run from a counter shared with the other threads, probes it (size, format,
 * content hash), reuses an earlier result when the journal's key still matches,
 * and otherwise runs the pipeline on it. It tells the main thread each input's
 * outcome in one message and goes on without waiting for an answer.
 *
 * Why not a task per input handed out by the main thread: with two cores, every
 * input then cost the main thread a probe, a hand-over, a reply and their
 * wake-ups, all CPU taken from the two pipeline threads (measured: about 0.2 s of a
 * 500-document batch, 8 %; see README "What the orchestration costs").
 */
import { existsSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { probe } from '../ingest/probe.js';
import { ContentClaims, ThreadBoard } from './board.js';
import type { TaskError, TaskMessage, WorkerReply, WorkerTask } from './task.js';

/** What the threads of a run share, sent to each once the inputs are known. */
export interface RunSetup {
  files: string[];
  /** Absolute path of each input's result file. */
  outputs: string[];
  /**
   * Per input, an earlier run's journaled outcome that this run may reuse if the input still
   * has the same content (`sha256`), and whether that outcome has a result file (which must
   * still exist); null when there is none (see ../ingest/key.ts).
   */
  previous: Array<{ sha256: string; hasOutput: boolean } | null> | null;
  /** Index of the next input to take (shared). */
  next: Int32Array;
  /** ContentClaims' table (shared). */
  claims: BigInt64Array;
  ocr: boolean;
  cacheDir?: string;
  maxBytes: number;
}

/** How an input ended in a thread. */
export type Outcome =
  | { kind: 'skip'; reason: string }
  /** Refused before the pipeline (empty, too large, unreadable). */
  | { kind: 'fail'; error: TaskError; sha256: string | null }
  | { kind: 'reuse' }
  /** Another input with the same content runs first: the main thread hands this one back later. */
  | { kind: 'copy'; sha256: string }
  /** `first`: it claimed its content, and copies of it may now run; `sha256` is null when its thread died before hashing it. */
  | { kind: 'ran'; reply: WorkerReply; sha256: string | null; first: boolean };

/** Thread to main thread. */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'outcome'; index: number; outcome: Outcome }
  /** Nothing left to take: waiting for inputs handed back (copies) or for the end. */
  | { type: 'idle' }
  | TaskMessage;

/** Main thread to thread. */
export type MainMessage = { type: 'setup'; setup: RunSetup } | { type: 'run'; index: number };

/** The thread's loop: `processTask` is the pool's task function, `port` the thread's parent port. */
export async function serve(processTask: (task: WorkerTask) => Promise<WorkerReply>, port: MessagePort, boardBuffer: SharedArrayBuffer): Promise<void> {
  const board = new ThreadBoard(boardBuffer);
  const inbox: MainMessage[] = [];
  let wake: (() => void) | undefined;
  port.on('message', (m: MainMessage) => {
    inbox.push(m);
    wake?.();
  });
  const receive = async (): Promise<MainMessage> => {
    while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    return inbox.shift()!;
  };
  const post = (m: ThreadMessage) => port.postMessage(m);
  post({ type: 'ready' });

  const first = await receive();
  if (first.type !== 'setup') throw new Error(`a pipeline thread expected its setup, not ${first.type}`);
  const setup = first.setup;
  const claims = new ContentClaims(setup.claims);

  const outcomeOf = async (index: number, claim: boolean): Promise<Outcome> => {
    const file = setup.files[index]!;
    const output = setup.outputs[index]!;
    const probed = await probe(file, setup.maxBytes);
    if (probed.kind === 'skip') return { kind: 'skip', reason: probed.reason };
    if (probed.kind === 'fail') return { kind: 'fail', error: probed.error, sha256: probed.sha256 };
    const { sha256 } = probed;
    const previous = setup.previous?.[index];
    if (previous && previous.sha256 === sha256 && (!previous.hasOutput || existsSync(output))) return { kind: 'reuse' };
    const first = claim ? claims.claim(sha256) : false;
    board.hashed(sha256, first);
    if (claim && !first) return { kind: 'copy', sha256 };
    const reply = await processTask({
      file,
      output,
      ocr: setup.ocr,
      ...(probed.bytes ? { bytes: probed.bytes, sha256 } : {}),
      ...(setup.cacheDir ? { cacheDir: setup.cacheDir } : {}),
      id: index,
    });
    return { kind: 'ran', reply, sha256, first };
  };

  const take = async (index: number, claim: boolean) => {
    board.begin(index);
    const outcome = await outcomeOf(index, claim);
    // Stopped by the main thread meanwhile (its deadline): it has reported this input, and ends this thread.
    if (!board.end(index)) return await new Promise<never>(() => undefined);
    post({ type: 'outcome', index, outcome });
  };

  for (let index = Atomics.add(setup.next, 0, 1); index < setup.files.length; index = Atomics.add(setup.next, 0, 1)) await take(index, true);
  for (;;) {
    post({ type: 'idle' });
    const m = await receive();
    if (m.type === 'run') await take(m.index, false);
  }
}
