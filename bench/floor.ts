/**
 * The pipeline's floor on a batch: the documents' own work on the cores, without
 * what `chitieu ingest` adds (the CLI's start, each input's probe and hash, the
 * messages to the main thread, the journal, the manifest).
 * bench/floor-child.mjs runs the pool's thread code over the folder; its time
 * beside `chitieu ingest`'s on the same folder says how much of a batch's time
 * the CLI and the pool could still win back, and how much is the documents'.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitUsage, medianRun, round } from './stats.js';

export interface FloorRun {
  documents: number;
  seconds: number;
  docsPerSecond: number;
  ok: number;
  failed: number;
}

/** What floor-child.mjs prints on its last line. */
interface FloorTally {
  documents: number;
  ok: number;
  failed: number;
}

/** Reads floor-child.mjs's tally; throws with its stderr when it did not finish, or did not account for every document. */
export function readFloorTally(status: number | null, stdout: string, stderr: string): FloorTally {
  const last = stdout.trim().split('\n').pop() ?? '';
  let tally: Partial<FloorTally> | undefined;
  try {
    tally = JSON.parse(last) as Partial<FloorTally>;
  } catch {
    tally = undefined;
  }
  if (status !== 0 || !tally || typeof tally.documents !== 'number' || typeof tally.ok !== 'number' || typeof tally.failed !== 'number') {
    throw new Error(`floor-child failed (exit ${status}): ${stderr.slice(-300)}`);
  }
  // A rate over documents some thread never finished would flatter the floor.
  if (tally.ok + tally.failed !== tally.documents) throw new Error(`floor-child finished ${tally.ok + tally.failed} of ${tally.documents} documents`);
  return { documents: tally.documents, ok: tally.ok, failed: tally.failed };
}

/** One run of floor-child.mjs over `dir` in a fresh process; `clock` as the bench's other timings. */
export function floorRun(root: string, dir: string, clock: 'wall' | 'cpu'): FloorRun {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-bench-floor-'));
  try {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', join(root, 'bench', 'rss-at-exit.mjs'), join(root, 'bench', 'floor-child.mjs'), dir, out], { cwd: root, encoding: 'utf8' });
    const wallSeconds = (performance.now() - start) / 1000;
    const tally = readFloorTally(r.status, r.stdout, r.stderr);
    const { cpuSeconds } = exitUsage(r.stderr);
    const seconds = clock === 'cpu' ? cpuSeconds : wallSeconds;
    return { ...tally, seconds: round(seconds), docsPerSecond: round(tally.documents / seconds) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** `runs` runs of floorRun; the run of median time, with every run's seconds. */
export function medianFloor(root: string, dir: string, clock: 'wall' | 'cpu', runs: number): FloorRun & { runsSeconds: number[] } {
  return medianRun(runs, () => floorRun(root, dir, clock));
}
