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
  const bytes = typeof data === 'string' ? utf8Scratch(data) : data;
  try {
    try {
      writeFileSync(tmp, bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(tmp), { recursive: true });
      writeFileSync(tmp, bytes);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Reused between writes; a result too large to keep gets a buffer of its own rather than pinning one. */
let scratch = Buffer.allocUnsafe(1 << 20);
const SCRATCH_KEPT = 1 << 24;

/**
 * `text` as UTF-8, in a buffer reused by the next call (valid until then). A string
 * handed to writeFileSync is measured (one pass over it) and then encoded into a
 * fresh buffer (a second pass and an allocation); a Vietnamese result is a two-byte
 * string, for which each pass costs about as much as serialising it. No UTF-16 unit
 * takes more than three bytes, so a buffer of thrice the length always holds it.
 */
function utf8Scratch(text: string): Buffer {
  const most = text.length * 3;
  let buffer = scratch;
  if (buffer.length < most) {
    buffer = Buffer.allocUnsafe(most);
    if (most <= SCRATCH_KEPT) scratch = buffer;
  }
  return buffer.subarray(0, buffer.write(text, 0, 'utf8'));
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
