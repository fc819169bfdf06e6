/**
 * A matching key for Vietnamese text that ignores case and tone-mark placement
 * ("hoá" = "hóa", "Uỷ" = "ủy") but keeps every other letter, so rules can match
 * on the key and quote the real text at the same offsets.
 *
 * The key has exactly the same length (in UTF-16 code units) as its NFC input:
 * the tone mark only moves inside a syllable, and every Vietnamese vowel with a
 * tone has a precomposed form.
 */

import { memoByString } from './memo.js';
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const SYLLABLE = /[\p{L}\p{M}]+/gu;

const isVowel = (letter: string) => VOWELS.has(letter[0]!);
// â ê ô (circumflex), ă (breve), ơ ư (horn)
const hasShape = (letter: string) => /[\u0302\u0306\u031b]/u.test(letter);

/**
 * Where the modern spelling puts the tone: on a shaped vowel (â ă ê ô ơ ư, the
 * last one for "ươ"); else on the last vowel before a final consonant; else on
 * the second of "oa", "oe", "uy" ("hoá", "uỷ"); else the middle of three
 * vowels, the first of two. "qu" and "gi" before a vowel are consonants.
 * Old-style spellings ("hóa", "ủy") thus key to the modern one.
 */
function tonePosition(letters: string[]): number {
  let i = 0;
  while (i < letters.length && !isVowel(letters[i]!)) i++;
  const prev = letters[i - 1]?.[0];
  if ((prev === 'q' && letters[i]?.[0] === 'u') || (prev === 'g' && letters[i] === 'i')) {
    if (i + 1 < letters.length && isVowel(letters[i + 1]!)) i++;
  }
  const first = i;
  while (i < letters.length && isVowel(letters[i]!)) i++;
  const last = i - 1;
  if (last < first) return -1;
  const coda = i < letters.length;
  for (let k = last; k >= first; k--) if (hasShape(letters[k]!)) return k;
  if (coda) return last;
  const nucleus = letters.slice(first, last + 1).map((l) => l[0]).join('');
  if (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy') return first + 1;
  if (last - first === 2) return first + 1;
  return first;
}

function canonicalSyllableOf(syllable: string): string {
  const lower = syllable.toLowerCase();
  const decomposed = lower.normalize('NFD');
  let tone = '';
  let base = '';
  for (const ch of decomposed) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else base += ch;
  }
  if (!tone) return lower;
  // Letters of the base as [letter + its non-tone marks].
  const letters: string[] = [];
  for (const ch of base) {
    if (/\p{M}/u.test(ch) && letters.length > 0) letters[letters.length - 1] += ch;
    else letters.push(ch);
  }
  const at = tonePosition(letters);
  if (at < 0) return lower;
  letters[at] = letters[at]! + tone;
  const out = letters.join('').normalize('NFC');
  return out.length === lower.length ? out : lower;
}

const canonicalSyllable = memoByString(canonicalSyllableOf);

/**
 * Returns the matching key of `text` (NFC expected): lower case, tone placed canonically.
 * @example matchKey('Văn Hóa') === matchKey('văn hoá') // true
 */
export function matchKey(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const slot = (Math.imul(n, 0x9e3779b1) ^ Math.imul(text.charCodeAt(0), 31) ^ Math.imul(text.charCodeAt(n >> 1), 7) ^ text.charCodeAt(n - 1)) & (TEXT_SLOTS - 1);
  if (slotText[slot] === text) return slotTextKey[slot]!;
  const lower = text.toLowerCase();
  const key =
    lower.length !== text.length ? text.replace(SYLLABLE, (s) => { const c = canonicalSyllable(s); return c.length === s.length ? c : s; }) : keyLowered(lower);
  slotText[slot] = text;
  slotTextKey[slot] = key;
  return key;
}

/**
 * `matchKey(text.slice(start, end))`, given `key = matchKey(text)`: the slice of
 * the key when that is the same, without keying the slice again. It is the same
 * when the cuts fall outside syllables (keying works syllable by syllable) and
 * lower-casing `text` works character by character with equal lengths: no "İ"
 * (two code units in lower case, the one such character) and no "Σ" (its lower
 * case depends on the neighbours). Otherwise the slice is keyed.
 */
export function keySlice(text: string, key: string, start: number, end: number): string {
  if (key.length === text.length && perCharacter(text) && cutsBetweenSyllables(text, start) && cutsBetweenSyllables(text, end)) return key.slice(start, end);
  return matchKey(text.slice(start, end));
}

