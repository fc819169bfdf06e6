/**
 * The pipeline: extract → normalise → structure → rules → resolve → output.
 * Each stage is a pure function of the previous stage's value; only
 * `extractFile` reads and only `ingest` (in ./ingest.ts) writes.
 */
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { extractBytes } from '../extractors/index.js';
import { ExtractError, type Extraction, type ExtractOptions } from '../extractors/types.js';
import type { DocumentResult, Message } from '../output/schema.js';
import { validateDocumentResult } from '../output/validate.js';
import { runRules } from '../rules/index.js';
import { DocFile } from './doc-file.js';
import { normalise } from './normalise/index.js';
import { resolve } from './resolve/index.js';
import { structure } from './structure/index.js';
import { foldSpaces } from './text/spaces.js';
import { packedMap } from './packed.js';
import { PIPELINE_VERSION } from './version.js';

export { DocFile } from './doc-file.js';
export { PIPELINE_VERSION } from './version.js';

/** Options of `processBytes` / `extractFile`. */
export interface ProcessOptions extends ExtractOptions {
  /** Path written into records' provenance (default: the file path as given). */
  displayPath?: string;
  /** Largest input accepted, in bytes (default {@link DEFAULT_MAX_BYTES}); a larger file is refused before it is read. */
  maxBytes?: number;
  /** SHA-256 (hex) of `bytes`, when the caller hashed these very bytes already (ingest's probe): not hashed twice. */
  sha256?: string;
}

/** No plan is anywhere near this size; a bigger input is a wrong file, and reading it would only exhaust memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

function tooLarge(file: string, size: number, max: number): ExtractError {
  return new ExtractError('file-too-large', file, `the file has ${size} bytes, more than the limit of ${max}`);
}

/** A typed failure of one document, with the stage it happened in. */
export class PipelineError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly stage: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'PipelineError';
  }
}

/**
 * Runs one stage; a stack overflow (recursion over pathologically nested input, e.g. a
 * Markdown blockquote thousands of levels deep) becomes a typed error naming the file
 * and the stage instead of crashing the caller. Other errors are bugs and stay visible.
 */
async function stage<T>(doc: DocFile, name: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RangeError && /call stack/iu.test(error.message)) {
      throw new PipelineError('too-deeply-nested', doc.path, name, `the document is nested too deeply for the ${name} stage (${error.message})`);
    }
    throw error;
  }
}

/** Builds the document result from an extraction (pure: no I/O). */
export async function processExtraction(doc: DocFile, extraction: Extraction): Promise<DocumentResult> {
  doc.data.extraction = extraction;
  for (const m of extraction.messages) doc.message({ reason: m.reason, source: 'extract', code: m.code, fatal: m.fatal });
  const n = await stage(doc, 'normalise', () => normalise(extraction));
  doc.data.normalised = n;
  const s = await stage(doc, 'structure', () => structure(n));
  doc.data.structure = s;
  const records = await stage(doc, 'rules', () => runRules(n, s));
  doc.data.records = records;
  const resolved = await stage(doc, 'resolve', () => resolve(records, n, doc.path));
  for (const w of resolved.warnings) doc.message({ reason: w.reason, source: 'resolve', ruleId: w.ruleId, line: w.line, code: 'unknown-unit' });
  const result: DocumentResult = {
    schemaVersion: 1,
    pipelineVersion: PIPELINE_VERSION,
    document: basename(doc.path),
    source: { path: doc.path, sha256: doc.data.sha256 ?? '', format: extraction.format, encoding: extraction.encoding, pages: extraction.pages, ocr: extraction.ocr },
    status: extraction.status,
    metadata: records.metadata,
    sections: s.sections,
    tables: s.tables.map((t) => ({
      line: t.line,
      section: t.section,
      columns: Math.max(t.header.length, ...t.rows.map((r) => r.cells.length)),
      rows: [t.header, ...packedMap(t.rows, (r) => packedMap(r.cells, (c) => (c.start < 0 ? '' : foldSpaces(n.text.slice(c.start, c.end)))))].filter((r) => r.length > 0),
    })),
    indicators: resolved.indicators,
    tasks: resolved.tasks,
    budget: resolved.budget,
    references: resolved.references,
    conflicts: resolved.conflicts,
    messages: doc.messages.map((m) => m.toJSON() as Message),
  };
  const parsed = await validateDocumentResult(result);
  if (!parsed.success) {
    const { issue } = parsed;
    throw new PipelineError('invalid-output', doc.path, 'output', `output failed validation at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  doc.data.result = parsed.data;
  return parsed.data;
}

/** What the extract stage hands on: the document (path and content hash) and its extraction. */
export interface Extracted {
  doc: DocFile;
  extraction: Extraction;
}

/**
 * The extract stage of {@link processBytes}: the size check, the content hash and the
 * extraction. {@link processExtraction} does the rest, in this thread or in another one
 * (ingest hands a DOCX or .doc extraction to a partner thread, see pool/thread-loop.ts).
 */
export async function extractStage(bytes: Uint8Array, file: string, options: ProcessOptions = {}): Promise<Extracted> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) throw tooLarge(file, bytes.length, max);
  const doc = new DocFile(options.displayPath ?? file, bytes);
  doc.data.sha256 = options.sha256 ?? createHash('sha256').update(bytes).digest('hex');
  return { doc, extraction: await extractBytes(bytes, file, options) };
}

/** Runs the whole pipeline on bytes. Throws `ExtractError` or `PipelineError` for a document it cannot process. */
export async function processBytes(bytes: Uint8Array, file: string, options: ProcessOptions = {}): Promise<DocumentResult> {
  const { doc, extraction } = await extractStage(bytes, file, options);
  return processExtraction(doc, extraction);
}

/**
 * Reads and processes one file.
 * @example const result = await extractFile('corpus/000_d7d9651ddd969956.txt'); result.indicators.length
 */
export async function extractFile(path: string, options: ProcessOptions = {}): Promise<DocumentResult> {
  let bytes: Uint8Array;
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const size = (await stat(path)).size;
    if (size > max) throw tooLarge(path, size, max);
    bytes = new Uint8Array(await readFile(path)); // pdfjs rejects Node Buffers
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('unreadable-file', path, (error as Error).message);
  }
  return processBytes(bytes, path, options);
}
