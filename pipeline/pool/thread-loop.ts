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
 *
 * Threads work in pairs (the main thread pairs them, ./index.ts): a feeding thread
 * hands the extraction of a DOCX or .doc input to its home thread, which runs the
 * rest of the pipeline and sends back the result's JSON; the feeding thread writes
 * it and reports the input. Why: each thread compiles for itself every function it
 * runs often (V8's optimising compiler, about a quarter of a batch's CPU), so two
 * threads that both run the rules compile them twice. With the rules on the home
 * thread and the reading on the feeding one, each compiles its part, and the second
 * core carries the home thread's compiling (500 DOCX documents: README "Threads in
 * pairs"). Text is read so quickly that the home thread would be left with nearly
 * all the work, and a PDF's reading dwarfs the rest: a feeding thread runs those
 * whole. The home thread takes inputs from the counter too whenever it has no
 * extraction to finish; a feeding thread that finds no room with its partner for a
 * while (the partner is on a long document) runs the input whole itself, and once
 * the counter is done takes back what its partner has not started.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Format } from '../../extractors/types.js';
import { decide, type Decision, type Reusable } from '../ingest/probe.js';
import { ContentClaims, ThreadBoard } from './board.js';
import { FEEDER_NICE, lowerThreadPriority } from './priority.js';
import type { Finished, HandOff, TaskMessage, TaskStages, WorkerReply, WorkerTask } from './task.js';

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
  /** Per input, where its hand-over stands (shared): 0 until it is handed over, then WAITING, STARTED or TAKEN_BACK. */
  handed: Int32Array;
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
export type MainMessage =
  | { type: 'setup'; setup: RunSetup }
  | { type: 'run'; index: number }
  /**
   * The thread's partner, at its start and whenever the partner is replaced: `port` reaches it.
   * `dropped`: inputs the main thread has reported (the former partner died or ran out of time on
   * them), which a feeding thread must not hand over again.
   */
  | { type: 'partner'; role: PairRole; port: MessagePort; dropped: number[] };

/** A thread's part in its pair. */
export type PairRole = 'home' | 'feeder';

/** Between the two threads of a pair. */
type PartnerMessage =
  /** `sha256` and `first`: the input's content as probed, and whether it claimed it (for the input's outcome). */
  | { type: 'hand-off'; index: number; sha256: string; first: boolean; handOff: HandOff }
  | { type: 'finished'; index: number; finished: Finished };

/** Formats whose extraction a feeding thread hands over: reading them is a large share of their work. */
const HANDED_OVER = new Set<Format>(['docx', 'doc']);
/** Extractions a feeding thread may have handed over and not yet had back. */
const MOST_PENDING = 4;
/** How long a feeding thread waits for room with its partner before it runs the input whole. */
const ROOM_WAIT_MS = 250;
/** How long a feeding thread with nothing else to do waits for a result back before it takes an input back. */
const TAKE_BACK_AFTER_MS = 100;

/** What ended an input's turn on a thread that handed it over: its partner finishes it, and this thread reports it later. */
const HANDED = Symbol('handed over');

// Where an input's hand-over stands. The partner starts it, or the feeding thread takes it back (it has
// nothing else left to do while its partner is on a long document): one compare-and-swap decides which.
const WAITING = 1;
const STARTED = 2;
const TAKEN_BACK = 3;

interface Pending {
  sha256: string;
  first: boolean;
  handOff: HandOff;
  /** Its JSON came back and is being written. */
  back: boolean;
}

/**
 * The thread's loop: `processTask` is the pool's task function, `port` the thread's parent port;
 * `stages`, the same work in steps, lets it hand extractions to its partner (without them it never does).
 */