let lastText: string | undefined;
let lastPerCharacter = false;

/** Whether `text` holds neither U+0130 nor U+03A3 (asked once per document: the last answer is kept). */
function perCharacter(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastPerCharacter = text.indexOf('\u0130') < 0 && text.indexOf('\u03a3') < 0;
  }
  return lastPerCharacter;
}

/** Whether a cut at `i` leaves every syllable of `text` whole (a surrogate on either side is answered no). */
function cutsBetweenSyllables(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  if ((a >= 0xd800 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdfff)) return false;
  return !(kindAt(text, i - 1) & IN_SYLLABLE && kindAt(text, i) & IN_SYLLABLE);
}

/*
 * Several rules key the same block, sentence or cell: four in ten keyed
 * characters of a plan are a text keyed before. A direct-mapped table answers
 * those: its slot is chosen from the length and three characters (no hash of
 * the whole text), and a hit needs the texts equal, which the engine compares
 * natively. A slot taken by another text is overwritten; 1024 slots bound it.
 */
const TEXT_SLOTS = 1024;
const slotText: Array<string | undefined> = new Array<string | undefined>(TEXT_SLOTS);
const slotTextKey: string[] = new Array<string>(TEXT_SLOTS).fill('');

/**
 * The reference definition of the key (every syllable through `canonicalSyllable`),
 * kept for the test that checks `matchKey` against it.
 */
export function matchKeyByRegex(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text.replace(SYLLABLE, (s) => { const c = canonicalSyllable(s); return c.length === s.length ? c : s; });
  return lower.replace(SYLLABLE, canonicalSyllable);
}

/*
 * Rules key every block, heading and cell, so the key is computed often. A
 * syllable without a tone mark keys to itself (it is already lower case), so
 * only syllables holding a toned letter need `canonicalSyllable`; one pass over
 * the code units finds them with a table of what each character is, instead of
 * a regular-expression callback per syllable.
 */
const IN_SYLLABLE = 1;
const TONED = 2;
const UNKNOWN = 255;
/** Per UTF-16 code unit (BMP, surrogates excluded): IN_SYLLABLE (\p{L} or \p{M}) | TONED (its NFD holds a tone mark); filled on first sight. */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/*
 * Most toned syllables have one vowel ("số", "xã", "thực"): the tone can stand
 * nowhere else, so the syllable keys to itself and the table of syllables need
 * not be asked (a load from a scattered string per syllable was most of the
 * scan). That holds when every unit is a plain Latin letter (one unit that is
 * its own lower case and its own NFC, one base letter and marks; such letters
 * compose with no neighbour), exactly one unit is a vowel and is the only
 * toned one, and putting its tone mark last composes back to it.
 */
/** Kind bit: a plain Latin letter (see above). */
const SIMPLE = 8;
/** Kind bit: a plain letter whose base is a vowel (what tonePosition counts as one). */
const VOWEL = 16;
/** Kind bit: a vowel with one tone mark that composes back to itself with the tone put last. */
const TONE_SAFE = 32;

function kindOf(ch: string): number {
  if (!LETTER_OR_MARK.test(ch)) return 0;
  const nfd = ch.normalize('NFD');
  const parts = [...nfd];
  const tones = parts.filter((part) => TONE_MARKS.has(part));
  let kind = tones.length > 0 ? IN_SYLLABLE | TONED : IN_SYLLABLE;
  if (!isPlainLetter(ch, parts)) return kind;
  kind |= SIMPLE;
  if (!VOWELS.has(parts[0]!)) return kind;
  kind |= VOWEL;
  if (tones.length === 1 && (parts.filter((part) => part !== tones[0]).join('') + tones[0]).normalize('NFC') === ch) kind |= TONE_SAFE;
  return kind;
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

/** A Latin letter that is one unit, its own lower case and its own NFC, decomposing to one base letter and marks. */
function isPlainLetter(ch: string, parts: readonly string[]): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length !== 1 || !(c < 0x250 || (c >= 0x1e00 && c <= 0x1eff))) return false;
  if (!LETTER.test(ch) || ch.toLowerCase() !== ch || parts.join('').normalize('NFC') !== ch) return false;
  return LETTER.test(parts[0]!) && parts.slice(1).every((part) => MARK.test(part));
}

/** A kind bit: the code point at this index takes two code units (a surrogate pair). */
const WIDE = 4;

