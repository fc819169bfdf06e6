/**
 * A UTF-8 XML part read without decoding it whole.
 *
 * Decoding a part to a string was the dearest single step of reading a DOCX
 * (~1 ms for a 180 KB document.xml, the string coming out two bytes a unit):
 * yet all of XML's syntax is ASCII, and in UTF-8 an ASCII byte is always that
 * character, never part of another. So the markup is scanned as latin1 (one
 * code unit per byte, a fifth of the cost) and only the pieces the reader keeps
 * — text, and a tag's attributes when they are asked for — are decoded, and
 * only when they hold a byte ≥ 0x80.
 */

/** A part's bytes (without a leading BOM, as TextDecoder drops it) and the same bytes as latin1. */
export interface XmlBytes {
  readonly bytes: Uint8Array;
  /** One code unit per byte: ASCII as itself, every other byte as U+0080–U+00FF. */
  readonly markup: string;
}

/** `data` as latin1 markup; its pieces read through {@link fromLatin1} as in `new TextDecoder('utf-8').decode(data)`. */
export function xmlBytes(data: Uint8Array): XmlBytes {
  const bytes = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  return { bytes, markup: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
}

// Not stripping a BOM: one inside a piece is text, as in the whole decoding.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const NON_ASCII = /[^\u0000-\u007f]/u;

/**
 * The UTF-8 reading of a piece of latin1 markup (itself when it is ASCII).
 * Every piece the reader takes starts and ends next to an ASCII byte, where a
 * UTF-8 decoder starts afresh, so it decodes to exactly its substring of the
 * whole decoding (malformed bytes included: U+FFFD for the same maximal subparts).
 */
export function fromLatin1(piece: string): string {
  if (!NON_ASCII.test(piece)) return piece;
  // Tags with non-ASCII bytes are rare: back to bytes, and read as text pieces are.
  const bytes = Buffer.from(piece, 'latin1');
  return decodeWellFormedBytes(bytes, 0, bytes.length) ?? utf8.decode(bytes);
}

/** Code units `from`…`to` of `part`'s markup as UTF-8 (see {@link fromLatin1}). */
export function decodeRange(part: XmlBytes, from: number, to: number): string {
  const piece = part.markup.slice(from, to);
  if (!NON_ASCII.test(piece)) return piece;
  return decodeWellFormedBytes(part.bytes, from, to) ?? utf8.decode(part.bytes.subarray(from, to));
}

/** UTF-16LE units written by {@link decodeWellFormedBytes}, reused (grown to the longest piece). */
let scratch = Buffer.allocUnsafe(4096);

/**
 * Bytes `from`…`to` read as UTF-8, when they are ASCII and well-formed two- and
 * three-byte sequences (all of Vietnamese); null for anything else (four-byte
 * sequences, malformed bytes), which TextDecoder reads. The units are written as
 * UTF-16LE bytes and made a string by one copy: a third of TextDecoder's cost
 * on Vietnamese text. No surrogate is ever written, so the copy changes nothing.
 */
function decodeWellFormedBytes(bytes: Uint8Array, from: number, to: number): string | null {
  if (scratch.length < 2 * (to - from)) scratch = Buffer.allocUnsafe(2 * (to - from));
  const out = scratch;
  let k = 0;
  let i = from;
  while (i < to) {
    const c = bytes[i]!;
    let unit: number;
    if (c < 0x80) {
      unit = c;
      i++;
    } else if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= to) return null;
      const c1 = bytes[i + 1]!;
      if ((c1 & 0xc0) !== 0x80) return null;
      unit = ((c & 0x1f) << 6) | (c1 & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      if (i + 2 >= to) return null;
      const c1 = bytes[i + 1]!;
      const c2 = bytes[i + 2]!;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return null;
      // Overlong forms (E0 below A0) and surrogates (ED above 9F) are malformed.
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return null;
      unit = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      i += 3;
    } else return null;
    out[k] = unit & 0xff;
    out[k + 1] = unit >> 8;
    k += 2;
  }
  return out.toString('utf16le', 0, k);
}

/** True when `text` is ASCII. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}
