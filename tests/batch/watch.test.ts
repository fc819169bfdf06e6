/**
 * The main thread's watch over a pipeline thread's deadlines (pipeline/pool/watch.ts):
 * the thread never says when it starts a document, yet each document is stopped exactly
 * when its own budget runs out, and one that finishes in time is never stopped. Fake
 * timers and a fake clock: no wall-clock time is measured.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThreadBoard } from '../../pipeline/pool/board.js';
import type { Expiry } from '../../pipeline/pool/deadline.js';
import { ThreadWatch } from '../../pipeline/pool/watch.js';

describe('ThreadWatch', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (timeoutMs = 1000, pageMs = 500) => {
    const board = new ThreadBoard();
    const stopped: Array<[number, Expiry]> = [];
    const watch = new ThreadWatch(board, timeoutMs, pageMs, (index, why) => stopped.push([index, why]));
    return { board, stopped, watch };
  };

  it('stops a document at its own deadline, counted from when the thread started it', () => {
    const { board, stopped } = make();
    vi.advanceTimersByTime(300);
    board.begin(0, Date.now()); // starts at 300 ms, between two looks
    vi.advanceTimersByTime(999);
    expect(stopped).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stopped).toEqual([[0, { phase: 'document', limitMs: 1000 }]]);
    // The board is stopped: the thread will not report it.
    expect(board.end(0)).toBe(false);
  });

  it('never stops quick documents, however many run between its looks', () => {
    const { board, stopped } = make();
    for (let i = 0; i < 500; i++) {
      board.begin(i, Date.now());
      vi.advanceTimersByTime(7);
      expect(board.end(i)).toBe(true);
    }
    vi.advanceTimersByTime(10_000);
    expect(stopped).toEqual([]);
  });

  it('a document the thread starts again later is held to its new start, not to the first', () => {
    const { board, stopped, watch } = make();
    board.begin(4, Date.now());
    watch.signal(4, { type: 'ocr', done: 1, total: 1 }); // the watch now knows 4, due at 1 s
    vi.advanceTimersByTime(200);
    expect(board.end(4)).toBe(true);
    vi.advanceTimersByTime(500);
    board.begin(4, Date.now()); // taken up again at 700 ms: due at 1.7 s
    vi.advanceTimersByTime(999);
    expect(stopped).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stopped.map(([i]) => i)).toEqual([4]);
  });

  it('a document that started before the watch looked still stops at its own deadline', () => {
    const { board, stopped } = make();
    board.begin(0, Date.now()); // at 0 ms; the watch looked at 0 ms before it and next looks at 1 s
    vi.advanceTimersByTime(999);
    expect(stopped).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stopped.map(([i]) => i)).toEqual([0]);
  });

  it('a document that ended before its deadline is let go, and the next one is held to its own start', () => {
    const { board, stopped, watch } = make();
    board.begin(0, Date.now());
    watch.signal(0, { type: 'ocr', done: 1, total: 1 }); // the watch now knows 0, due at 1 s
    vi.advanceTimersByTime(600);
    expect(board.end(0)).toBe(true);
    board.begin(1, Date.now()); // at 600 ms: due at 1.6 s
    vi.advanceTimersByTime(400); // 0's deadline: the board says 1, so nothing is stopped
    expect(stopped).toEqual([]);
    expect(board.running()?.index).toBe(1);
    vi.advanceTimersByTime(599);
    expect(stopped).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stopped.map(([i]) => i)).toEqual([1]);
  });

  it('does not count OCR against the document, and gives each OCR page its own budget', () => {
    const { board, stopped, watch } = make(1000, 500);
    board.begin(9, Date.now());
    vi.advanceTimersByTime(600);
    watch.signal(9, { type: 'ocr', done: 0, total: 2 });
    vi.advanceTimersByTime(499);
    watch.signal(9, { type: 'ocr', done: 1, total: 2 });
    vi.advanceTimersByTime(499);
    watch.signal(9, { type: 'ocr', done: 2, total: 2 });
    vi.advanceTimersByTime(399);
    expect(stopped).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stopped).toEqual([[9, { phase: 'document', limitMs: 1000 }]]);
  });

  it('names the OCR page that ran past its budget', () => {
    const { board, stopped, watch } = make(1000, 500);
    board.begin(2, Date.now());
    watch.signal(2, { type: 'ocr', done: 0, total: 3 });
    vi.advanceTimersByTime(500);
    expect(stopped).toEqual([[2, { phase: 'ocr-page', page: 1, pages: 3, limitMs: 500 }]]);
  });

  it('clear() stops watching', () => {
    const { board, stopped, watch } = make();
    board.begin(0, Date.now());
    watch.clear();
    vi.advanceTimersByTime(60_000);
    expect(stopped).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
