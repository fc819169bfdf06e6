import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readTimeline, timelineRun, type IngestTimeline } from '../../bench/timeline.js';
import { generateBatch } from '../../bench/generate.js';
import { ROOT, tmp } from '../batch/helpers.js';

const doc = (done: number) => JSON.stringify({ event: 'document', done, total: 10, reused: false, input: `/in/${done}.txt`, status: 'ok' });

describe('readTimeline', () => {
  it('reads the first document, each tenth, the manifest and the rates before and after 60 % of the documents', () => {
    // Ten documents: the first at 500 ms, then one every 100 ms up to the sixth, every 50 ms after.
    const times = [500, 600, 700, 800, 900, 1000, 1050, 1100, 1150, 1200];
    const lines = [
      { ms: 20, line: JSON.stringify({ event: 'start', total: 10, threads: 2 }) },
      ...times.map((ms, k) => ({ ms, line: doc(k + 1) })),
      { ms: 1240, line: 'not an event' },
      { ms: 1250, line: JSON.stringify({ event: 'end', total: 10 }) },
    ];
    expect(readTimeline(lines, 1300)).toEqual({
      documents: 10,
      firstDocumentMs: 500,
      tenths: times,
      endMs: 1250,
      exitMs: 1300,
      warmingDocsPerSecond: 10, // 5 documents after the first in 500 ms
      warmDocsPerSecond: 20, // 4 documents in 200 ms
    });
  });

  it('is null when no document finished', () => {
    expect(readTimeline([{ ms: 1, line: JSON.stringify({ event: 'end' }) }], 5)).toBeNull();
  });
});

describe('timelineRun', () => {
  it('stamps a real ingest: every document, in order, between the start and the exit', async () => {
    const dir = tmp('timeline');
    generateBatch(join(ROOT, 'corpus'), dir, 10);
    const t = (await timelineRun(join(ROOT, 'bin', 'chitieu.js'), dir)) as IngestTimeline;
    expect(t).not.toHaveProperty('error');
    expect(t.documents).toBe(10);
    expect(t.firstDocumentMs).toBeGreaterThan(0);
    expect(t.tenths).toEqual([...t.tenths].sort((a, b) => a - b));
    expect(t.tenths[0]).toBe(t.firstDocumentMs);
    expect(t.endMs).toBeGreaterThanOrEqual(t.tenths[9]!);
    expect(t.exitMs).toBeGreaterThanOrEqual(t.endMs);
  }, 120_000);
});
