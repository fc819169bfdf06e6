/** Small statistics and machine facts shared by the benchmark scripts. */
import { cpus, loadavg, totalmem } from 'node:os';

/** Median of `values` (mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What bench/rss-at-exit.mjs, preloaded into a measured child, wrote on its stderr as it exited (NaN when missing). */
export function exitUsage(stderr: string): { peakRssKb: number; cpuSeconds: number } {
  return {
    peakRssKb: Number(/BENCH_MAX_RSS_KB=(\d+)/u.exec(stderr)?.[1] ?? Number.NaN),
    cpuSeconds: Number(/BENCH_CPU_MS=([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN) / 1000,
  };
}

/** `count` runs of `run`: the run of median time, with every run's seconds in the order they ran. */
export function medianRun<T extends { seconds: number }>(count: number, run: () => T): T & { runsSeconds: number[] } {
  const runs = Array.from({ length: count }, run);
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)]!, runsSeconds: runs.map((r) => r.seconds) };
}

/** Rounds for the results file, so it diffs readably. */
export const round = (v: number, digits = 2): number => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/** The machine a result was measured on: numbers are meaningless without it. */
export function machine() {
  const c = cpus();
  return {
    cpuModel: c[0]?.model ?? 'unknown',
    cores: c.length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    // Other processes on the box skew wall-clock numbers; the load at start says how much.
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
  };
}
