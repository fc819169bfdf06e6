/** Detects a file's format from its bytes (magic numbers), the extension only as a tie-breaker. */
import { isEncryptedOoxml } from './ole.js';
import type { Format } from './types.js';

/** What a file is, or why it is skipped. */
export type Detected = { format: Format } | { skip: string };

const has = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The first `n` bytes of `bytes`, one character each. */
const latin1 = (bytes: Uint8Array, n: number): string => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, n)).toString('latin1');

/**
 * Detects the format of `bytes` named `file`.
 * @example detectFormat(bytes, 'x.bin') // { format: 'pdf' } for "%PDF-" bytes
 */
export function detectFormat(bytes: Uint8Array, file: string): Detected {
  const base = file.split(/[\\/]/u).pop() ?? file;
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
  if (base.startsWith('~$') || base.startsWith('.~lock')) return { skip: 'office temporary file' };
  // %PDF may follow a few bytes of junk. Read as latin1, not through TextDecoder (whose
  // 'latin1' is Windows-1252, and its set-up the dearer part of detecting): only ASCII
  // is looked for, which both read the same.
  const head = latin1(bytes, 1024);
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (has(bytes, [0x50, 0x4b, 0x03, 0x04]) || has(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const probe = latin1(bytes, 4096);
    if (probe.includes('word/') || ext === 'docx') return { format: 'docx' };
    if (probe.includes('xl/') || ext === 'xlsx') return { skip: 'spreadsheet (xlsx)' };
    if (probe.includes('ppt/')) return { skip: 'presentation (pptx)' };
    return { skip: 'zip archive that is not a Word document' };
  }
  if (has(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === 'xls' || ext === 'xlsx') return { skip: `spreadsheet (${ext})` };
    if (ext === 'ppt' || ext === 'pptx') return { skip: `presentation (${ext})` };
    // Word saves a password-protected .docx as an OLE file around the encrypted zip: the docx extractor names it.
    if (isEncryptedOoxml(bytes)) return { format: 'docx' };
    return { format: 'doc' };
  }
  if (has(bytes, [0xff, 0xd8, 0xff]) || has(bytes, [0x89, 0x50, 0x4e, 0x47]) || has(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return { skip: 'image (not a document; scan it into a PDF)' };
  }
  if (has(bytes, [0x49, 0x49, 0x2a, 0x00]) || has(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { skip: 'image (tiff)' };
  if (has(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { skip: 'RTF is not supported yet' };
  const textHead = head.trimStart().toLowerCase();
  if (textHead.startsWith('<!doctype html') || textHead.startsWith('<html') || ext === 'html' || ext === 'htm') {
    return { format: 'html' };
  }
  if (ext === 'md' || ext === 'markdown') return { format: 'md' };
  if (ext === 'txt' || ext === 'text' || ext === '') return { format: 'txt' };
  if (ext === 'docx' || ext === 'pdf' || ext === 'doc') return { format: ext }; // broken file: let the extractor say why
  if (['json', 'xml', 'yaml', 'yml', 'js', 'ts', 'xlsx', 'xls', 'csv', 'ods', 'jpg', 'jpeg', 'png', 'gif', 'zip', 'rar', '7z', 'exe', 'dll', 'tmp', 'lnk', 'ini', 'db'].includes(ext)) {
    return { skip: `not a plan document (.${ext})` };
  }
  // Unknown extension: text if it has no NUL bytes in its head.
  return bytes.subarray(0, 4096).includes(0) ? { skip: 'binary file of unknown type' } : { format: 'txt' };
}
