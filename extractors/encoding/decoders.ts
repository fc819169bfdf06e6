/**
 * The 8-bit decoders. Each takes "units": 0x00–0xFF are legacy bytes, anything
 * above is a Unicode code point passed through untouched (a Word run may mix real
 * Unicode into legacy-font text). Output is NFC.
 */
import { cp1252Char } from './cp1252-table.js';
import { CP1258_HIGH } from './cp1258-table.js';
import { TCVN3_HIGH } from './tcvn3-table.js';
import { isVietnameseSyllable } from './syllable.js';
import { isLetterOrMark } from './scan.js';
import { VNI_LETTERS, VNI_MARKS, type VniMark } from './vni-table.js';

/** Sequence of legacy bytes (0–0xFF) and pass-through code points (> 0xFF). */
export type Units = ArrayLike<number>;

const REPLACEMENT = '\uFFFD';

function passThrough(unit: number): string {
  // Lone surrogates would make the output ill-formed.
  if (unit > 0x10ffff || (unit >= 0xd800 && unit <= 0xdfff)) return REPLACEMENT;
  return String.fromCodePoint(unit);
}

/**
 * The platform's UTF-16 decoder for the builder's units (the decoders never write a
 * lone surrogate, so nothing is replaced); a leading U+FEFF is a character, not a BOM.
 */
const UTF16 = new TextDecoder(new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });

/** Appends UTF-16 units and turns them into one string at the end (one string a character would cost an allocation each). */
class StringBuilder {
  private units: Uint16Array;
  private length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity));
  }
  push(unit: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length++] = unit;
  }
  pushString(text: string): void {
    for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i));
  }
  private grow(): void {
    const bigger = new Uint16Array(this.units.length * 2);
    bigger.set(this.units);
    this.units = bigger;
  }
  /** A flat string (a chain of concatenations would make every later character read slow). */
  toString(): string {
    return UTF16.decode(this.units.subarray(0, this.length));
  }
}

/** The UTF-16 unit each byte decodes to in a single-byte table (every table entry is one unit). */
function byteTable(decode: (byte: number) => string): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) {
    const ch = decode(b);
    if (ch.length !== 1) throw new Error(`byte ${b} does not decode to one UTF-16 unit`);
    table[b] = ch.charCodeAt(0);
  }
  return table;
}

/** TCVN3 (VN3/ABC): 0x80–0x9F are Windows-1252 punctuation, never line breaks. */
const TCVN3_UNIT = byteTable((b) => (b < 0x80 ? String.fromCharCode(b) : b < 0xa0 ? (cp1252Char(b) ?? REPLACEMENT) : TCVN3_HIGH[b - 0xa0]!));
/** Windows-1258: combining tone bytes are composed by NFC. */
const CP1258_UNIT = byteTable((b) => (b < 0x80 ? String.fromCharCode(b) : (CP1258_HIGH[b - 0x80] ?? REPLACEMENT)));

function decodeByTable(units: Units, table: Uint16Array): string {
  const out = new StringBuilder(units.length);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit <= 0xff) out.push(table[unit]!);
    else out.pushString(passThrough(unit));
  }
  return out.toString().normalize('NFC');
}

/** Decodes TCVN3 (VN3/ABC) units. 0x80–0x9F are Windows-1252 punctuation, never line breaks. */
export function decodeTcvn3(units: Units): string {
  return decodeByTable(units, TCVN3_UNIT);
}

