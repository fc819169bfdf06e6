import { describe, expect, it } from 'vitest';
import { exitUsage, medianRun } from '../../bench/stats.js';

describe('exitUsage', () => {
  it('reads what bench/rss-at-exit.mjs writes, among other stderr lines', () => {
    expect(exitUsage('warning: x\n\nBENCH_MAX_RSS_KB=248556 BENCH_CPU_MS=5212.25\n')).toEqual({ peakRssKb: 248556, cpuSeconds: 5.21225 });
  });

  it('says NaN for a child that died before writing it', () => {
    const u = exitUsage('Error: boom');
    expect(Number.isNaN(u.peakRssKb) && Number.isNaN(u.cpuSeconds)).toBe(true);
  });
});

describe('medianRun', () => {
  it('keeps the run of median time whole and every run’s seconds in the order they ran', () => {
    const times = [3.3, 2.9, 3.1];
    let i = 0;
    const r = medianRun(3, () => ({ seconds: times[i]!, label: `run ${i++}` }));
    expect(r).toEqual({ seconds: 3.1, label: 'run 2', runsSeconds: [3.3, 2.9, 3.1] });
  });

  it('runs once when asked once', () => {
    let calls = 0;
    expect(medianRun(1, () => ({ seconds: ++calls }))).toEqual({ seconds: 1, runsSeconds: [1] });
    expect(calls).toBe(1);
  });
});
