/**
 * Shared memory between the main thread and a pipeline thread that takes its
 * documents itself (./thread-loop.ts). The thread writes what it is running on
 * its `ThreadBoard`; the main thread reads it only when a timer is due, an OCR
 * page is reported or the thread dies, so running a document costs the main
 * thread nothing.
 *
 * Who may report a document is settled by one compare-and-swap on the board's
 * word: the thread swaps "running i" for "idle" before it posts i's outcome, the
 * main thread swaps it for "stopped" before it declares i timed out. Exactly one
 * of them wins, so a document that finishes as its deadline fires is reported
 * once, and the thread is never stopped in the middle of the next document.
 */

const WORD = 0; // Int32: i + 1 while running document i, IDLE, or STOPPED
const CONTENT = 1; // Int32: NO_CONTENT, HASHED or CLAIMED (the content hash below is the running document's)
const IDLE = 0;
const STOPPED = -1;
const NO_CONTENT = 0;
const HASHED = 1;
const CLAIMED = 2;
const START_AT = 8; // BigInt64: ms since the epoch the running document started
const HASH_AT = 16; // 32 bytes: its SHA-256
const BYTES = 48;

/** A pipeline thread's board: made by the main thread, handed to the thread at its start. */
export class ThreadBoard {
  private readonly words: Int32Array;
  private readonly start: BigInt64Array;
  private readonly hash: Uint8Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(BYTES)) {
    this.words = new Int32Array(buffer, 0, 2);
    this.start = new BigInt64Array(buffer, START_AT, 1);
    this.hash = new Uint8Array(buffer, HASH_AT, 32);
  }

  // The thread's side.

  /** Document `index` starts now. */
  begin(index: number, at: number = Date.now()): void {
    Atomics.store(this.words, CONTENT, NO_CONTENT);
    Atomics.store(this.start, 0, BigInt(at));
    Atomics.store(this.words, WORD, index + 1);
  }

  /** The running document's content hash is known (hex); `claimed`: it is the first input with it. */
  hashed(sha256: string, claimed: boolean): void {
    this.hash.set(Buffer.from(sha256, 'hex'));
    Atomics.store(this.words, CONTENT, claimed ? CLAIMED : HASHED);
  }

  /** Document `index` is done: true when the thread may report it, false when the main thread has stopped it first. */
  end(index: number): boolean {
    return Atomics.compareExchange(this.words, WORD, index + 1, IDLE) === index + 1;
  }

  // The main thread's side.

  /** The document the thread is running and when it started it; undefined while it is idle or stopped. */
  running(): { index: number; startedAt: number } | undefined {
    const word = Atomics.load(this.words, WORD);
    if (word <= 0) return undefined;
    return { index: word - 1, startedAt: Number(Atomics.load(this.start, 0)) };
  }

  /** Stops document `index` if the thread is still running it: true when it was (the thread will not report it). */
  stop(index: number): boolean {
    return Atomics.compareExchange(this.words, WORD, index + 1, STOPPED) === index + 1;
  }

  /** Stops whatever the thread is running (it died): that document's index, or undefined. */
  stopAny(): number | undefined {
    const now = this.running();
    return now && this.stop(now.index) ? now.index : undefined;
  }

  /** The running document's content hash once the thread has computed it, and whether it claimed that content. */
  content(): { sha256: string; claimed: boolean } | undefined {
    const state = Atomics.load(this.words, CONTENT);
    if (state === NO_CONTENT) return undefined;
    return { sha256: Buffer.from(this.hash).toString('hex'), claimed: state === CLAIMED };
  }
}

/**
 * The contents the threads have started, shared by all of them: the first input
 * with a given content runs, later ones with the same bytes are handed back to
 * the main thread, which runs them after the first has finished (a scan copied N
 * times is OCRed once, then read N-1 times from the OCR cache).
 *
 * An open-addressing table of the hashes' first 64 bits. Two different contents
 * sharing those bits would only make the second wait for the first: the outcome
 * of each is its own.
 */
export class ContentClaims {
  readonly table: BigInt64Array;

  /** Room for `inputs` contents at most half full (each input claims once). */
  static forInputs(inputs: number): ContentClaims {
    let size = 16;
    while (size < inputs * 2) size *= 2;
    return new ContentClaims(new BigInt64Array(new SharedArrayBuffer(size * BigInt64Array.BYTES_PER_ELEMENT)));
  }

  constructor(table: BigInt64Array) {
    this.table = table;
  }

  /** True when this is the first input with content `sha256` (hex), false when another input has it. */
  claim(sha256: string): boolean {
    const key = BigInt.asIntN(64, BigInt(`0x${sha256.slice(0, 16)}`)) || 1n;
    const mask = this.table.length - 1;
    let slot = Number(BigInt.asUintN(64, key) & BigInt(mask));
    for (let probes = 0; probes < this.table.length; probes++) {
      const held = Atomics.compareExchange(this.table, slot, 0n, key);
      if (held === 0n) return true;
      if (held === key) return false;
      slot = (slot + 1) & mask;
    }
    // Full: cannot happen at half load, and running the input at once is always correct.
    return true;
  }
}
