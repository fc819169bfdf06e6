/**
 * One pass over a text that counts everything the readability score and the
 * decoding score are made of: whitespace, garbage characters, symbols, tokens with
 * legacy debris, words and how many of them are Vietnamese syllables. The
 * definitions are the regexes in the comments below; the scan reads each UTF-16
 * unit once instead of running each regex over the text (a ~30 KB plan was scanned
 * six times, and every word was hashed again by a memo table).
 */
import { FREQUENT_WORDS } from './vietnamese-data.js';
import { judgeSyllable } from './syllable.js';

/** What {@link scanText} counts. Code points unless said otherwise. */
export interface TextCounts {
  /** UTF-16 units that are not whitespace (`/\s/u`). */
  nonSpace: number;
  /** `[\uFFFD\p{Co}\p{Cs}\u0000-\u0008\u000E-\u001F\u007F-\u009F]`: replacement, private-use, lone surrogates, controls. */
  garbage: number;
  /** `[^\s\p{L}\p{M}\p{N}]`. */
  symbols: number;
  /** Runs of non-whitespace (`\S+`) with a letter (`\p{L}`) in them. */
  tokens: number;
  /** Of those, tokens with a character a legacy encoding leaves inside words (`LEGACY_LOOKING`). */
  legacyTokens: number;
  /** Runs of letters and marks (`[\p{L}\p{M}]+`). */
  words: number;
  /** Words that are well-formed Vietnamese syllables. */
  syllables: number;
  /** Words in the list of very frequent administrative words. */
  frequent: number;
  /** Words of three or more units whose case changes after the first letter ("PHô", "hoÆc"). */
  oddCase: number;
}

// Class bits of a code point. KNOWN is set in every computed class, so a zero
// table entry means "not computed yet" and a non-zero token state means "inside a token".
const SPACE = 1;
const LETTER = 2;
/** Letter or mark: part of a word. */
const WORD_CHAR = 4;
/** Neither whitespace, letter, mark nor number. */
const SYMBOL = 8;
const GARBAGE = 16;
const LEGACY = 32;
const SURROGATE = 64;
const KNOWN = 128;

const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const NUMBER_RE = /^\p{N}$/u;
const GARBAGE_RE = /^[\uFFFD\p{Co}\p{Cs}\u0000-\u0008\u000E-\u001F\u007F-\u009F]$/u;
/**
 * Characters a legacy encoding read as Latin-1 leaves inside words: Latin-1
 * symbols (TCVN3 "ho¹ch", "®æi") and Latin letters Vietnamese never uses (VNI "ö", "ï").
 */
const LEGACY_LOOKING = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/u;

/** The class bits of one code point (or lone surrogate), from the same regexes the definitions use. */
function classOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const space = SPACE_RE.test(ch);
  const letter = LETTER_RE.test(ch);
  const mark = MARK_RE.test(ch);
  let cls = KNOWN;
  if (space) cls |= SPACE;
  if (letter) cls |= LETTER;
  if (letter || mark) cls |= WORD_CHAR;
  if (!space && !letter && !mark && !NUMBER_RE.test(ch)) cls |= SYMBOL;
  if (GARBAGE_RE.test(ch)) cls |= GARBAGE;
  if (LEGACY_LOOKING.test(ch)) cls |= LEGACY;
  return cls;
}

/** Class bits of every BMP unit, filled the first time a unit is seen (most texts use a few hundred). */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0xd800; c <= 0xdfff; c++) BMP_CLASS[c] = KNOWN | SURROGATE;
const ASTRAL_CLASS = new Map<number, number>();
/** A lone surrogate, as `/u` regexes see it: a garbage (\p{Cs}) symbol. */
const LONE_SURROGATE = KNOWN | SYMBOL | GARBAGE;

function astralClass(cp: number): number {
  let cls = ASTRAL_CLASS.get(cp);
  if (cls === undefined) {
    cls = classOf(cp);
    // Bounded: arbitrary input must not grow the table without limit.
    if (ASTRAL_CLASS.size < 4096) ASTRAL_CLASS.set(cp, cls);
  }
  return cls;
}

/** True when UTF-16 unit `unit` is whitespace (`/\s/u`; every such character is one unit). */
export function isSpaceUnit(unit: number): boolean {
  let cls = BMP_CLASS[unit]!;
  if (cls === 0) cls = BMP_CLASS[unit] = classOf(unit);
  return (cls & SPACE) !== 0;
}

/** True when code point `cp` is a letter or a mark (`[\p{L}\p{M}]`, what a word is made of). */
export function isLetterOrMark(cp: number): boolean {
  let cls: number;
  if (cp > 0xffff) cls = astralClass(cp);
  else {
    cls = BMP_CLASS[cp]!;
    if (cls === 0) cls = BMP_CLASS[cp] = classOf(cp);
  }
  return (cls & WORD_CHAR) !== 0;
}

const SYLLABLE = 1;
const FREQUENT = 2;
const ODD_CASE = 4;

/** All judgements of one word as bit flags. */
function wordKind(word: string): number {
  let kind = judgeSyllable(word) ? SYLLABLE : 0;
  if (FREQUENT_WORDS.has(word.toLowerCase().normalize('NFC'))) kind |= FREQUENT;
  if (word.length >= 3) {
    const tail = word.slice(1);
    if (tail !== tail.toLowerCase() && tail !== tail.toUpperCase()) kind |= ODD_CASE;
  }
  return kind;
}

