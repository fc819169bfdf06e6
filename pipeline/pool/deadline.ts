/**
 * When a running document is given up on. Two budgets, because OCR time grows
 * with the page count and the machine's load while the rest of the pipeline does not:
 *
 * - `timeoutMs` for the document's own work, counted from when a thread starts
 *   it (queueing excluded) and paused while OCR runs;
 * - `ocrPageTimeoutMs` for each OCR page, counted from the end of the previous
 *   page (or the start of OCR), so a 40-page scan is not held to a 7-page budget.
 */

/** Reported by a worker while it runs a task. */
export type TaskSignal = { type: 'started' } | { type: 'ocr'; done: number; total: number };

/** Why a deadline expired, for the typed `timeout` error. */
export type Expiry = { phase: 'document'; limitMs: number } | { phase: 'ocr-page'; page: number; pages: number; limitMs: number };

export class Deadline {
  private timer: NodeJS.Timeout | undefined;
  /** Base budget not yet used; counting only while `since` is set. */
  private remainingMs: number;
  private since: number | undefined;
  expired: Expiry | undefined;

  constructor(
    private readonly timeoutMs: number,
    private readonly ocrPageTimeoutMs: number,
    private readonly onExpire: (why: Expiry) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.remainingMs = timeoutMs;
  }

  /** Feeds one worker signal. */
  signal(s: TaskSignal): void {
    if (this.expired) return;
    if (s.type === 'started') return this.resume();
    if (s.done < s.total) {
      this.pause();
      this.arm(this.ocrPageTimeoutMs, { phase: 'ocr-page', page: s.done + 1, pages: s.total, limitMs: this.ocrPageTimeoutMs });
    } else this.resume();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private resume(): void {
    this.since = this.now();
    this.arm(this.remainingMs, { phase: 'document', limitMs: this.timeoutMs });
  }

  private pause(): void {
    if (this.since === undefined) return;
    this.remainingMs = Math.max(0, this.remainingMs - (this.now() - this.since));
    this.since = undefined;
  }

  private arm(ms: number, why: Expiry): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.expired = why;
      this.onExpire(why);
    }, ms);
  }
}

/** The sentence a `timeout` error gives for `why`. */
export function expiryMessage(file: string, why: Expiry): string {
  const s = (ms: number) => `${ms / 1000} s`;
  return why.phase === 'document'
    ? `${file}: took longer than ${s(why.limitMs)} (not counting OCR); its worker was stopped and replaced`
    : `${file}: OCR of page ${why.page} of ${why.pages} took longer than ${s(why.limitMs)}; its worker was stopped and replaced`;
}
