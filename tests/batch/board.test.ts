/**
 * The shared memory between the main thread and a pipeline thread (pipeline/pool/board.ts):
 * exactly one side reports a document that finishes as its deadline fires, and the content
 * claims let one input of each content run first.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { ContentClaims, ThreadBoard } from '../../pipeline/pool/board.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('ThreadBoard', () => {
  it('shows what the thread runs and since when, and nothing while it is idle', () => {
    const board = new ThreadBoard();
    expect(board.running()).toBeUndefined();
    board.begin(41, 1_700_000_000_123);
    expect(board.running()).toEqual({ index: 41, startedAt: 1_700_000_000_123 });
    expect(board.content()).toBeUndefined();
    board.hashed(sha('ke-hoach'), true);
    expect(board.content()).toEqual({ sha256: sha('ke-hoach'), claimed: true });
    expect(board.end(41)).toBe(true);
    expect(board.running()).toBeUndefined();
    // The next document starts with no content known.
    board.begin(42);
    expect(board.content()).toBeUndefined();
  });

  it('the thread reports a document it ended first; the main thread cannot stop it afterwards', () => {
    const board = new ThreadBoard();
    board.begin(3);
    expect(board.end(3)).toBe(true);
    expect(board.stop(3)).toBe(false);
    // Already on the next one: a late deadline for 3 must not stop 4.
    board.begin(4);
    expect(board.stop(3)).toBe(false);
    expect(board.running()?.index).toBe(4);
  });

  it('a document the main thread stopped first is not reported by the thread', () => {
    const board = new ThreadBoard();
    board.begin(7);
    expect(board.stop(7)).toBe(true);
    expect(board.end(7)).toBe(false);
    expect(board.running()).toBeUndefined();
  });

  it('the same buffer seen from another thread is the same board', () => {
    const board = new ThreadBoard();
    const other = new ThreadBoard(board.buffer);
    other.begin(5, 1000);
    other.hashed(sha('x'), false);
    expect(board.running()).toEqual({ index: 5, startedAt: 1000 });
    expect(board.content()).toEqual({ sha256: sha('x'), claimed: false });
    expect(board.stopAny()).toBe(5);
    expect(other.end(5)).toBe(false);
  });
});

describe('ContentClaims', () => {
  it('the first input of a content claims it, later ones with the same bytes do not', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (contents) => {
        const claims = ContentClaims.forInputs(contents.length);
        const seen = new Set<string>();
        for (const c of contents) {
          expect(claims.claim(sha(c))).toBe(!seen.has(c));
          seen.add(c);
        }
      }),
    );
  });

  it('contents whose hashes fall on the same slot are told apart', () => {
    const claims = ContentClaims.forInputs(1); // 16 slots
    // Same last hex digit: the same slot of 16; different first 64 bits.
    const a = `${'1'.repeat(15)}0${'a'.repeat(48)}`;
    const b = `${'2'.repeat(15)}0${'b'.repeat(48)}`;
    expect([claims.claim(a), claims.claim(b), claims.claim(a), claims.claim(b)]).toEqual([true, true, false, false]);
  });

  it('a hash whose first 64 bits are zero still claims', () => {
    const claims = ContentClaims.forInputs(2);
    const zero = '0'.repeat(64);
    expect([claims.claim(zero), claims.claim(zero)]).toEqual([true, false]);
  });
});
