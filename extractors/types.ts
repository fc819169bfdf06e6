/**
 * The contract every format extractor meets: bytes in, source text out.
 *
 * All formats reach the rules through the same shape so that a plan scores the
 * same whatever it was saved as. The source text is what records ground into:
 * a record's `line` and `sourceStart/sourceEnd` point into `text`.
 */

/** Formats chitieu reads, detected from the bytes (see `detectFormat`). */
export type Format = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf';

/**
 * How lines relate to paragraphs.
 * - `wrapped`: lines are hard-wrapped (PDF text, text exported from PDF); the
 *   normaliser folds them back into paragraphs.
 * - `paragraphs`: each non-empty line is already one paragraph (DOCX, HTML, Markdown).
 */
export type Layout = 'wrapped' | 'paragraphs';

/** Where one line of `text` came from, for paged or positioned formats. */
export interface LineOrigin {
  /** 1-based page number. */
  page: number;
  /** Left edge and baseline in PDF user-space units (OCR boxes too, deskewed and scaled to points), when known. */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** A diagnostic an extractor attaches to the document. */
export interface ExtractMessage {
  reason: string;
  fatal: boolean;
  /** Stable machine code, e.g. `mammoth-warning`, `encoding-converted`. */
  code: string;
}

export type ExtractionStatus = 'ok' | 'needs-ocr' | 'unreadable-text';

/** What an extractor returns. */
export interface Extraction {
  format: Format;
  /**
   * The document text, lines separated by "\n", Unicode NFC.
   * Table rows are one line each with cells separated by "\t" (a cell's own
   * line breaks folded to spaces). Word automatic numbering ("I.", "1.", "a)")
   * is written into the line as text.
   */
  text: string;
  layout: Layout;
  /** Per line of `text` (same length as `text.split("\n")`), or undefined for unpaged formats. */
  lines?: LineOrigin[];
  pages: number | null;
  /** Conversion applied: `utf-8`, `utf-16le`, `tcvn3`, `vni`, `nfd`, `windows-1258`, `ocr`. */
  encoding: string | null;
  ocr: boolean;
  status: ExtractionStatus;
  messages: ExtractMessage[];
}

/** Options every extractor accepts. */
export interface ExtractOptions {
  /** Run OCR on pages without a usable text layer (default true). */
  ocr?: boolean;
  /** Directory for the OCR cache keyed by content hash (default `.cache/ocr`). */
  cacheDir?: string;
  /** Called with progress while a slow step (OCR) runs. */
  onProgress?: (event: { file: string; stage: string; done: number; total: number }) => void;
}

/** A typed, expected failure of one input: bad bytes, encrypted, too large… */
export class ExtractError extends Error {
  readonly code: string;
  readonly file: string;
  readonly stage = 'extract';
  constructor(code: string, file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ExtractError';
    this.code = code;
    this.file = file;
  }
}
