/**
 * The pipeline: extract → normalise → structure → rules → resolve → output.
 * Each stage is a pure function of the previous stage's value; only
 * `extractFile` reads and only `ingest` (in ./ingest.ts) writes.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { extractBytes } from '../extractors/index.js';
import { ExtractError, type Extraction, type ExtractOptions } from '../extractors/types.js';
import { DocumentResult, type Message } from '../output/schema.js';
import { runRules } from '../rules/index.js';
import { DocFile } from './doc-file.js';
import { normalise } from './normalise/index.js';
import { resolve } from './resolve/index.js';
import { structure } from './structure/index.js';
import { PIPELINE_VERSION } from './version.js';

export { DocFile } from './doc-file.js';
export { PIPELINE_VERSION } from './version.js';

/** Options of `processBytes` / `extractFile`. */
export interface ProcessOptions extends ExtractOptions {
  /** Path written into records' provenance (default: the file path as given). */
  displayPath?: string;
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

/** Builds the document result from an extraction (pure: no I/O). */
export async function processExtraction(doc: DocFile, extraction: Extraction): Promise<DocumentResult> {
  doc.data.extraction = extraction;
  for (const m of extraction.messages) doc.message({ reason: m.reason, source: 'extract', code: m.code, fatal: m.fatal });
  const n = normalise(extraction);
  doc.data.normalised = n;
  const s = structure(n);
  doc.data.structure = s;
  const records = await runRules(n, s);
  doc.data.records = records;
  const resolved = resolve(records, n, doc.path);
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
      rows: [t.header, ...t.rows.map((r) => r.cells.map((c) => (c.start < 0 ? '' : n.text.slice(c.start, c.end).replace(/\s+/gu, ' ').trim())))].filter((r) => r.length > 0),
    })),
    indicators: resolved.indicators,
    tasks: resolved.tasks,
    budget: resolved.budget,
    references: resolved.references,
    conflicts: resolved.conflicts,
    messages: doc.messages.map((m) => m.toJSON() as Message),
  };
  const parsed = DocumentResult.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PipelineError('invalid-output', doc.path, 'output', `output failed validation at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  doc.data.result = parsed.data;
  return parsed.data;
}

/** Runs the whole pipeline on bytes. Throws `ExtractError` or `PipelineError` for a document it cannot process. */
export async function processBytes(bytes: Uint8Array, file: string, options: ProcessOptions = {}): Promise<DocumentResult> {
  const doc = new DocFile(options.displayPath ?? file, bytes);
  doc.data.sha256 = createHash('sha256').update(bytes).digest('hex');
  const extraction = await extractBytes(bytes, file, options);
  return processExtraction(doc, extraction);
}

/**
 * Reads and processes one file.
 * @example const result = await extractFile('corpus/000_d7d9651ddd969956.txt'); result.indicators.length
 */
export async function extractFile(path: string, options: ProcessOptions = {}): Promise<DocumentResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path)); // pdfjs rejects Node Buffers
  } catch (error) {
    throw new ExtractError('unreadable-file', path, (error as Error).message);
  }
  return processBytes(bytes, path, options);
}
