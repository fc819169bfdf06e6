/**
 * The key a journaled outcome is valid for: the same bytes, pipeline version, OCR
 * setting and output name. The main thread keeps an earlier outcome only when
 * everything but the bytes still matches; the thread that probes the input then
 * compares the bytes' hash (../pool/thread-loop.ts).
 */
import { PIPELINE_VERSION } from '../version.js';

export const journalKey = (sha256: string, ocr: boolean, output: string) => `${sha256}/${PIPELINE_VERSION}/${ocr ? 'ocr' : 'no-ocr'}/${output}`;

/** The content hash `key` was made for, when the rest of it matches this run's version, OCR setting and `output`; else undefined. */
export function contentOfKey(key: string, ocr: boolean, output: string): string | undefined {
  const slash = key.indexOf('/');
  if (slash < 0) return undefined;
  const sha256 = key.slice(0, slash);
  return journalKey(sha256, ocr, output) === key ? sha256 : undefined;
}
