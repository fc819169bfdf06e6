/**
 * When a running document is given up on. Two budgets, because OCR time grows
 * with the page count and the machine's load while the rest of the pipeline does not:
 *
 * - `timeoutMs` for the document's own work, counted from when a thread starts
 *   it (queueing excluded) and paused while OCR runs;
 * - `ocrPageTimeoutMs` for each OCR page, counted from the end of the previous
 *   page (or the start of OCR), so a 40-page scan is not held to a 7-page budget.
 *
 * The start is not a message: the thread writes it on its board (./board.ts), and
 * the deadline reads it when its timer fires (`startedAt`). A message per document
 * woke the main thread once more per document (see ./watch.ts).
 */

/** OCR progress a worker reports while it runs a task: `done` of `total` pages read. */
export type OcrSignal = { type: 'ocr'; done: number; total: number };

/** Why a deadline expired, for the typed `timeout` error. */
export type Expiry = { phase: 'document'; limitMs: number } | { phase: 'ocr-page'; page: number; pages: number; limitMs: number };

/**
 * The longest delay a timer takes (2^31 - 1 ms, about 24.8 days); Node fires a longer one after 1 ms.
 * A longer budget is waited out in steps of it.
 */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;

export class Deadline {
  private timer: NodeJS.Timeout | undefined;
  /** Base budget not yet used; counting only while `since` is set. */
  private remainingMs: number;
  private since: number | undefined;
  private started = false;
  private inOcr = false;
  expired: Expiry | undefined;

  /**
   * Arms at once: for what is left of the budget when `startedAt` already says when the task
   * started; else for a full budget from now (the task starts later, so its budget cannot run
   * out sooner), when the timer reads `startedAt` again and re-arms for what is left.
   */
  constructor(
    private readonly timeoutMs: number,
    private readonly ocrPageTimeoutMs: number,
    private readonly onExpire: (why: Expiry) => void,
    private readonly startedAt: () => number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.remainingMs = timeoutMs;
    this.check();
  }

  /** Feeds one OCR signal (the task has started by then, even if its stamp was not read yet). */
  signal(s: OcrSignal): void {
    if (this.expired) return;
    this.syncStart();
    if (s.done < s.total) {
      this.pause();
      this.inOcr = true;
      const why: Expiry = { phase: 'ocr-page', page: s.done + 1, pages: s.total, limitMs: this.ocrPageTimeoutMs };
      this.arm(this.ocrPageTimeoutMs, () => this.expire(why));
    } else {
      this.inOcr = false;
      this.since = this.now();
      this.check();
    }
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private syncStart(): void {
    if (this.started) return;
    const at = this.startedAt();
    if (at === undefined) return;
    this.started = true;
    this.since = at;
  }

  /** The document budget: expired, or re-armed for what is left (or for another full budget while still queued). */
  private check(): void {
    if (this.expired || this.inOcr) return;
    this.syncStart();
    if (this.since === undefined) return this.arm(this.timeoutMs, () => this.check());
    const left = this.remainingMs - (this.now() - this.since);
    if (left <= 0) return this.expire({ phase: 'document', limitMs: this.timeoutMs });
    this.arm(left, () => this.check());
  }

  private pause(): void {
    if (this.since === undefined) return;
    this.remainingMs = Math.max(0, this.remainingMs - (this.now() - this.since));
    this.since = undefined;
  }

  private expire(why: Expiry): void {
    this.clear();
    this.expired = why;
    this.onExpire(why);
  }

  private arm(ms: number, then: () => void): void {
    this.clear();
    this.timer = ms > LONGEST_TIMER_MS ? setTimeout(() => this.arm(ms - LONGEST_TIMER_MS, then), LONGEST_TIMER_MS) : setTimeout(then, ms);
  }
}

/** The sentence a `timeout` error gives for `why`. */
export function expiryMessage(file: string, why: Expiry): string {
  const s = (ms: number) => `${ms / 1000} s`;
  return why.phase === 'document'
    ? `${file}: took longer than ${s(why.limitMs)} (not counting OCR); its worker was stopped and replaced`
    : `${file}: OCR of page ${why.page} of ${why.pages} took longer than ${s(why.limitMs)}; its worker was stopped and replaced`;
}