// Words already judged, in an open-addressing table keyed by a hash the scan
// computes as it reads the word; the words' units are kept in one pool, so a
// repeated word costs no slice, no rehash and no string compare. Process-wide (a
// batch repeats its vocabulary) and bounded: when half full it starts afresh.
// 16K words (~0.6 MB): with 4K, a batch of plans from many communes refilled the table
// every few documents and the scan cost half again as much.
const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
const MAX_FILL = SLOTS >> 1;
/** Longer words are judged every time (Vietnamese syllables are at most 7 letters). */
const MAX_KEPT = 16;
const slotHash = new Int32Array(SLOTS);
/** Word length, 0 for an empty slot. */
const slotLength = new Uint8Array(SLOTS);
const slotKind = new Uint8Array(SLOTS);
const slotOffset = new Int32Array(SLOTS);
const pool = new Uint16Array(MAX_FILL * 8);
let poolUsed = 0;
let filled = 0;

function kindAt(text: string, start: number, end: number, hash: number): number {
  let h = hash ^ (hash >>> 15);
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  const length = end - start;
  let slot = h & MASK;
  for (;;) {
    const kept = slotLength[slot]!;
    if (kept === 0) break;
    if (kept === length && slotHash[slot] === h) {
      const offset = slotOffset[slot]!;
      let i = 0;
      while (i < length && pool[offset + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return slotKind[slot]!;
    }
    slot = (slot + 1) & MASK;
  }
  const kind = wordKind(text.slice(start, end));
  if (length > MAX_KEPT) return kind;
  if (filled >= MAX_FILL || poolUsed + length > pool.length) {
    slotLength.fill(0);
    filled = 0;
    poolUsed = 0;
    slot = h & MASK;
  }
  slotHash[slot] = h;
  slotLength[slot] = length;
  slotKind[slot] = kind;
  slotOffset[slot] = poolUsed;
  for (let i = 0; i < length; i++) pool[poolUsed++] = text.charCodeAt(start + i);
  filled++;
  return kind;
}

/** Counts the signals of `text` in one pass (see {@link TextCounts} for each definition). */
export function scanText(text: string): TextCounts {
  let spaces = 0;
  let garbage = 0;
  let symbols = 0;
  let tokens = 0;
  let legacyTokens = 0;
  let words = 0;
  let syllables = 0;
  let frequent = 0;
  let oddCase = 0;
  // The class bits of the current token OR-ed together; 0 between tokens.
  let token = 0;
  // Start of the current letter/mark run (-1 outside one) and its running hash.
  let wordStart = -1;
  let hash = 0;
  const n = text.length;
  // One step past the end reads a space, which closes the last token and word. The loop
  // is the whole function: V8 optimises a loop this hot on its own (on-stack replacement)
  // before the code after it has ever run, and that code then left the optimised loop
  // at every call (a deoptimisation per line scanned, and the next scan interpreted).
  for (let i = 0; i <= n; i++) {
    const unit = i < n ? text.charCodeAt(i) : 0x20;
    let cls = BMP_CLASS[unit]!;
    if (cls === 0) cls = BMP_CLASS[unit] = classOf(unit);
    let wide = false;
    if (cls & SPACE) {
      spaces++;
      if (token & LETTER) {
        tokens++;
        if (token & LEGACY) legacyTokens++;
      }
      token = 0;
    } else {
      if (cls & SURROGATE) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          cls = astralClass(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
          wide = true;
        } else {
          cls = LONE_SURROGATE;
        }
      }
      token |= cls;
      if (cls & (SYMBOL | GARBAGE)) {
        if (cls & SYMBOL) symbols++;
        if (cls & GARBAGE) garbage++;
      }
    }
    if (cls & WORD_CHAR) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ unit, 0x01000193);
      if (wide) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
    } else if (wordStart >= 0) {
      const kind = kindAt(text, wordStart, i, hash);
      words++;
      syllables += kind & SYLLABLE;
      frequent += (kind & FREQUENT) >> 1;
      oddCase += (kind & ODD_CASE) >> 2;
      wordStart = -1;
    }
    if (wide) i++;
  }
  return { nonSpace: n + 1 - spaces, garbage, symbols, tokens, legacyTokens, words, syllables, frequent, oddCase };
}

/** Counts of words in `text` (runs of letters and marks). */
export interface SyllableStats {
  words: number;
  /** Words that are well-formed Vietnamese syllables. */
  syllables: number;
  /** Words in the list of very frequent administrative words. */
  frequent: number;
}

/** Counts words, valid syllables and frequent words in `text`. */
export function syllableStats(text: string): SyllableStats {
  const { words, syllables, frequent } = scanText(text);
  return { words, syllables, frequent };
}

/** Share (0..1) of the words of `text` that are well-formed Vietnamese syllables; 0 when there are no words. */
export function vietnameseSyllableRatio(text: string): number {
  const stats = syllableStats(text);
  return stats.words === 0 ? 0 : stats.syllables / stats.words;
}
