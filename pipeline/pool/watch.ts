/**
 * The main thread's watch over one pipeline thread's deadlines. The thread does
 * not say when it starts a document (that would wake the main thread once more
 * per document); the watch looks at its board (./board.ts) when a timer is due:
 *
 * - nothing running: it looks again after a full budget, since a document that
 *   starts later cannot run out of its budget before then;
 * - a document it has not seen: a `Deadline` (./deadline.ts) for it, counted from
 *   the start the board gives; when that deadline expires the watch stops the
 *   document if the thread is still on it, else it looks again.
 *
 * So every document is checked no later than its own deadline, and a thread that
 * runs quick documents costs the main thread one timer per budget, not per document.
 */
import { Deadline, LONGEST_TIMER_MS, type Expiry, type OcrSignal } from './deadline.js';
import type { ThreadBoard } from './board.js';

export class ThreadWatch {
  private current: { index: number; startedAt: number; deadline: Deadline } | undefined;
  private idle: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly board: ThreadBoard,
    private readonly timeoutMs: number,
    private readonly ocrPageTimeoutMs: number,
    /** Document `index` ran out of its budget and the board says the thread will not report it. */
    private readonly onExpire: (index: number, why: Expiry) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.look();
  }

  /** An OCR signal of document `index` (the thread is running it). */
  signal(index: number, s: OcrSignal): void {
    if (this.stopped) return;
    if (this.current?.index !== index) this.look();
    if (this.current?.index === index) this.current.deadline.signal(s);
  }

  /** Stops every timer (the thread has ended). */
  clear(): void {
    this.stopped = true;
    this.current?.deadline.clear();
    this.current = undefined;
    clearTimeout(this.idle);
  }

  private look(): void {
    if (this.stopped) return;
    const running = this.board.running();
    // The same input started again (a thread that handed it over takes it back) is a new deadline.
    if (running && running.index === this.current?.index && running.startedAt === this.current.startedAt) return;
    this.current?.deadline.clear();
    this.current = undefined;
    clearTimeout(this.idle);
    if (!running) {
      // A budget longer than one timer can wait is looked at in steps of it, which is harmless.
      this.idle = setTimeout(() => this.look(), Math.min(this.timeoutMs, LONGEST_TIMER_MS));
      return;
    }
    const { index, startedAt } = running;
    const deadline = new Deadline(
      this.timeoutMs,
      this.ocrPageTimeoutMs,
      // Replaced deadlines are cleared, so this is the current one (or, expiring as it is made, about to be).
      (why) => {
        if (this.board.running()?.startedAt === startedAt && this.board.stop(index)) {
          this.clear();
          this.onExpire(index, why);
        } else {
          // Finished in time; the thread has moved on.
          this.current = undefined;
          this.look();
        }
      },
      () => startedAt,
      this.now,
    );
    // One that expired as it was made has already called back (a start older than the budget).
    if (!deadline.expired) this.current = { index, startedAt, deadline };
  }
}
