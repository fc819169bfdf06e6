/**
 * A feeding thread's lower scheduling priority (see ./thread-loop.ts for pairs).
 *
 * Why: in a pair the home thread is the one the batch waits for; the feeding thread
 * keeps it supplied and is idle a fifth of the time. On two cores the home thread,
 * the feeding thread and V8's compiler threads (which optimise the home thread's code)
 * take turns. A feeding thread a few nice levels down yields its core to those two
 * when they are ready to run, and still has it whenever they are not. Measured on
 * 500 DOCX documents, 8 alternated rounds: 2.359 against 2.410 s (faster in 6 of 8);
 * 500 text documents, 6 rounds: 2.232 against 2.219 s (the noise); 1,000 documents of
 * every format 15.3 against 15.5 s (3 rounds). Nice 5 and 19 measured as 10 did.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** Nice levels a feeding thread puts between itself and the rest of its process. */
export const FEEDER_NICE = 10;

/** The lowest priority Linux has (the highest nice value). */
const LOWEST = 19;

/**
 * Lowers the calling thread's priority by `by` nice levels; returns its nice value then, or null
 * when it did not. Only a worker thread on Linux: there `setpriority` with id 0 names the calling
 * thread alone, where other systems would lower the whole process; and never a process's main
 * thread, whose priority the threads it starts afterwards would inherit.
 */
export function lowerThreadPriority(by: number, platform: NodeJS.Platform = process.platform): number | null {
  if (platform !== 'linux' || isMainThread) return null;
  try {
    const nice = Math.min(LOWEST, getPriority(0) + by);
    setPriority(0, nice);
    return nice;
  } catch {
    // Lowering one's own priority is always permitted on Linux; a sandbox that refuses it only costs the gain.
    return null;
  }
}