/** Decodes Windows-1258 units (combining tone bytes are composed by NFC). */
export function decodeCp1258(units: Units): string {
  return decodeByTable(units, CP1258_UNIT);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ơ', 'ư']);
const CIRCUMFLEX_BASES = new Set(['a', 'e', 'o']);
const TONED_SINGLES = new Set(['ì', 'í', 'ỉ', 'ĩ', 'ị', 'ỵ']);

/** The last letter written, while VNI mark bytes may still attach to it. */
interface OpenVowel {
  base: string;
  modified: boolean;
  toned: boolean;
}

function openVowel(letter: string): OpenVowel | null {
  const lower = letter.toLowerCase();
  if (TONED_SINGLES.has(lower)) return { base: 'i', modified: true, toned: true };
  if (!VOWELS.has(lower)) return null;
  return { base: lower, modified: lower === 'ơ' || lower === 'ư', toned: false };
}

/** What one VNI byte is: the character written when it stands alone, and what it is as a letter or a mark. */
interface VniByte {
  char: string;
  /** The vowel left open after writing `char` (the byte not taken as a mark). */
  open: OpenVowel | null;
  letter: string | undefined;
  /** The vowel left open after writing `letter`. */
  letterOpen: OpenVowel | null;
  mark: VniMark | undefined;
  /** 1 when the mark attaches to any open vowel (a tone), 2 after a, 3 after a/e/o, 0 for no mark. */
  markBases: number;
}

const VNI_BYTES: readonly VniByte[] = Array.from({ length: 256 }, (_, b) => {
  const char = cp1252Char(b) ?? REPLACEMENT;
  const letter = VNI_LETTERS.get(char);
  const mark = VNI_MARKS.get(char);
  return {
    char,
    open: openVowel(char),
    letter,
    letterOpen: letter === undefined ? null : openVowel(letter),
    mark,
    markBases: mark === undefined ? 0 : mark.kind === 'tone' ? 1 : mark.kind === 'breve' ? 2 : 3,
  };
});

/**
 * Decodes VNI-Windows units: a mark byte that can attach to the vowel before it
 * becomes combining marks; elsewhere it stays the Windows-1252 character it is.
 */
export function decodeVni(units: Units): string {
  const out = new StringBuilder(units.length + (units.length >> 1));
  // The open vowel, copied out of the (shared) table entry because marks change it.
  let openBase: string | null = null;
  let openModified = false;
  let openToned = false;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    let open: OpenVowel | null;
    if (unit <= 0xff) {
      const byte = VNI_BYTES[unit]!;
      if (byte.letter !== undefined) {
        out.pushString(byte.letter);
        open = byte.letterOpen;
      } else {
        const mark = byte.mark;
        if (mark !== undefined && openBase !== null && !openToned) {
          const fits =
            byte.markBases === 1 || (!openModified && (byte.markBases === 2 ? openBase === 'a' : CIRCUMFLEX_BASES.has(openBase)));
          if (fits) {
            out.pushString(mark.combining);
            if (mark.kind !== 'tone') openModified = true;
            if (mark.kind === 'tone' || mark.combining.length > 1) openToned = true;
            continue;
          }
        }
        out.pushString(byte.char);
        open = byte.open;
      }
    } else {
      const ch = passThrough(unit);
      out.pushString(ch);
      open = openVowel(ch);
    }
    if (open === null) openBase = null;
    else {
      openBase = open.base;
      openModified = open.modified;
      openToned = open.toned;
    }
  }
  return out.toString().normalize('NFC');
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

const CASELESS = 1;
const UPPER = 2;
const LOWER = 4;
const KNOWN = 8;

/**
 * How `countCase` counts one character: caseless (a lowercase toned letter, which
 * TCVN3 has no capital code for, so its case is unknown), upper, lower, or none.
 */
function caseClassOf(ch: string): number {
  if (ch !== ch.toUpperCase() && TONE_MARK.test(ch.normalize('NFD'))) return KNOWN | CASELESS;
  if (ch !== ch.toLowerCase()) return KNOWN | UPPER;
  if (ch !== ch.toUpperCase()) return KNOWN | LOWER;
  return KNOWN;
}

const BMP_CASE = new Uint8Array(0x10000);

function caseClass(cp: number): number {
  if (cp > 0xffff) return caseClassOf(String.fromCodePoint(cp));
  let cls = BMP_CASE[cp]!;
  if (cls === 0) cls = BMP_CASE[cp] = caseClassOf(String.fromCharCode(cp));
  return cls;
}

function isCaseless(ch: string): boolean {
  return (caseClass(ch.codePointAt(0)!) & CASELESS) !== 0;
}

function upperCaseless(word: string): string {
  let out = '';
  for (const ch of word) {
    const upper = ch.toUpperCase();
    out += isCaseless(ch) && upper.length === ch.length ? upper : ch;
  }
  return out;
}

/** Ends a sentence: the next word starts with a capital. Tested on a short tail only (an anchored-at-end scan of a long prefix is quadratic). */
const SENTENCE_END = /[.!?]["”’)]?\s+$/u;

/** The words of the line being restored (runs of letters and marks) and their case counts, reused from line to line. */
let wordStart = new Int32Array(64);
let wordEnd = new Int32Array(64);
let wordUpper = new Int32Array(64);
let wordLower = new Int32Array(64);
let wordCaseless = new Int32Array(64);

function growWords(): void {
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  wordStart = grow(wordStart);
  wordEnd = grow(wordEnd);
  wordUpper = grow(wordUpper);
  wordLower = grow(wordLower);
  wordCaseless = grow(wordCaseless);
}

/**
 * Restores the line text[start, end): appends to `pieces` the text from `cursor` up to
 * each word it replaces and the replacement, and returns the new cursor.
 */
function restoreLine(text: string, start: number, end: number, pieces: string[], cursor: number): number {
  let count = 0;
  let anyCaseless = false;
  for (let i = start; i < end; ) {
    let cp = text.codePointAt(i)!;
    if (!isLetterOrMark(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const wordBegin = i;
    let upper = 0;
    let lower = 0;
    let caseless = 0;
    do {
      const cls = caseClass(cp);
      if (cls & CASELESS) caseless++;
      else if (cls & UPPER) upper++;
      else if (cls & LOWER) lower++;
      i += cp > 0xffff ? 2 : 1;
      if (i >= end) break;
      cp = text.codePointAt(i)!;
    } while (isLetterOrMark(cp));
    if (count === wordStart.length) growWords();
    wordStart[count] = wordBegin;
    wordEnd[count] = i;
    wordUpper[count] = upper;
    wordLower[count] = lower;
    wordCaseless[count] = caseless;
    count++;
    if (caseless > 0) anyCaseless = true;
  }
  if (!anyCaseless) return cursor;
  // Only real syllables count as evidence of a capital line: acronyms ("UBND",
  // "KH-BCĐCĐS") stand in lowercase sentences too.
  let lineUpper = 0;
  let lineLower = 0;
  for (let w = 0; w < count; w++) {
    if (wordLower[w]! > 0) lineLower += wordLower[w]!;
    else if (wordUpper[w]! + wordCaseless[w]! >= 2 && isVietnameseSyllable(text.slice(wordStart[w], wordEnd[w]))) lineUpper += wordUpper[w]!;
  }
  for (let w = 0; w < count; w++) {
    const upper = wordUpper[w]!;
    const caseless = wordCaseless[w]!;
    if (caseless === 0) continue;
    const index = wordStart[w]!;
    const word = text.slice(index, wordEnd[w]);
    let replacement: string | null = null;
    if (wordLower[w] === 0) {
      // A capital word ("HO¹CH") decides by itself; a word with one capital or none
      // ("KÕ", "ë") is capital only on an otherwise all-capital line.
      const ownUpper = upper >= 2 && isVietnameseSyllable(word) ? upper : 0;
      if (upper >= 2 || (lineUpper - ownUpper >= 2 && lineLower === 0)) replacement = upperCaseless(word);
    }
    if (replacement === null && isCaseless(word[0]!) && SENTENCE_END.test(text.slice(Math.max(start, index - 8), index))) {
      // "… cña UBND HuyÖn. ñy ban": a sentence never starts in lower case.
      replacement = upperCaseless(word[0]!) + word.slice(1);
    }
    if (replacement === null) continue;
    pieces.push(text.slice(cursor, index), replacement);
    cursor = index + word.length;
  }
  return cursor;
}

/**
 * Restores capitals TCVN3 could not encode: a toned lowercase letter inside an
 * otherwise all-capital word, or in a word on an all-capital line, becomes a capital
 * ("KÕ HO¹CH" decodes to "Kế HOạCH"; this makes it "KẾ HOẠCH"). Lines are `\n`-separated.
 */
export function restoreTcvn3Case(text: string): string {
  const pieces: string[] = [];
  let cursor = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    cursor = restoreLine(text, start, end, pieces, cursor);
    start = end + 1;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(cursor));
  return pieces.join('');
}