export async function serve(processTask: (task: WorkerTask) => Promise<WorkerReply>, port: MessagePort, boardBuffer: SharedArrayBuffer, stages?: TaskStages): Promise<void> {
  const board = new ThreadBoard(boardBuffer);
  const inbox: Array<Exclude<MainMessage, { type: 'partner' }>> = [];
  let wake: (() => void) | undefined;
  /** Something changed: a message, a hand-off, a result back. */
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const changed = (ms?: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const post = (m: ThreadMessage) => port.postMessage(m);

  let role: PairRole | undefined;
  let partner: MessagePort | undefined;
  /** The home thread's extractions to finish, in the order they came. */
  const handOffs: Array<Extract<PartnerMessage, { type: 'hand-off' }> & { from: MessagePort }> = [];
  /** The feeding thread's inputs handed over and not yet reported. */
  const pending = new Map<number, Pending>();

  /** When the partner last sent a result back (or a hand-over started the wait for one). */
  let lastBack = 0;
  const report = (index: number, p: Pending, reply: WorkerReply) => {
    lastBack = Date.now();
    pending.delete(index);
    post({ type: 'outcome', index, outcome: { kind: 'ran', reply, sha256: p.sha256, first: p.first } });
    notify();
  };
  const handOver = (index: number, p: Pending) => {
    if (pending.size === 1) lastBack = Date.now();
    Atomics.store(setup.handed, index, WAITING);
    partner!.postMessage({ type: 'hand-off', index, sha256: p.sha256, first: p.first, handOff: p.handOff } satisfies PartnerMessage);
  };
  const fromPartner = (from: MessagePort) => (m: PartnerMessage) => {
    if (from !== partner) return;
    if (m.type === 'hand-off') {
      handOffs.push({ ...m, from });
      return notify();
    }
    const p = pending.get(m.index);
    if (!p || p.back) return;
    p.back = true;
    void stages!.write(p.handOff.task, m.finished).then((reply) => report(m.index, p, reply));
  };
  const paired = (m: Extract<MainMessage, { type: 'partner' }>) => {
    partner?.close();
    partner = m.port;
    // A place keeps its role (./index.ts), so a thread lowers its priority once, when it first learns it feeds.
    if (m.role === 'feeder' && role === undefined) lowerThreadPriority(FEEDER_NICE);
    role = m.role;
    partner.on('message', fromPartner(partner));
    // A home thread's queue came from a feeding thread that is gone: those inputs are left to the main thread's sweep.
    handOffs.length = 0;
    for (const index of m.dropped) pending.delete(index);
    // A feeding thread's inputs that the former partner never sent back go to the new one.
    for (const [index, p] of pending) if (!p.back) handOver(index, p);
    notify();
  };

  port.on('message', (m: MainMessage) => {
    if (m.type === 'partner') return paired(m);
    inbox.push(m);
    notify();
  });
  post({ type: 'ready' });

  while (inbox.length === 0) await changed();
  const first = inbox.shift()!;
  if (first.type !== 'setup') throw new Error(`a pipeline thread expected its setup, not ${first.type}`);
  const setup = first.setup;
  const claims = new ContentClaims(setup.claims);

  /**
   * The thread is done with input `index` and may report it (or hand it over); never returns when the
   * main thread stopped it first (its deadline): the main thread has reported it, and ends this thread.
   */
  const release = async (index: number): Promise<void> => {
    if (!board.end(index)) await new Promise<never>(() => undefined);
  };

  /** Waits, at most ROOM_WAIT_MS, for room to hand one more extraction over; false when there is none. */
  const room = async (): Promise<boolean> => {
    const until = Date.now() + ROOM_WAIT_MS;
    for (let left = ROOM_WAIT_MS; pending.size >= MOST_PENDING && left > 0; left = until - Date.now()) await changed(left);
    return pending.size < MOST_PENDING;
  };

  const outcomeOf = async (index: number, claim: boolean): Promise<Outcome | typeof HANDED> => {
    const file = setup.files[index]!;
    const output = setup.outputs[index]!;
    const decided = await decide(file, output, setup.maxBytes, setup.previous?.[index]);
    if (decided.kind !== 'run') return decided;
    const { sha256 } = decided;
    const first = claim ? claims.claim(sha256) : false;
    board.hashed(sha256, first);
    if (claim && !first) return { kind: 'copy', sha256 };
    const task: WorkerTask = {
      file,
      output,
      ocr: setup.ocr,
      ...(decided.bytes ? { bytes: decided.bytes, sha256 } : {}),
      ...(setup.cacheDir ? { cacheDir: setup.cacheDir } : {}),
      id: index,
    };
    if (role !== 'feeder' || !stages) return { kind: 'ran', reply: await processTask(task), sha256, first };
    const extracted = await stages.extract(task);
    if (!extracted.ok) return { kind: 'ran', reply: extracted.reply, sha256, first };
    const { handOff } = extracted;
    if (HANDED_OVER.has(handOff.extraction.format) && (await room())) {
      await release(index);
      const p: Pending = { sha256, first, handOff, back: false };
      pending.set(index, p);
      handOver(index, p);
      return HANDED;
    }
    return { kind: 'ran', reply: await stages.write(task, await stages.finish(handOff)), sha256, first };
  };

  const take = async (index: number, claim: boolean) => {
    board.begin(index);
    const outcome = await outcomeOf(index, claim);
    if (outcome === HANDED) return;
    await release(index);
    post({ type: 'outcome', index, outcome });
  };

  /** The home thread finishes an extraction its partner handed over, and sends the JSON back. */
  const finish = async (h: (typeof handOffs)[number]) => {
    if (Atomics.compareExchange(setup.handed, h.index, WAITING, STARTED) !== WAITING) return;
    board.begin(h.index);
    board.hashed(h.sha256, h.first);
    const finished = await stages!.finish(h.handOff);
    await release(h.index);
    h.from.postMessage({ type: 'finished', index: h.index, finished } satisfies PartnerMessage);
  };

  /** An input handed over that the partner has not started, now taken back; undefined when there is none. */
  const takeBack = (): number | undefined => {
    for (const [index, p] of pending) if (!p.back && Atomics.compareExchange(setup.handed, index, WAITING, TAKEN_BACK) === WAITING) return index;
    return undefined;
  };
  const finishOwn = async (index: number) => {
    const p = pending.get(index)!;
    p.back = true;
    board.begin(index);
    board.hashed(p.sha256, p.first);
    const reply = await stages!.write(p.handOff.task, await stages!.finish(p.handOff));
    await release(index);
    report(index, p, reply);
  };

  let counted = false;
  let idle = false;
  for (;;) {
    // A document's own awaits never reach the event loop (its work is synchronous), so a paired thread
    // lets it deliver its partner's messages between inputs.
    if (partner) await new Promise<void>((resolve) => setImmediate(resolve));
    const handOff = handOffs.shift();
    if (handOff) {
      await finish(handOff);
      continue;
    }
    if (!counted) {
      const index = Atomics.add(setup.next, 0, 1);
      if (index < setup.files.length) {
        await take(index, true);
        continue;
      }
      counted = true;
    }
    // The counter is done, and the partner has sent nothing back for a while (it is on a long document):
    // what it has not started yet, this thread finishes itself.
    if (inbox.length === 0 && pending.size > 0) {
      const quiet = Date.now() - lastBack;
      const back = quiet >= TAKE_BACK_AFTER_MS ? takeBack() : undefined;
      if (back !== undefined) {
        await finishOwn(back);
        continue;
      }
      if (quiet < TAKE_BACK_AFTER_MS) {
        await changed(TAKE_BACK_AFTER_MS - quiet);
        continue;
      }
    }
    const m = inbox.shift();
    if (m?.type === 'run') {
      idle = false;
      await take(m.index, false);
      continue;
    }
    // Idle only once every input handed over is reported, so the main thread never takes it for lost.
    if (!idle && pending.size === 0) {
      post({ type: 'idle' });
      idle = true;
    }
    await changed();
  }
}
