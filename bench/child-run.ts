/**
 * Runs a benchmark child (a script of bench/ in a fresh node) and returns its stdout.
 *
 * A child that a signal ended (status null) is run once more: on 2026-12-04 the first
 * per-stage child of a full run died that way with nothing on its stderr, and the group
 * vanished from the table, while 30 runs of the same child by hand and the rest of that
 * bench run were fine. Such a death says nothing about the code measured, so the group is
 * measured again, and the death is kept in `deaths` for results.json rather than hidden.
 * A child that exits non-zero by itself is not run again: that is the code failing.
 */
import { spawnSync } from 'node:child_process';

export interface ChildRun {
  stdout: string;
  /** Earlier attempts a signal ended, e.g. "killed by SIGSEGV; stderr: …". */
  deaths: string[];
}

export class ChildFailed extends Error {
  constructor(
    readonly script: string,
    readonly why: string,
  ) {
    super(`${script} ${why}`);
    this.name = 'ChildFailed';
  }
}

/** How a finished child ended: null when it exited 0. */
function ending(r: ReturnType<typeof spawnSync>): { why: string; bySignal: boolean } | null {
  const stderr = String(r.stderr ?? '').slice(-2000);
  if (r.error) return { why: `could not run: ${r.error.message}; stderr: ${stderr}`, bySignal: false };
  if (r.status === 0) return null;
  if (r.status === null) return { why: `killed by ${r.signal ?? 'a signal'}; stderr: ${stderr}`, bySignal: true };
  return { why: `exited ${r.status}: ${stderr}`, bySignal: false };
}

/**
 * `node [nodeArgs] <script> <args>` from `cwd`; at most `1 + retries` attempts, the later ones
 * only after a death by signal. Throws ChildFailed naming the last ending.
 */
export function runChild(cwd: string, nodeArgs: string[], script: string, args: string[], retries = 1): ChildRun {
  const deaths: string[] = [];
  for (;;) {
    const r = spawnSync(process.execPath, [...nodeArgs, script, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
    const end = ending(r);
    if (end === null) return { stdout: r.stdout, deaths };
    if (!end.bySignal || deaths.length >= retries) throw new ChildFailed(script, deaths.length > 0 ? `${end.why} (after: ${deaths.join(' | ')})` : end.why);
    deaths.push(end.why);
  }
}
