/**
 * Legacy Vietnamese encodings: detects how a text file's bytes are encoded
 * (UTF-8/16, TCVN3, VNI-Windows, Windows-1258, decomposed Unicode) and converts
 * them to NFC; decodes Word/PDF runs set in legacy fonts; scores garbage text.
 * Pure functions, no I/O.
 */
import { cp1252Units } from './cp1252-table.js';
import { decodeCp1258, decodeTcvn3, decodeVni, restoreTcvn3Case, type Units } from './decoders.js';
import { isSpaceUnit, scanText, type TextCounts } from './scan.js';
import { decodeStrictUtf8 } from './utf8.js';
import type { ExtractMessage } from '../types.js';

export { isVietnameseSyllable } from './syllable.js';
export { vietnameseSyllableRatio } from './scan.js';
export { restoreTcvn3Case } from './decoders.js';

/** Encodings `decodeTextBytes` tells apart. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258' | 'nfd';

/** Result of `decodeTextBytes`. */
export interface DecodedText {
  /** The text, Unicode NFC; line endings as in the file. */
  text: string;
  /** The encoding found (`nfd` = UTF-8 in decomposed form). */
  encoding: TextEncoding;
  /** Number of U+FFFD replacement characters in `text` (bytes that could not be decoded). */
  replaced: number;
}

const REPLACEMENT = /\uFFFD/gu;
/** Bytes scored per candidate: plenty to decide, bounded for huge files. */
const SCORE_SAMPLE = 64 * 1024;

function countReplaced(text: string): number {
  return text.match(REPLACEMENT)?.length ?? 0;
}

function nfc(text: string, encoding: TextEncoding): DecodedText {
  const normal = text.normalize('NFC');
  return { text: normal, encoding, replaced: countReplaced(normal) };
}

const DIACRITIC_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/gu;

/**
 * True when a good share of the accented letters are written decomposed (NFD), as
 * some Mac and PDF tools do. A handful of stray decomposed letters is not "NFD".
 */
function isMostlyDecomposed(text: string, composed: string): boolean {
  if (composed.length === text.length) return false;
  const absorbed = text.length - composed.length;
  const accented = composed.match(DIACRITIC_LETTER)?.length ?? 0;
  return absorbed >= 3 && absorbed >= 0.3 * accented;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  // Text in an 8-bit encoding has no zero bytes at all: a native search clears it.
  const firstZero = bytes.indexOf(0);
  if (firstZero < 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = firstZero; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const half = bytes.length / 2;
  // ASCII letters, digits and spaces leave a zero high byte; Vietnamese letters do not.
  if (zeroOdd >= 0.3 * half && zeroEven <= 0.02 * half) return 'utf-16le';
  if (zeroEven >= 0.3 * half && zeroOdd <= 0.02 * half) return 'utf-16be';
  return null;
}

function decodeUnicode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', skip: number): DecodedText {
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(skip));
  const composed = text.normalize('NFC');
  return { text: composed, encoding: isMostlyDecomposed(text, composed) ? 'nfd' : encoding, replaced: countReplaced(composed) };
}

/** What one candidate decoding of the bytes looks like. */
interface Candidate {
  encoding: TextEncoding;
  decode: (units: Units) => string;
}

const LEGACY_CANDIDATES: readonly Candidate[] = [
  // Order breaks ties (a lone ambiguous word): TCVN3 was by far the most common
  // legacy encoding in government offices, then VNI; Windows-1258 is rare.
  { encoding: 'tcvn3', decode: (units) => restoreTcvn3Case(decodeTcvn3(units)) },
  { encoding: 'vni', decode: decodeVni },
  { encoding: 'windows-1258', decode: decodeCp1258 },
  { encoding: 'utf-8', decode: (units) => new TextDecoder('utf-8').decode(Uint8Array.from(units as ArrayLike<number>)) },
];

/**
 * How Vietnamese a decoded text looks, per word: well-formed syllables, a bonus
 * for very frequent words, minus words with legacy debris or odd case ("PHô",
 * "hoÆc": wrong decodings make them), minus garbage characters (each costs as
 * much as three good words).
 */
function vietnameseScore(text: string): number {
  const c = scanText(text);
  const words = Math.max(c.words, 1);
  const penalty = c.legacyTokens + 0.5 * c.oddCase + 3 * c.garbage;
  return (c.syllables + 1.5 * c.frequent - penalty) / words;
}

