/**
 * A minimal PDF writer for hostile test files: pages with optional text in a
 * standard Type1 font (WinAnsi), a correct cross-reference table and trailer.
 */
import { pdfFromObjects } from '../../scripts/pdf-objects.js';

/** One page: lines of text drawn top-down, each a string of single-byte (latin1) codes. */
export interface PdfPage {
  lines: string[];
}

const escape = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);

/** Serialises `pages` into PDF bytes (every string is written byte for byte as latin1). */
export function writePdf(pages: PdfPage[]): Uint8Array {
  const objects: string[] = []; // objects[i] is object number i + 1
  const pageIds: number[] = [];
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(''); // the page tree, filled in once the kids are known
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const page of pages) {
    let contents = '';
    if (page.lines.length > 0) {
      const body = page.lines.map((l, i) => `1 0 0 1 56 ${780 - i * 16} Tm (${escape(l)}) Tj`).join('\n');
      const stream = `BT /F1 12 Tf\n${body}\nET`;
      objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
      contents = ` /Contents ${objects.length} 0 R`;
    }
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>${contents} >>`);
    pageIds.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Count ${pageIds.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`;
  return pdfFromObjects(objects);
}
