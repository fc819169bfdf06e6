/**
 * The OCR result cache: one JSON file per (PDF content, page, OCR settings),
 * so re-running the pipeline on the same files costs a file read per page.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** sha256 of the bytes, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache file for one page. */
export function cacheFile(cacheDir: string, pdfHash: string, page: number, settings: string): string {
  const key = sha256(`${pdfHash}\n${page}\n${settings}`);
  return join(cacheDir, `${pdfHash.slice(0, 16)}-p${page}-${key.slice(0, 16)}.json`);
}

/** The cached value, or undefined when absent or unreadable (a broken entry is simply redone). */
export async function readCached<T>(file: string, isValid: (value: unknown) => value is T): Promise<T | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Writes through a temp file and a rename, so a reader never sees half a file. */
export async function writeCached(file: string, value: unknown): Promise<void> {
  const dir = join(file, '..');
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