/**
 * Decodes a text file's bytes to NFC Unicode and says which encoding they were in.
 * BOMs win; valid UTF-8 is UTF-8 (reported `nfd` when mostly decomposed); anything
 * else is decoded as TCVN3, VNI-Windows and Windows-1258 and the most Vietnamese
 * result is kept. `\n` and `\r\n` stay as they are; TCVN3/Windows-1258 byte 0x85
 * is the ellipsis "…", never a line break. Never throws.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUnicode(bytes, 'utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUnicode(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUnicode(bytes, 'utf-16be', 2);
  const utf16 = utf16Guess(bytes);
  if (utf16) return decodeUnicode(bytes, utf16, 0);
  const text = decodeStrictUtf8(bytes);
  if (text !== null) {
    const composed = text.normalize('NFC');
    return { text: composed, encoding: isMostlyDecomposed(text, composed) ? 'nfd' : 'utf-8', replaced: countReplaced(composed) };
  }
  // Not UTF-8: an 8-bit legacy encoding (or damaged UTF-8, which the scoring also considers).
  const whole = bytes.length <= SCORE_SAMPLE;
  const sample = whole ? bytes : bytes.subarray(0, SCORE_SAMPLE);
  let best = LEGACY_CANDIDATES[0]!;
  let bestText = '';
  let bestScore = -Infinity;
  for (const candidate of LEGACY_CANDIDATES) {
    const text = candidate.decode(sample);
    const score = vietnameseScore(text);
    if (score > bestScore) {
      best = candidate;
      bestText = text;
      bestScore = score;
    }
  }
  // A file no larger than the sample was decoded whole while it was scored.
  return nfc(whole ? bestText : best.decode(bytes), best.encoding);
}

/**
 * Which legacy encoding a font name implies: `.VnTime`, `.VnArialH` … → `tcvn3`;
 * `VNI-Times`, `VNI-Helve` … → `vni`; anything else → null. Accepts PDF names with a
 * subset prefix or style suffix ("ABCDEF+.VnTimeH,Bold", "VNI-Times-Bold").
 */
export function isLegacyFont(font: string): 'tcvn3' | 'vni' | null {
  const name = stripSubset(font.trim());
  if (/^\.Vn[A-Z]/u.test(name) || TCVN3_FAMILY_WITHOUT_DOT.test(name)) return 'tcvn3';
  if (/^VNI[-_ ]/iu.test(name)) return 'vni';
  return null;
}

/**
 * ABC font families, for PDF producers that drop the leading dot ("VnTimeH");
 * a bare "Vn…" prefix alone would also catch modern fonts such as "VnExpress Sans".
 */
const TCVN3_FAMILY_WITHOUT_DOT =
  /^Vn(?:Time|Arial|Avant|Book|Centur|Courier|Helvet|Univers|Bodoni|Clarendon|Cooper|Gothic|Black|Present|Souther|Shelley|Stamp|Linus|Aristote|Bahamas|Commercial|Mystical|Revue|Vogue|Teknical|Aptima|Swiss)/u;

function stripSubset(font: string): string {
  return font.replace(/^[A-Z]{6}\+/u, '');
}

const STYLE_SUFFIX = /[-, ]?(?:BoldItalic|Bold|Italic|Oblique|Regular|BI|B|I)$/u;

/** TCVN3 capital fonts end their family name in "H" (.VnTimeH, .VnArialH, .VnAvantH). */
function isCapitalFont(font: string): boolean {
  let family = stripSubset(font.trim());
  // "…H,BoldItalic", "…H-Bold-Italic": peel style words one at a time.
  for (let i = 0; i < 3; i++) family = family.replace(STYLE_SUFFIX, '');
  return /^\.?Vn\S*H$/u.test(family.replace(/\s/gu, ''));
}

/**
 * Decodes a Word/PDF run set in a legacy font: its characters are the legacy bytes
 * read as Windows-1252 ("KÕ ho¹ch" in .VnTime → "Kế hoạch"; U+00AD soft hyphen → "ư").
 * Runs in a TCVN3 capital font (.VnTimeH) come out in capitals. Returns null when
 * the font is not a legacy one.
 */
