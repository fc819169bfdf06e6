/**
 * What is learnt about an input before the pipeline runs on it (by the pipeline
 * thread that takes it, or by the main thread for a re-run's inputs it can decide
 * itself): cheap checks (size, format from the first bytes) and the content hash
 * that keys its result. A small file is read whole and its bytes go on to the
 * pipeline (one read instead of two); a large one is hashed as a stream.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { detectFormat } from '../../extractors/detect.js';
import type { TaskError } from '../pool/index.js';

/** Bytes `detectFormat` looks at. */
const HEAD_BYTES = 4096;

/** The verdict on one input. */
export type Probe =
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; error: TaskError; sha256: string | null }
  | { kind: 'process'; sha256: string; bytes?: Uint8Array };

/** Files up to this size are read whole by the probe and handed to the worker. */
export const WHOLE_READ_BYTES = 8 * 1024 * 1024;

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
    // Synchronous on purpose: a stat and one read of a small file take microseconds, while each
    // promise call woke a libuv pool thread and then this one, competing with the workers for the cores.
    const size = statSync(file).size;
    const whole = size > 0 && size <= Math.min(maxBytes, WHOLE_READ_BYTES) ? readWhole(file) : null;
    const detected = detectFormat(whole ? whole.subarray(0, HEAD_BYTES) : await head(file), file);
    if ('skip' in detected) return { kind: 'skip', reason: detected.skip };
    if (size === 0) return { kind: 'fail', sha256: null, error: { code: 'empty-file', message: `${file}: the file is empty`, stage: 'ingest' } };
    if (size > maxBytes) {
      return { kind: 'fail', sha256: null, error: { code: 'file-too-large', message: `${file}: the file has ${size} bytes, more than the limit of ${maxBytes}`, stage: 'ingest' } };
    }
    if (!whole) return { kind: 'process', sha256: await sha256File(file) };
    return { kind: 'process', sha256: createHash('sha256').update(whole).digest('hex'), bytes: whole };
  } catch (error) {
    return { kind: 'fail', sha256: null, error: { code: 'unreadable-file', message: `${file}: ${(error as Error).message}`, stage: 'read' } };
  }
}

/** An earlier run's journaled outcome for an input: the content it was made from, and whether it has a result file. */
export interface Reusable {
  sha256: string;
  hasOutput: boolean;
}

/** What an input comes to without the pipeline (skipped, refused, an earlier outcome reused), or its probe when it must run. */
export type Decision =
  | Exclude<Probe, { kind: 'process' }>
  | { kind: 'reuse' }
  | { kind: 'run'; sha256: string; bytes?: Uint8Array };

/**
 * Decides `file` without the pipeline when it can: by its probe, or by `previous` when the content
 * is unchanged and the result file `output` it names is still there. The pipeline threads decide
 * every input they take this way, the main thread a re-run's first inputs.
 */
export async function decide(file: string, output: string, maxBytes: number, previous: Reusable | null | undefined): Promise<Decision> {
  const probed = await probe(file, maxBytes);
  if (probed.kind !== 'process') return probed;
  if (previous && previous.sha256 === probed.sha256 && (!previous.hasOutput || existsSync(output))) return { kind: 'reuse' };
  return { kind: 'run', sha256: probed.sha256, ...(probed.bytes ? { bytes: probed.bytes } : {}) };
}

/** The whole file as a plain Uint8Array over a buffer of its own: it is transferred to the worker, and pdfjs rejects Node Buffers. */
function readWhole(file: string): Uint8Array {
  const data = readFileSync(file);
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? new Uint8Array(data.buffer) : new Uint8Array(data);
}
