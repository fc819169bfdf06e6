/**
 * Cheap, conservative checks that let the extractor skip a page's operator
 * list (see `../pdf.ts`), which it reads only for ruling lines, images and
 * font names.
 *
 * `paintsNothing` reads a decoded content stream the way pdfjs's lexer does
 * and answers true only when every operator is one that cannot paint: text,
 * graphics state without ExtGState, colour, path construction ended by a clip
 * or `n`, marked content. A path that is never stroked or filled yields no
 * ruling line, so such a page's operator list has no rules. Anything else
 * (painting, `Do`, inline images, shadings, `gs`, unknown words, broken
 * syntax, binary data such as fonts) answers false.
 *
 * `streamsInflateWhole` tells whether every stream of a file that could be
 * page content is plain FlateDecode without parameters, so that pdfjs hands
 * each one to the `DecompressionStream` the extractor watches (see
 * `./inflate-stream.ts`): then no part of a page's content escapes the check.
 */

const WHITE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** Operators that never paint (nor draw a form, image or shading) and operand keywords. */
const NON_PAINTING = new Set([
  // text
  'BT', 'ET', 'Tc', 'Tw', 'Tz', 'TL', 'Tf', 'Tr', 'Ts', 'Td', 'TD', 'Tm', 'T*', 'Tj', 'TJ', "'", '"',
  // graphics state (not `gs`: an ExtGState's soft mask is a form pdfjs draws into the operator list)
  'q', 'Q', 'cm', 'w', 'J', 'j', 'M', 'd', 'ri', 'i',
  // colour
  'CS', 'cs', 'SC', 'SCN', 'sc', 'scn', 'G', 'g', 'RG', 'rg', 'K', 'k',
  // path construction, clipping, ending a path unpainted
  'm', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*', 'n',
  // marked content, compatibility sections
  'BMC', 'BDC', 'EMC', 'MP', 'DP', 'BX', 'EX',
  'true', 'false', 'null',
]);

function isRegular(c: number): boolean {
  return WHITE[c] === 0 && DELIMITER[c] === 0;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** End of a number starting at `i`, as pdfjs's `getNumber` reads it, or -1 for a malformed one. */
function numberEnd(data: Uint8Array, i: number): number {
  if (data[i] === 0x2d) {
    i++;
    if (data[i] === 0x2d) i++;
  } else if (data[i] === 0x2b) {
    i++;
  }
  if (data[i] === 0x2e) i++;
  if (!isDigit(data[i])) return -1;
  i++;
  let dot = false;
  while (i < data.length) {
    const c = data[i]!;
    if (isDigit(c) || c === 0x2d) i++;
    else if (c === 0x2e && !dot) {
      dot = true;
      i++;
    } else break;
  }
  return i;
}

/** True only if the decoded content stream cannot paint anything (see the module comment). */
export function paintsNothing(data: Uint8Array): boolean {
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i]!;
    if (WHITE[c] === 1) {
      i++;
    } else if (c === 0x25) {
      // % comment to the end of the line
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = data[i]!;
        if (d === 0x5c) i += 2;
        else {
          if (d === 0x28) depth++;
          else if (d === 0x29) depth--;
          i++;
        }
      }
      if (depth > 0) return false;
    } else if (c === 0x3c) {
      if (data[i + 1] === 0x3c) {
        i += 2;
        continue;
      }
      i++;
      while (i < n && data[i] !== 0x3e) {
        if (HEX[data[i]!] === 0 && WHITE[data[i]!] === 0) return false;
        i++;
      }
      if (i >= n) return false;
      i++;
    } else if (c === 0x3e) {
      if (data[i + 1] !== 0x3e) return false;
      i += 2;
    } else if (c === 0x5b || c === 0x5d) {
      i++;
    } else if (c === 0x2f) {
      i++;
      while (i < n && isRegular(data[i]!)) i++;
    } else if (DELIMITER[c] === 1) {
      // ) { } out of place
      return false;
    } else if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
      i = numberEnd(data, i);
      if (i < 0) return false;
    } else {
      // A word: pdfjs splits a run of regular characters only where a known operator ends and no longer one
      // starts; a run that is one of the operators above is read whole, any other run is refused.
      const start = i;
      while (i < n && isRegular(data[i]!) && i - start < 5) i++;
      if (i < n && isRegular(data[i]!)) return false;
      let word = '';
      for (let k = start; k < i; k++) word += String.fromCharCode(data[k]!);
      if (!NON_PAINTING.has(word)) return false;
    }
  }
  return true;
}

const STREAM = Buffer.from('stream');

/**
 * True if every stream of the file that could be page content is inflated
 * whole by pdfjs through `DecompressionStream`: it has `/Filter /FlateDecode`
 * (alone) and no `/DecodeParms`. Images (`/Subtype /Image`) are exempt: pdfjs
 * never reads them as content. Encrypted files, and any stream whose
 * dictionary cannot be found, answer false.
 */
export function streamsInflateWhole(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.includes('/Encrypt')) return false;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    // The keyword is a token of its own (as in "endstream" or "Mainstream" it is not).
    if ((at > 0 && isRegular(buf[at - 1]!)) || (at + STREAM.length < buf.length && isRegular(buf[at + STREAM.length]!))) continue;
    // Its dictionary ends in ">>" just before it and starts with "<<" after the "obj" that opens the object.
    let e = at - 1;
    while (e >= 0 && WHITE[buf[e]!] === 1) e--;
    if (e < 1 || buf[e] !== 0x3e || buf[e - 1] !== 0x3e) return false;
    const objAt = buf.lastIndexOf('obj', e);
    if (objAt < 0) return false;
    const dict = buf.toString('latin1', objAt + 3, e + 1);
    if (!dict.trimStart().startsWith('<<')) return false;
    if (/\/Subtype\s*\/Image(?![\w#])/u.test(dict)) continue;
    if (/\/DecodeParms|\/DP(?![\w#])|#/u.test(dict)) return false;
    if (!/\/Filter\s*(?:\/FlateDecode|\[\s*\/FlateDecode\s*\])(?![\w#])/u.test(dict)) return false;
  }
  return true;
}
