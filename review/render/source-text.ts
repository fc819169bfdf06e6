/**
 * Re-reads a result's source through the pipeline's pure stages (extract →
 * normalise) so the review page can show the normalised text that records'
 * `start`/`end` offsets point into. I/O happens here only.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extractBytes } from '../../extractors/index.js';
import { normalise } from '../../pipeline/normalise/index.js';
import type { DocumentResult } from '../../output/schema.js';

/** The normalised text of a document with its blocks' source lines, or why it could not be shown. */
export type SourceText =
  | { ok: true; text: string; blocks: Array<{ start: number; end: number; line: number; endLine: number }> }
  | { ok: false; problem: string };

/** Normalised text of `result`'s source; refuses a source whose bytes changed since the run (offsets would lie). */
export async function loadSourceText(result: DocumentResult, options: { ocr?: boolean } = {}): Promise<SourceText> {
  const path = result.source.path;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return { ok: false, problem: `${path}: source not readable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (result.source.sha256 && sha !== result.source.sha256) return { ok: false, problem: `${path}: the file changed since the run (sha256 differs), so its records cannot be placed in its text` };
  try {
    const n = normalise(await extractBytes(bytes, path, { ocr: options.ocr ?? true }));
    return { ok: true, text: n.text, blocks: n.blocks.map((b) => ({ start: b.start, end: b.end, line: b.line, endLine: b.endLine })) };
  } catch (error) {
    return { ok: false, problem: `${path}: ${(error as Error).message}` };
  }
}
