/**
 * HTML extractor: bytes → charset-decoded markup → hast (rehype-parse) → lines.
 * Text set in a legacy Vietnamese font (`.VnTime`, `VNI-Times`: pages saved from old
 * Word files) is decoded by its font, as in DOCX.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { hastToLines } from './html/hast-to-lines.js';
import { paragraphExtraction } from './paragraphs.js';
import { ExtractError, type ExtractMessage, type Extraction } from './types.js';

/** Bytes sniffed for a `<meta charset>` declaration (the HTML standard uses 1024). */
const SNIFF_BYTES = 4096;

/** The charset a document declares in `<meta charset>` / `http-equiv` content, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = /<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase();
}

/**
 * Decodes HTML bytes: BOM first, then the declared charset, then UTF-8; bytes that are
 * not valid UTF-8 and declare nothing are read as Windows-1258 (Vietnamese Windows).
 */
export function decodeHtmlBytes(bytes: Uint8Array): { text: string; encoding: string; messages: ExtractMessage[] } {
  const messages: ExtractMessage[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', messages };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', messages };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', messages };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      const decoder = new TextDecoder(declared);
      // A page saved as UTF-8 that still carries an old charset meta is common: trust valid UTF-8.
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (/[^\u0000-\u007F]/u.test(text)) {
          messages.push({ code: 'charset-mismatch', fatal: false, reason: `declares ${declared} but is valid UTF-8; read as UTF-8` });
          return { text, encoding: 'utf-8', messages };
        }
      } catch {
        // not UTF-8: use the declared charset
      }
      return { text: decoder.decode(bytes), encoding: decoder.encoding, messages };
    } catch {
      messages.push({ code: 'charset-unknown', fatal: false, reason: `unknown charset "${declared}"; read as UTF-8` });
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', messages };
  } catch {
    messages.push({ code: 'encoding-converted', fatal: false, reason: 'not valid UTF-8 and no charset declared; read as windows-1258' });
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258', messages };
  }
}

/**
 * Parses an HTML string into lines (shared by the HTML and DOCX extractors' callers and tests).
 * `document`: parse as a whole page, keeping `<html>`/`<body>` attributes (a body-wide font);
 * the default parses a fragment such as mammoth's output.
 */
export function htmlToLines(html: string, options?: Parameters<typeof hastToLines>[1], document = false): string[] {
  const tree = unified().use(rehypeParse, { fragment: !document }).parse(html);
  return hastToLines(tree, options);
}

/**
 * Extracts the text of an HTML document per the `Extraction` contract.
 * @throws ExtractError `html-corrupt` when the bytes are binary rather than markup.
 */
export async function extractHtml(bytes: Uint8Array, file: string): Promise<Extraction> {
  const { text: html, encoding, messages } = decodeHtmlBytes(bytes);
  // NUL bytes do not occur in text markup: this is a binary file with an .html name.
  if (html.slice(0, SNIFF_BYTES).includes('\u0000')) throw new ExtractError('html-corrupt', file, 'binary content, not HTML text');
  let lines: string[];
  const legacy = new Map<string, number>();
  try {
    lines = htmlToLines(html, { listMarkers: true, footnotes: 'plain', onLegacyRun: (e) => legacy.set(e, (legacy.get(e) ?? 0) + 1) }, true);
  } catch (err) {
    // Pathological nesting can exhaust the stack: a bad input, not a crash.
    if (err instanceof RangeError) throw new ExtractError('html-corrupt', file, `markup nested too deeply: ${err.message}`);
    throw err;
  }
  let textEncoding: string = encoding;
  if (legacy.size > 0) {
    const runs = [...legacy.values()].reduce((a, b) => a + b, 0);
    textEncoding = [...legacy.keys()].sort().join('+');
    messages.push({ code: 'encoding-converted', fatal: false, reason: `${runs} text runs in legacy Vietnamese fonts decoded (${textEncoding})` });
  }
  return paragraphExtraction('html', lines, textEncoding, messages);
}