export function decodeLegacyRun(text: string, font: string): string | null {
  const encoding = isLegacyFont(font);
  if (encoding === null) return null;
  const units = cp1252Units(text);
  if (encoding === 'vni') return decodeVni(units);
  const decoded = decodeTcvn3(units);
  if (!isCapitalFont(font)) return restoreTcvn3Case(decoded);
  let upper = '';
  for (const ch of decoded) {
    const u = ch.toUpperCase();
    upper += u.length === ch.length ? u : ch;
  }
  return upper.normalize('NFC');
}

const TOKEN = /\S+/gu;
const LETTER = /\p{L}/u;

/**
 * How much of `text` is undecodable garbage, 0 (clean) … 1 (all garbage):
 * replacement/private-use/control characters, words carrying legacy-encoding
 * debris ("KÕ ho¹ch", "Keá hoaïch"), and a low share of well-formed Vietnamese
 * syllables. Text without any letters or garbage scores 0.
 */
export function looksLikeMojibake(text: string): number {
  return mojibakeSignals(text).score;
}

/** The evidence behind {@link looksLikeMojibake}, each share 0 … 1 of its base. */
export interface MojibakeSignals {
  score: number;
  /** Replacement, private-use and control characters per non-space character. */
  garbage: number;
  /** Words carrying legacy-encoding debris, per word. */
  legacy: number;
  /** Words that are not Vietnamese syllables, per word. */
  invalid: number;
  /** Symbols per non-space character. */
  symbols: number;
  /** Words made of ASCII letters only, per word. */
  ascii: number;
  /** Words with a symbol inside them ("K#d*sj"), per word with a letter. */
  malformed: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const ASCII_WORD = /^[A-Za-z]+$/u;

export function mojibakeSignals(text: string): MojibakeSignals {
  return withExplanation(text, scoreParts(scanText(text)));
}

/** Adds the two signals that explain a score (ASCII words, malformed words) to its parts. */
function withExplanation(text: string, parts: ReturnType<typeof scoreParts>): MojibakeSignals {
  let words = 0;
  let ascii = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    if (ASCII_WORD.test(m[0])) ascii++;
  }
  return { ...parts, ascii: words === 0 ? 0 : ascii / words, malformed: malformedShare(text) };
}

/** The signals the score is made of; the other two only explain a high score, so a clean text skips them. */
function scoreParts(c: TextCounts): Pick<MojibakeSignals, 'score' | 'garbage' | 'legacy' | 'invalid' | 'symbols'> {
  const nonSpace = c.nonSpace;
  if (nonSpace === 0) return { score: 0, garbage: 0, legacy: 0, invalid: 0, symbols: 0 };
  const garbage = c.garbage / nonSpace;
  const legacyShare = c.tokens === 0 ? 0 : c.legacyTokens / c.tokens;
  // Real plans carry some non-syllables (UBND, CĐS, loanwords): ignore the first 25 %.
  const invalid = c.words === 0 ? 0 : 1 - c.syllables / c.words;
  const invalidExcess = Math.max(0, (invalid - 0.25) / 0.75);
  // A font without a Unicode map can also come out as punctuation soup ("!#$%&").
  const symbols = c.symbols / nonSpace;
  const symbolExcess = Math.max(0, (symbols - 0.35) / 0.4);
  return {
    score: Math.min(1, Math.max(5 * garbage, 1.2 * legacyShare, invalidExcess, symbolExcess)),
    garbage,
    legacy: legacyShare,
    invalid,
    symbols,
  };
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Joiners real words and codes carry inside ("06-NQ/TU", "CT-XH", "v.v", "Đắk"): not damage. */
const INNER_SYMBOL = /[^\p{L}\p{M}\p{N}\-/.,'&:]/u;

/**
 * Share of words with a symbol inside them. A font whose glyph codes were read
 * as ASCII gives tokens like "K#d*sj" — letters of the right alphabet, so neither
 * the legacy nor the garbage signal sees them, but no language writes them.
 */
function malformedShare(text: string): number {
  let words = 0;
  let bad = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0].replace(EDGE_PUNCTUATION, '');
    if (!LETTER.test(word)) continue;
    words++;
    if (INNER_SYMBOL.test(word)) bad++;
  }
  return words === 0 ? 0 : bad / words;
}

