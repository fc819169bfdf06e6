/** Writing results: stable JSON (same input, same bytes) and atomic files (temp + rename). */
import { mkdir, readdir, rename, writeFile, rm } from 'node:fs/promises';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/** JSON with 2-space indent and a final newline; key order is the order records are built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Name of the temp file `writeFileAtomic` writes next to `path` before renaming it. */
function tempName(path: string): string {
  return `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Matches the temp names of `tempName` (and nothing a user would name a file). */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/u;

/** Writes `data` to `path` atomically: a reader sees the old file or the whole new one, never a part. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), tempName(path));
  try {
    await writeTemp(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * `writeFileAtomic` without the event loop, for a thread that has nothing else
 * to do meanwhile (a pipeline worker): a result of a few hundred KB goes to the
 * page cache in well under a millisecond, while the promise version's round
 * trips through libuv's thread pool left the worker idle for longer.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), tempName(path));
  try {
    try {
      writeFileSync(tmp, data);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(tmp), { recursive: true });
      writeFileSync(tmp, data);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Writes the temp file, making its folder only when it is missing (a batch writes thousands into one folder: a mkdir each cost more than the write). */
async function writeTemp(tmp: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(tmp, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(tmp), { recursive: true });
    await writeFile(tmp, data);
  }
}

/**
 * Removes temp files a killed writer left in `dir` (a process killed between
 * write and rename cannot clean up after itself). Call only while no other
 * writer works in `dir`. Returns the names removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => TEMP_FILE.test(n));
  for (const n of names) await rm(join(dir, n), { force: true });
  return names;
}
