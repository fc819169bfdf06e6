/**
 * The legacy decoders as they were written first, one Map lookup and one string a
 * character, kept as the definition the table-driven decoders in
 * extractors/encoding/decoders.ts are checked against (tests/extractors/legacy-decoders.test.ts).
 */
import { cp1252Char } from '../../extractors/encoding/cp1252-table.js';
import { CP1258_HIGH } from '../../extractors/encoding/cp1258-table.js';
import { TCVN3_HIGH } from '../../extractors/encoding/tcvn3-table.js';
import { isVietnameseSyllable } from '../../extractors/encoding/syllable.js';
import { VNI_LETTERS, VNI_MARKS } from '../../extractors/encoding/vni-table.js';

/** Sequence of legacy bytes (0–0xFF) and pass-through code points (> 0xFF). */
export type Units = ArrayLike<number>;

const REPLACEMENT = '\uFFFD';

function passThrough(unit: number): string {
  // Lone surrogates would make the output ill-formed.
  if (unit > 0x10ffff || (unit >= 0xd800 && unit <= 0xdfff)) return REPLACEMENT;
  return String.fromCodePoint(unit);
}

/** Decodes TCVN3 (VN3/ABC) units. 0x80–0x9F are Windows-1252 punctuation, never line breaks. */
export function decodeTcvn3(units: Units): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit < 0x80) out += String.fromCharCode(unit);
    else if (unit < 0xa0) out += cp1252Char(unit) ?? REPLACEMENT;
    else if (unit <= 0xff) out += TCVN3_HIGH[unit - 0xa0]!;
    else out += passThrough(unit);
  }
  return out.normalize('NFC');
}

/** Decodes Windows-1258 units (combining tone bytes are composed by NFC). */
export function decodeCp1258(units: Units): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit < 0x80) out += String.fromCharCode(unit);
    else if (unit <= 0xff) out += CP1258_HIGH[unit - 0x80] ?? REPLACEMENT;
    else out += passThrough(unit);
  }
  return out.normalize('NFC');
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

/**
 * Decodes VNI-Windows units: a mark byte that can attach to the vowel before it
 * becomes combining marks; elsewhere it stays the Windows-1252 character it is.
 */
export function decodeVni(units: Units): string {
  const parts: string[] = [];
  let open: OpenVowel | null = null;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const ch = unit <= 0xff ? (cp1252Char(unit) ?? REPLACEMENT) : passThrough(unit);
    const letter = VNI_LETTERS.get(ch);
    if (letter !== undefined) {
      parts.push(letter);
      open = openVowel(letter);
      continue;
    }
    const mark = VNI_MARKS.get(ch);
    if (mark !== undefined && open !== null && !open.toned) {
      const fits =
        mark.kind === 'tone' ||
        (!open.modified && (mark.kind === 'breve' ? open.base === 'a' : CIRCUMFLEX_BASES.has(open.base)));
      if (fits) {
        parts[parts.length - 1] += mark.combining;
        if (mark.kind !== 'tone') open.modified = true;
        if (mark.kind === 'tone' || mark.combining.length > 1) open.toned = true;
        continue;
      }
    }
    parts.push(ch);
    open = openVowel(ch);
  }
  return parts.join('').normalize('NFC');
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const WORD = /[\p{L}\p{M}]+/gu;

const caselessMemo = new Map<string, boolean>();

/** A lowercase toned letter: TCVN3 has no capital code for it, so its case is unknown. */
function isCaseless(ch: string): boolean {
  let known = caselessMemo.get(ch);
  if (known === undefined) {
    known = ch !== ch.toUpperCase() && TONE_MARK.test(ch.normalize('NFD'));
    // Bounded: arbitrary input must not grow the memo without limit.
    if (caselessMemo.size < 4096) caselessMemo.set(ch, known);
  }
  return known;
}

interface CaseCounts {
  upper: number;
  lower: number;
  caseless: number;
}

function countCase(word: string): CaseCounts {
  const counts: CaseCounts = { upper: 0, lower: 0, caseless: 0 };
  for (const ch of word) {
    if (isCaseless(ch)) counts.caseless++;
    else if (ch !== ch.toLowerCase()) counts.upper++;
    else if (ch !== ch.toUpperCase()) counts.lower++;
  }
  return counts;
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

function restoreLine(line: string): string {
  const words = [...line.matchAll(WORD)].map((m) => ({ index: m.index, text: m[0], counts: countCase(m[0]) }));
  if (!words.some((w) => w.counts.caseless > 0)) return line;
  // Only real syllables count as evidence of a capital line: acronyms ("UBND",
  // "KH-BCĐCĐS") stand in lowercase sentences too.
  let lineUpper = 0;
  let lineLower = 0;
  for (const w of words) {
    if (w.counts.lower > 0) lineLower += w.counts.lower;
    else if (w.counts.upper + w.counts.caseless >= 2 && isVietnameseSyllable(w.text)) lineUpper += w.counts.upper;
  }
  let out = '';
  let cursor = 0;
  for (const w of words) {
    const { upper, lower, caseless } = w.counts;
    if (caseless === 0) continue;
    let replacement: string | null = null;
    if (lower === 0) {
      // A capital word ("HO¹CH") decides by itself; a word with one capital or none
      // ("KÕ", "ë") is capital only on an otherwise all-capital line.
      const ownUpper = upper >= 2 && isVietnameseSyllable(w.text) ? upper : 0;
      if (upper >= 2 || (lineUpper - ownUpper >= 2 && lineLower === 0)) replacement = upperCaseless(w.text);
    }
    if (replacement === null && isCaseless(w.text[0]!) && SENTENCE_END.test(line.slice(Math.max(0, w.index - 8), w.index))) {
      // "… cña UBND HuyÖn. ñy ban": a sentence never starts in lower case.
      replacement = upperCaseless(w.text[0]!) + w.text.slice(1);
    }
    if (replacement === null) continue;
    out += line.slice(cursor, w.index) + replacement;
    cursor = w.index + w.text.length;
  }
  return out + line.slice(cursor);
}

/**
 * Restores capitals TCVN3 could not encode: a toned lowercase letter inside an
 * otherwise all-capital word, or in a word on an all-capital line, becomes a capital
 * ("KÕ HO¹CH" decodes to "Kế HOạCH"; this makes it "KẾ HOẠCH"). Lines are `\n`-separated.
 */
export function restoreTcvn3Case(text: string): string {
  return text.split('\n').map(restoreLine).join('\n');
}
