/**
 * The extraction of a format read paragraph by paragraph (DOCX, .doc, HTML):
 * one line a paragraph or table row, NFC, judged for readability like every
 * other text, so a still-undecodable file says `unreadable-text` and why.
 */
import { readability } from './encoding/index.js';
import type { ExtractMessage, Extraction, Format } from './types.js';

export function paragraphExtraction(format: Format, lines: readonly string[], encoding: string | null, messages: ExtractMessage[]): Extraction {
  const text = lines.join('\n').normalize('NFC');
  const { status, message } = readability(text);
  return { format, text, layout: 'paragraphs', pages: null, encoding, ocr: false, status, messages: message ? [...messages, message] : messages };
}
