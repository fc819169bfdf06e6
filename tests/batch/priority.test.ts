/**
 * lowerThreadPriority lowers only a worker thread's own priority, only on Linux (where the
 * thread alone is named); a process's main thread and other systems are left as they are.
 * (A feeding thread's priority in a real pair: tests/batch/pipeline-threads.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { getPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { lowerThreadPriority } from '../../pipeline/pool/priority.js';

describe('lowerThreadPriority', () => {
  it.each(['darwin', 'win32', 'freebsd'] as const)('does nothing on %s, where id 0 would name the whole process', (platform) => {
    const before = getPriority(0);
    expect(lowerThreadPriority(10, platform)).toBeNull();
    expect(getPriority(0)).toBe(before);
  });

  it('never lowers a process main thread, whose later threads would inherit it', () => {
    expect(isMainThread).toBe(true);
    const before = getPriority(0);
    expect(lowerThreadPriority(10, 'linux')).toBeNull();
    expect(getPriority(0)).toBe(before);
  });
});