/** Kind of the code point at `i`, with WIDE set for a surrogate pair. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    const k = KIND[c]!;
    return k === UNKNOWN ? (KIND[c] = kindOf(text[i]!)) : k;
  }
  const cp = text.codePointAt(i)!;
  // A lone surrogate is no letter, as for the /u regular expression.
  if (cp <= 0xffff) return 0;
  return kindOf(String.fromCodePoint(cp)) | WIDE;
}

/*
 * Nearly every Vietnamese syllable carries a tone, so keyLowered asks about
 * almost every syllable of every text the rules key. A direct-mapped table,
 * indexed by a hash of the syllable's code units taken during the scan and
 * checked against the syllable in place, answers repeats without slicing the
 * syllable out or hashing a new string for a Map; a slot taken by another
 * syllable is simply overwritten (bounded, and the working set is small).
 */
const SLOTS = 8192;
const slotSyllable: Array<string | undefined> = new Array<string | undefined>(SLOTS);
/** The key of the slot's syllable, or null when the syllable keys to itself. */
const slotKey: Array<string | null> = new Array<string | null>(SLOTS).fill(null);

function sameAt(syllable: string, text: string, start: number): boolean {
  for (let k = 0; k < syllable.length; k++) if (syllable.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function keyLowered(lower: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    // The table answers most code units in place; kindAt fills it and reads surrogate pairs.
    let c = lower.charCodeAt(i);
    let kind = KIND[c]!;
    if (kind === UNKNOWN || (c >= 0xd800 && c <= 0xdfff)) kind = kindAt(lower, i);
    if (!(kind & IN_SYLLABLE)) {
      i += kind & WIDE ? 2 : 1;
      continue;
    }
    const start = i;
    let toned = 0;
    let tonedUnits = 0;
    let vowels = 0;
    let every = SIMPLE;
    let any = 0;
    let hash = 0;
    for (;;) {
      toned |= kind & TONED;
      tonedUnits += (kind & TONED) >> 1;
      vowels += (kind & VOWEL) >> 4;
      every &= kind;
      any |= kind;
      hash = (Math.imul(hash, 31) + c) | 0;
      i += kind & WIDE ? 2 : 1;
      if (i >= n) break;
      c = lower.charCodeAt(i);
      kind = KIND[c]!;
      if (kind === UNKNOWN || (c >= 0xd800 && c <= 0xdfff)) kind = kindAt(lower, i);
      if (!(kind & IN_SYLLABLE)) break;
    }
    if (toned === 0) continue;
    // One vowel, the one toned unit, all plain letters: the syllable keys to itself (see SIMPLE).
    if (tonedUnits === 1 && vowels === 1 && every !== 0 && (any & TONE_SAFE) !== 0) continue;
    const slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
    const cached = slotSyllable[slot];
    let keyed: string | null;
    if (cached !== undefined && cached.length === i - start && sameAt(cached, lower, start)) {
      keyed = slotKey[slot]!;
    } else {
      const syllable = lower.slice(start, i);
      const key = canonicalSyllable(syllable);
      keyed = key === syllable ? null : key;
      slotSyllable[slot] = syllable;
      slotKey[slot] = keyed;
    }
    if (keyed === null) continue;
    out += lower.slice(copied, start) + keyed;
    copied = i;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

/** Folds `text` to base letters without any diacritics ("Hóa" → "hoa", "đ" → "d"), for fuzzy lookups. */
export function asciiFold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let folded = c < 0x80 ? ASCII_LOWER[c] : FOLDED[c];
    if (folded === undefined) {
      if (!LATIN.test(text[i]!)) return asciiFoldByDefinition(text);
      folded = FOLDED[c] = asciiFoldByDefinition(text[i]!);
    }
    out += folded;
  }
  return out;
}

/** The definition of the fold, kept for text outside Latin letters and for the test that checks `asciiFold` against it. */
export function asciiFoldByDefinition(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();
}

/*
 * Unit names are folded token by token; a decomposition and four passes per
 * token was the cost. For Latin letters (what the plans are written in) each
 * character folds on its own — decomposing, dropping marks and lower-casing
 * them involve no neighbour — so their folds are kept per code unit. Other text
 * (Greek final sigma lower-cases by context, marks outside Latin, surrogate
 * pairs) takes the definition whole.
 */
const LATIN = /^[\p{Script=Latin}\u0300-\u036f]$/u;
const ASCII_LOWER: string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c).toLowerCase());
const FOLDED: Array<string | undefined> = new Array<string | undefined>(0x10000);
