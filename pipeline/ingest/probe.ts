/**
 * What the main thread learns about an input before handing it to a worker:
 * cheap checks (size, format from the first bytes) and the content hash that
 * keys its result. Only the first bytes are read into memory; the hash streams.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { detectFormat } from '../../extractors/detect.js';
import type { TaskError } from '../pool/index.js';

/** Bytes `detectFormat` looks at. */
const HEAD_BYTES = 4096;

/** The verdict on one input. */
export type Probe =
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; error: TaskError; sha256: string | null }
  | { kind: 'process'; sha256: string };

async function head(file: string): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Probes `file`: skipped (not a plan document), failed before processing (empty, too large, unreadable), or to process. */
export async function probe(file: string, maxBytes: number): Promise<Probe> {
  try {
    const size = (await stat(file)).size;
    const detected = detectFormat(await head(file), file);
    if ('skip' in detected) return { kind: 'skip', reason: detected.skip };
    if (size === 0) return { kind: 'fail', sha256: null, error: { code: 'empty-file', message: `${file}: the file is empty`, stage: 'ingest' } };
    if (size > maxBytes) {
      return { kind: 'fail', sha256: null, error: { code: 'file-too-large', message: `${file}: the file has ${size} bytes, more than the limit of ${maxBytes}`, stage: 'ingest' } };
    }
    return { kind: 'process', sha256: await sha256File(file) };
  } catch (error) {
    return { kind: 'fail', sha256: null, error: { code: 'unreadable-file', message: `${file}: ${(error as Error).message}`, stage: 'read' } };
  }
}