/** Share of malformed words that is as damning as all-garbage (real plans: under 1 %). */
const MALFORMED_FULL = 0.3;
/** Mojibake score from which an extraction's text counts as unreadable. */
export const UNREADABLE_SCORE = 0.5;
/** Text scored: enough to judge a document, bounded for huge ones. */
const READABILITY_SAMPLE = 64 * 1024;
/**
 * A longer text is judged on this many windows, one from the middle of each equal
 * stretch of it, so damage weighs about its share of the whole wherever it sits
 * (a first-64 KB sample missed a plan whose damage began further on).
 */
const SAMPLE_WINDOWS = 16;

/** `text`, or for a long one its windows joined by line breaks, each cut at whitespace so no word is cut in two. */
function readabilitySample(text: string): string {
  if (text.length <= READABILITY_SAMPLE) return text;
  const width = READABILITY_SAMPLE / SAMPLE_WINDOWS;
  const windows: string[] = [];
  for (let k = 0; k < SAMPLE_WINDOWS; k++) {
    let start = Math.floor(((k + 0.5) * text.length) / SAMPLE_WINDOWS) - width / 2;
    let end = start + width;
    if (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) {
      let i = start;
      while (i < end && !isSpaceUnit(text.charCodeAt(i))) i++;
      if (i < end) start = i + 1;
    }
    if (end < text.length && !isSpaceUnit(text.charCodeAt(end))) {
      let i = end;
      while (i > start && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
      if (i > start) end = i;
    }
    // A text without whitespace is cut where it falls, but never inside a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(start))) start++;
    if (isLowSurrogate(text.charCodeAt(end))) end--;
    windows.push(text.slice(start, end));
  }
  return windows.join('\n');
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
/** Non-space characters below which a text is too short to judge. */
const MIN_JUDGED = 40;

/**
 * Why a decoded text is still undecodable, or null when it reads. A text is
 * unreadable when its mojibake score is high on evidence of damage — garbage
 * characters, legacy-encoding debris, symbol soup, or non-syllables among
 * accented words — not merely because it is not Vietnamese: a text of plain
 * ASCII words (English, Vietnamese typed without marks) is readable.
 */
export function unreadableReason(text: string): string | null {
  const sample = readabilitySample(text);
  const counts = scanText(sample);
  if (counts.nonSpace < MIN_JUDGED) return null;
  // Most texts read: their score alone clears them, before the signals that only explain a high one.
  const parts = scoreParts(counts);
  if (parts.score < UNREADABLE_SCORE) return null;
  const s = withExplanation(sample, parts);
  const damage = Math.max(5 * s.garbage, 1.2 * s.legacy, Math.max(0, (s.symbols - 0.35) / 0.4), s.malformed / MALFORMED_FULL);
  if (damage < UNREADABLE_SCORE && s.ascii >= 0.8) return null;
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const evidence = [
    s.invalid >= 0.25 ? `${pct(s.invalid)} of words are not Vietnamese syllables` : '',
    s.legacy >= 0.1 ? `${pct(s.legacy)} of words carry legacy-encoding debris` : '',
    s.garbage >= 0.02 ? `${pct(s.garbage)} of characters are control, private-use or replacement characters` : '',
    s.symbols >= 0.35 ? `${pct(s.symbols)} of characters are symbols` : '',
    s.malformed >= 0.05 ? `${pct(s.malformed)} of words have symbols inside them` : '',
  ].filter(Boolean);
  return `text is still mostly undecodable after conversion (mojibake score ${s.score.toFixed(2)}: ${evidence.join('; ')}); the font or encoding it was written in is not one chitieu can map`;
}

/**
 * The status an extraction's text earns: `unreadable-text` with a message saying
 * why when there is no text or it is still mostly undecodable (so garbage is
 * reported, never passed on silently as a plan with nothing in it).
 */
export function readability(text: string): { status: 'ok' | 'unreadable-text'; message: ExtractMessage | null } {
  if (!text.trim()) return { status: 'unreadable-text', message: { code: 'unreadable-text', fatal: false, reason: 'no text could be extracted' } };
  const reason = unreadableReason(text);
  if (reason === null) return { status: 'ok', message: null };
  return { status: 'unreadable-text', message: { code: 'unreadable-text', fatal: false, reason } };
}

/** How much more Vietnamese (per word, see `vietnameseScore`) a decoded segment must read to replace the original. */
const REPAIR_GAIN = 0.3;
/** Characters a legacy byte can show as: Latin-1 high half and the Windows-1252 specials. */
const LEGACY_CARRIER = /[\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;
/** Letters of Vietnamese beyond Windows-1252 (ế, ạ, ư, đ …): a segment with them is already Unicode. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

const CARRIER = 1;
const VIETNAMESE_LETTER = 2;
const CLASSIFIED = 4;
/** LEGACY_CARRIER and UNICODE_VIETNAMESE per UTF-16 unit (both sets are BMP), filled as units are met. */
const LINE_CLASS = new Uint8Array(0x10000);

function lineClass(unit: number): number {
  let cls = LINE_CLASS[unit]!;
  if (cls === 0) {
    const ch = String.fromCharCode(unit);
    cls = CLASSIFIED | (LEGACY_CARRIER.test(ch) ? CARRIER : 0) | (UNICODE_VIETNAMESE.test(ch) ? VIETNAMESE_LETTER : 0);
    LINE_CLASS[unit] = cls;
  }
  return cls;
}

/** The better of the TCVN3 and VNI readings of one line, or null when neither reads clearly more Vietnamese. */
function repairSegment(segment: string): { encoding: 'tcvn3' | 'vni'; text: string; score: number } | null {
  const units = cp1252Units(segment);
  const original = vietnameseScore(segment);
  let best: { encoding: 'tcvn3' | 'vni'; text: string; score: number } | null = null;
  for (const [encoding, decode] of [['tcvn3', (u: Units) => restoreTcvn3Case(decodeTcvn3(u))], ['vni', decodeVni]] as const) {
    const decoded = decode(units);
    const score = vietnameseScore(decoded);
    if (score >= original + REPAIR_GAIN && (!best || score > best.score)) best = { encoding, text: decoded, score };
  }
  return best;
}

/**
 * Repairs legacy Vietnamese text that reached us as Windows-1252 characters with
 * nothing saying so: a .VnTime run whose font was swapped, a TCVN3 file once
 * "converted" to UTF-8 as if it were Windows-1252 ("KÕ ho¹ch"), a .doc whose
 * reader drops fonts. Each line (or run) carrying legacy debris is decoded as
 * TCVN3 and as VNI, and the reading replaces the original only when it is
 * clearly more Vietnamese. Unicode letters outside Windows-1252 pass through.
 * Lines end at `\n`; a `\r` before it is not part of the line.
 */
export function repairLegacyText(text: string): { text: string; encoding: 'tcvn3' | 'vni' | null; segments: number } {
  let tcvn3 = 0;
  let vni = 0;
  let out = '';
  let cursor = 0;
  const n = text.length;
  // A line is worth decoding only when it has a carrier and no letter beyond Windows-1252.
  // Most lines of Unicode Vietnamese show such a letter within a few characters: the
  // rest of the line is then skipped by a native search for its end.
  for (let lineStart = 0; lineStart <= n; ) {
    let i = lineStart;
    let carrier = false;
    let vietnamese = false;
    for (; i < n; i++) {
      const unit = text.charCodeAt(i);
      if (unit === 0x0a) break;
      if (unit < 0xa0) continue;
      const cls = lineClass(unit);
      if (cls & VIETNAMESE_LETTER) {
        vietnamese = true;
        break;
      }
      if (cls & CARRIER) carrier = true;
    }
    let lineEnd = vietnamese ? text.indexOf('\n', i) : i;
    if (lineEnd < 0) lineEnd = n;
    if (carrier && !vietnamese) {
      const end = lineEnd < n && lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
      const best = repairSegment(text.slice(lineStart, end));
      if (best) {
        if (best.encoding === 'tcvn3') tcvn3++;
        else vni++;
        out += text.slice(cursor, lineStart) + best.text;
        cursor = end;
      }
    }
    lineStart = lineEnd + 1;
  }
  const segments = tcvn3 + vni;
  if (segments === 0) return { text, encoding: null, segments: 0 };
  return { text: out + text.slice(cursor), encoding: vni > tcvn3 ? 'vni' : 'tcvn3', segments };
}
