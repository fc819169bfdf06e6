/**
 * Extract stage entry: picks the extractor for a file's detected format.
 * Extractors for heavy formats are loaded lazily so text-only runs stay light.
 */
import { detectFormat } from './detect.js';
import { extractText } from './text.js';
import type { Extraction, ExtractOptions, Format } from './types.js';
import { ExtractError } from './types.js';

export { detectFormat } from './detect.js';
export * from './types.js';

type Extractor = (bytes: Uint8Array, file: string, options?: ExtractOptions) => Promise<Extraction>;

async function extractorFor(format: Format): Promise<Extractor> {
  switch (format) {
    case 'txt':
      return (b, f) => extractText(b, f, 'txt');
    case 'md':
      return (b, f) => extractText(b, f, 'md');
    case 'pdf':
      return ((await import('./pdf.js')) as { extractPdf: Extractor }).extractPdf;
    case 'docx':
      return ((await import('./docx.js')) as { extractDocx: Extractor }).extractDocx;
    case 'doc':
      return ((await import('./doc.js')) as { extractDoc: Extractor }).extractDoc;
    case 'html':
      return ((await import('./html.js')) as { extractHtml: Extractor }).extractHtml;
  }
}

/**
 * Extracts text from `bytes` of `file`. Throws `ExtractError` for files it cannot
 * read (with a code such as `unsupported-format`, `pdf-corrupt`).
 */
export async function extractBytes(bytes: Uint8Array, file: string, options: ExtractOptions = {}): Promise<Extraction> {
  const detected = detectFormat(bytes, file);
  if ('skip' in detected) throw new ExtractError('unsupported-format', file, detected.skip);
  const extractor = await extractorFor(detected.format);
  const extraction = await extractor(bytes, file, options);
  return detected.format === 'pdf' ? judgePdfTextLayer(extraction) : extraction;
}

const LETTER = /\p{L}/u;

/**
 * Every other extractor judges its text with `readability`; a PDF text layer needs the
 * same check, or a legacy-font PDF (TCVN3 glyph codes read as WinAnsi: "KÕ ho¹ch")
 * or a file of blank pages comes out `ok` and yields garbage or nothing, silently.
 */
async function judgePdfTextLayer(extraction: Extraction): Promise<Extraction> {
  if (extraction.status !== 'ok' || extraction.ocr) return extraction;
  if (!LETTER.test(extraction.text)) {
    const reason = `no text on any of the ${extraction.pages ?? 0} pages read (blank pages, or text drawn as shapes)`;
    return { ...extraction, status: 'unreadable-text', messages: [...extraction.messages, { code: 'no-text', fatal: false, reason }] };
  }
  const { readability } = await import('./encoding/index.js');
  const { status, message } = readability(extraction.text);
  if (status === 'ok' || !message) return extraction;
  return { ...extraction, status, messages: [...extraction.messages, message] };
}
