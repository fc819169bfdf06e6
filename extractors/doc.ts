/**
 * Legacy Word 97-2003 (.doc) extractor, via `word-extractor` (pure JS).
 *
 * word-extractor gives plain text where a table cell ends in "\t" and a cell's
 * paragraphs are separated by "\n" like any paragraph, so rows are rebuilt by
 * heuristics: a line ending in "\t" closes a row; a row runs back to the
 * previous row's end, or (first row of a table) to the first tab-bearing line.
 * Merged cells are not visible in this text, so rows of one table are padded
 * with empty cells to the widest row. Footnote reference marks are lost by
 * word-extractor; footnote texts are appended at the end, numbered in order.
 */
import { createRequire } from 'node:module';
import { repairLegacyText } from './encoding/index.js';
import { paragraphExtraction } from './paragraphs.js';
import { isEncryptedOoxml } from './ole.js';
import { BARE_QUANTITY } from './html/hast-to-lines.js';
import { ExtractError, type ExtractMessage, type ExtractOptions, type Extraction } from './types.js';

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getFootnotes(options?: { filterUnicode?: boolean }): string;
  getEndnotes(options?: { filterUnicode?: boolean }): string;
}
interface WordExtractorInstance {
  extract(input: Buffer | string): Promise<WordDocument>;
}

const require = createRequire(import.meta.url);

function cleanLine(text: string): string {
  return text.replace(/[\u00AD\u200B\uFEFF]/gu, '').replace(/[^\S\t]+/gu, ' ').trim();
}

function cleanCell(text: string): string {
  return text.replace(/[\u00AD\u200B\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();
}

/** A cell's paragraphs, cleaned, empty ones dropped. */
function cellParagraphs(text: string): string[] {
  return text.split('\n').map(cleanCell).filter((p) => p !== '');
}

/** Rows of a layout table beyond which a table is data (as in `extractors/html/hast-to-lines.ts`). */
const MAX_LAYOUT_ROWS = 2;
/** Paragraphs in one cell that make a small table a text block rather than a record. */
const LAYOUT_CELL_PARAGRAPHS = 3;

/**
 * A table that only places text side by side (recipients beside the signature,
 * "Số: …" beside the date): one row, or two rows with a block of paragraphs in a
 * cell or without a bare quantity in any cell. Read cell by cell so the signer's title and name stay lines of their own.
 * The first cell may have lost leading paragraphs to the text before the table
 * (word-extractor does not mark where a row begins); read this way, that does
 * not matter.
 */
function isLayoutTable(rows: string[][][]): boolean {
  if (rows.length === 0 || rows.length > MAX_LAYOUT_ROWS) return false;
  if (rows.length === 1 || rows.some((r) => r.some((cell) => cell.length >= LAYOUT_CELL_PARAGRAPHS))) return true;
  return !rows.some((r) => r.some((cell) => BARE_QUANTITY.test(cell.join(' '))));
}

/** Leading tab-free lines a continuing row may take as its first cell's paragraphs. */
const MAX_FIRST_CELL_PARAGRAPHS = 3;

/** Turns word-extractor body text into contract lines (paragraphs, "\t"-joined rows). */
export function wordTextToLines(body: string): string[] {
  const out: string[] = [];
  /** Rows of the current table; a cell is its paragraphs. */
  let table: string[][][] = [];
  const flushTable = (): void => {
    if (isLayoutTable(table)) {
      for (const row of table) for (const cell of row) out.push(...cell);
      table = [];
      return;
    }
    const width = Math.max(0, ...table.map((r) => r.length));
    for (const cellsOfRow of table) {
      const row = cellsOfRow.map((paragraphs) => paragraphs.join(' '));
      if (row.every((c) => c === '')) continue;
      while (row.length < width) row.push('');
      out.push(row.join('\t'));
    }
    table = [];
  };
  const paragraphs = (lines: string[]): void => {
    for (const p of lines) {
      const c = cleanLine(p.replace(/\t/gu, ' '));
      if (c) out.push(c);
    }
  };
  let held: string[] = [];
  for (const line of body.replace(/\r\n?/gu, '\n').split('\n')) {
    if (!line.endsWith('\t')) {
      held.push(line);
      continue;
    }
    // Lines before the first tab-bearing one are either the first cell's leading
    // paragraphs or ordinary paragraphs before the row: the first only when the
    // row continues a table and they are few.
    let first = held.findIndex((l) => l.includes('\t'));
    if (first === -1) first = held.length;
    let start = first;
    if (table.length > 0 && first <= MAX_FIRST_CELL_PARAGRAPHS && held.slice(0, first).every((l) => l.trim() !== '')) start = 0;
    if (start > 0) {
      flushTable();
      paragraphs(held.slice(0, start));
    }
    const cells = [...held.slice(start), line].join('\n').slice(0, -1).split('\t').map(cellParagraphs);
    table.push(cells);
    held = [];
  }
  flushTable();
  paragraphs(held);
  return out;
}

/**
 * Extracts the text of a Word 97-2003 document per the `Extraction` contract.
 * @throws ExtractError `doc-corrupt` when the bytes are not a readable Word 97 file,
 *   `doc-encrypted` when the file is password-protected, `docx-encrypted` when it
 *   is a password-protected .docx (an OLE file holding an `EncryptedPackage`) under a .doc name.
 */
export async function extractDoc(bytes: Uint8Array, file: string, _options: ExtractOptions = {}): Promise<Extraction> {
  const messages: ExtractMessage[] = [];
  if (isEncryptedOoxml(bytes)) throw new ExtractError('docx-encrypted', file, 'password-protected Word document (encrypted OOXML package); save it without a password');
  const WordExtractor = require('word-extractor') as new () => WordExtractorInstance;
  let doc: WordDocument;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    const reason = (err as Error).message ?? String(err);
    if (/encrypt|password/iu.test(reason)) throw new ExtractError('doc-encrypted', file, `password-protected: ${reason}`);
    throw new ExtractError('doc-corrupt', file, `not a readable Word 97-2003 file: ${reason}`);
  }
  // word-extractor drops fonts: runs in .VnTime / VNI-Times come out as their bytes in Windows-1252.
  const body = repairLegacyText(doc.getBody({ filterUnicode: false }));
  let encoding: string | null = null;
  if (body.encoding !== null) {
    encoding = body.encoding;
    messages.push({ code: 'encoding-converted', fatal: false, reason: `${body.segments} paragraphs of ${body.encoding} shown as Windows-1252 characters decoded` });
  }
  const lines = wordTextToLines(body.text);
  const notes = [doc.getFootnotes({ filterUnicode: false }), doc.getEndnotes({ filterUnicode: false })]
    .join('\n')
    .split(/\r?\n/u)
    .map((l) => cleanCell(l))
    .filter((l) => l !== '');
  notes.forEach((note, i) => lines.push(`${i + 1} ${note}`));
  if (notes.length > 0) messages.push({ code: 'doc-footnotes-appended', fatal: false, reason: `${notes.length} footnote/endnote paragraphs appended at the end; reference marks are not kept` });
  return paragraphExtraction('doc', lines, encoding, messages);
}
