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
import type { MessagePort } from 'node:worker_threads';
import { decide, type Decision, type Reusable } from '../ingest/probe.js';
import { ContentClaims, ThreadBoard } from './board.js';
import type { TaskMessage, WorkerReply, WorkerTask } from './task.js';

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
  previous: Array<Reusable | null> | null;
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
  /** Skipped, refused before the pipeline (empty, too large, unreadable), or an earlier outcome reused. */
  | Exclude<Decision, { kind: 'run' }>
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
    const decided = await decide(file, output, setup.maxBytes, setup.previous?.[index]);
    if (decided.kind !== 'run') return decided;
    const { sha256 } = decided;
    const first = claim ? claims.claim(sha256) : false;
    board.hashed(sha256, first);
    if (claim && !first) return { kind: 'copy', sha256 };
    const reply = await processTask({
      file,
      output,
      ocr: setup.ocr,
      ...(decided.bytes ? { bytes: decided.bytes, sha256 } : {}),
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
