/**
 * Plain text and Markdown: decode the bytes (UTF-8/16, NFD, TCVN3, VNI,
 * Windows-1258 are told apart by `extractors/encoding`) and decide whether the
 * lines are hard-wrapped (text saved from a PDF) or one paragraph each.
 */
import type { Extraction, Format, Layout } from './types.js';
import { ExtractError } from './types.js';
import { isSpaceUnit } from './encoding/scan.js';

type EncodingModule = typeof import('./encoding/index.js');

let encodingModule: EncodingModule | undefined;
async function loadEncoding(): Promise<EncodingModule> {
  encodingModule ??= await import('./encoding/index.js');
  return encodingModule;
}

/** Hard-wrapped text has most of its lines cut at a similar, moderate width. */
export function detectLayout(text: string): Layout {
  // Lines at '\n' (found natively), measured trimmed: `trim()` drops exactly the `\s` characters.
  let lines = 0;
  let long = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    let last = end;
    while (first < last && isSpaceUnit(text.charCodeAt(first))) first++;
    while (last > first && isSpaceUnit(text.charCodeAt(last - 1))) last--;
    if (last > first) {
      lines++;
      if (last - first > 130) long++;
    }
    start = end + 1;
  }
  if (lines === 0) return 'paragraphs';
  return long / lines > 0.1 ? 'paragraphs' : 'wrapped';
}

/** Extracts a `.txt` or `.md` file. */
export async function extractText(bytes: Uint8Array, file: string, format: Format = 'txt'): Promise<Extraction> {
  if (bytes.length === 0) throw new ExtractError('empty-file', file, 'the file is empty');
  const { decodeTextBytes, readability, repairLegacyText } = await loadEncoding();
  const decoded = decodeTextBytes(bytes);
  // Already NFC: every path of decodeTextBytes normalises.
  let text = decoded.text;
  let encoding: string = decoded.encoding;
  const messages: Extraction['messages'] = [];
  if (decoded.encoding !== 'utf-8') {
    messages.push({ code: 'encoding-converted', fatal: false, reason: `converted from ${decoded.encoding} to Unicode NFC` });
  }
  if (decoded.encoding !== 'tcvn3' && decoded.encoding !== 'vni') {
    // Legacy text once re-saved as Unicode through Windows-1252 ("KÕ ho¹ch" in a UTF-8 file).
    const repaired = repairLegacyText(text);
    if (repaired.encoding !== null) {
      text = repaired.text.normalize('NFC');
      encoding = `${decoded.encoding}+${repaired.encoding}`;
      messages.push({ code: 'encoding-converted', fatal: false, reason: `${repaired.segments} lines of ${repaired.encoding} shown as Windows-1252 characters decoded` });
    }
  }
  const { status, message } = readability(text);
  if (message) messages.push(message);
  return {
    format,
    text,
    layout: format === 'md' ? 'paragraphs' : detectLayout(text),
    pages: null,
    encoding,
    ocr: false,
    status,
    messages,
  };
}
