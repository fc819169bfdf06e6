/**
 * The timeout policy of a pool task (pipeline/pool/deadline.ts): the document's
 * own budget is paused while OCR runs, each OCR page has a budget of its own.
 * Driven by fake timers and a fake clock, so no wall-clock time is measured.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadline, expiryMessage, type Expiry } from '../../pipeline/pool/deadline.js';

describe('Deadline', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  // The thread's side: it writes when it starts the task on its board, which the deadline reads.
  const make = (timeoutMs: number, pageMs: number) => {
    const fired: Expiry[] = [];
    let startedAt: number | undefined;
    const d = new Deadline(timeoutMs, pageMs, (why) => fired.push(why), () => startedAt, () => Date.now());
    return { d, fired, start: () => void (startedAt = Date.now()) };
  };

  /** The document budget runs out exactly `ms` from now: not a millisecond sooner. */
  const documentExpiresIn = (fired: Expiry[], ms: number) => {
    vi.advanceTimersByTime(ms - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([{ phase: 'document', limitMs: 1000 }]);
  };

  it('does not run before the worker starts the task (queueing is free)', () => {
    const { fired } = make(1000, 500);
    vi.advanceTimersByTime(10_000);
    expect(fired).toEqual([]);
  });

  it('counts the budget from the stamped start, whenever its timer reads the stamp', () => {
    const { fired, start } = make(1000, 500);
    vi.advanceTimersByTime(1500); // queued through one check of the board
    start(); // at 1.5 s: the budget runs out at 2.5 s, not at the next check (2 s) or a full budget after it (3 s)
    documentExpiresIn(fired, 1000);
  });

  it('an OCR signal that comes before the timer read the stamp still counts the time before OCR', () => {
    const { d, fired, start } = make(1000, 500);
    vi.advanceTimersByTime(200);
    start();
    vi.advanceTimersByTime(300); // 300 ms of work, then OCR of one page
    d.signal({ type: 'ocr', done: 0, total: 1 });
    vi.advanceTimersByTime(400);
    d.signal({ type: 'ocr', done: 1, total: 1 });
    documentExpiresIn(fired, 700);
  });

  it('expires the document budget counted from the start', () => {
    const { fired, start } = make(1000, 500);
    start();
    documentExpiresIn(fired, 1000);
  });

  it('gives each OCR page its own budget and does not count OCR time against the document', () => {
    const { d, fired, start } = make(1000, 500);
    start();
    vi.advanceTimersByTime(600); // 400 ms of the document budget left
    d.signal({ type: 'ocr', done: 0, total: 3 });
    for (let page = 1; page <= 3; page++) {
      vi.advanceTimersByTime(499);
      d.signal({ type: 'ocr', done: page, total: 3 });
    }
    // 1.5 s of OCR later the document still has its 400 ms.
    expect(fired).toEqual([]);
    documentExpiresIn(fired, 400);
  });

  it('names the OCR page that ran past its budget', () => {
    const { d, fired, start } = make(1000, 500);
    start();
    d.signal({ type: 'ocr', done: 0, total: 7 });
    d.signal({ type: 'ocr', done: 1, total: 7 });
    vi.advanceTimersByTime(500);
    expect(fired).toEqual([{ phase: 'ocr-page', page: 2, pages: 7, limitMs: 500 }]);
    expect(expiryMessage('a/b.pdf', fired[0]!)).toBe('a/b.pdf: OCR of page 2 of 7 took longer than 0.5 s; its worker was stopped and replaced');
    // Signals after expiry change nothing.
    d.signal({ type: 'ocr', done: 2, total: 7 });
    vi.advanceTimersByTime(10_000);
    expect(fired).toHaveLength(1);
  });

  // Node (and the fake clock) fire a timer of more than 2^31 - 1 ms after 1 ms: armed as is, such a
  // budget would be re-checked every millisecond. Each case first looks at 100 ms of timers.
  const days = (n: number) => n * 24 * 3600 * 1000;
  const longBudget = () => {
    const fired: Expiry[] = [];
    let startedAt: number | undefined;
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const d = new Deadline(days(60), days(30), (why) => fired.push(why), () => startedAt, () => Date.now());
    startedAt = Date.now();
    return { d, fired, timers };
  };

  it('a budget longer than a timer can wait (2^31 ms) is waited out, neither cut short nor spun on', () => {
    const { fired, timers } = longBudget();
    vi.advanceTimersByTime(100);
    expect(timers.mock.calls.length).toBe(1);
    vi.advanceTimersByTime(days(60) - 101);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([{ phase: 'document', limitMs: days(60) }]);
  });

  it('an OCR page budget longer than a timer can wait is waited out too', () => {
    const { d, fired, timers } = longBudget();
    d.signal({ type: 'ocr', done: 0, total: 2 });
    vi.advanceTimersByTime(100);
    expect(timers.mock.calls.length).toBe(2);
    vi.advanceTimersByTime(days(30) - 101);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([{ phase: 'ocr-page', page: 1, pages: 2, limitMs: days(30) }]);
  });

  it('clear() stops every timer', () => {
    const { d, fired, start } = make(1000, 500);
    start();
    d.clear();
    vi.advanceTimersByTime(10_000);
    expect(fired).toEqual([]);
  });
});
