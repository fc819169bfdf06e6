/**
 * Is a word a well-formed Vietnamese syllable? Used to score candidate decodings
 * and to measure how much of a text is garbage.
 */
import { memoByString } from '../../pipeline/text/memo.js';
import { CLOSED_NUCLEI, CODAS, CODAS_OF_NUCLEUS, NUCLEI_OF_CODA, NEEDS_CODA, ONSETS, OPEN_NUCLEI, STOP_CODAS } from './vietnamese-data.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ACUTE_OR_DOT = new Set(['\u0301', '\u0323']);

/** The coda of `rest` (nucleus + coda), '' for none, or null when `rest` is not a rhyme. */
export function nucleusWithCoda(rest: string): string | null {
  if (CLOSED_NUCLEI.has(rest) || (OPEN_NUCLEI.has(rest) && !NEEDS_CODA.has(rest))) return '';
  for (const coda of CODAS) {
    if (rest.length <= coda.length || !rest.endsWith(coda)) continue;
    const nucleus = rest.slice(0, -coda.length);
    if (!OPEN_NUCLEI.has(nucleus)) continue;
    if ((CODAS_OF_NUCLEUS.get(nucleus)?.has(coda) ?? true) && (NUCLEI_OF_CODA.get(coda)?.has(nucleus) ?? true)) return coda;
  }
  return null;
}

/**
 * True when `word` (any case, NFC or NFD) spells one Vietnamese syllable:
 * onset + nucleus + coda, at most one tone, and only acute/dot-below before c/ch/p/t.
 */
export function isVietnameseSyllable(word: string): boolean {
  return isSyllableMemo(word);
}

/** What one letter contributes to a syllable: its lowercase base letter (tone marks removed) and its tone marks. */
interface LetterParts {
  base: string;
  tones: number;
  firstTone: string;
}

/**
 * Parts of the Latin letters, by UTF-16 unit (null: not a letter this shortcut reads).
 * Word by word, lowercasing, decomposing, dropping tones and recomposing act on each
 * of these letters separately: each lowercases to one letter, decomposes to a base
 * letter and marks, and no two Latin letters compose with each other. So a word made
 * only of them is judged from its letters' parts, without normalising the word.
 */
const LETTER_PARTS: (LetterParts | null | undefined)[] = new Array<LetterParts | null | undefined>(0x1f00);
const LATIN_LETTER = /^\p{L}$/u;

function letterParts(unit: number): LetterParts | null {
  if (unit >= 0x1f00) return null;
  let parts = LETTER_PARTS[unit];
  if (parts === undefined) {
    const latin = (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0xc0 && unit <= 0x24f) || unit >= 0x1e00;
    const ch = String.fromCharCode(unit);
    const lower = ch.toLowerCase();
    if (!latin || !LATIN_LETTER.test(ch) || lower.length !== 1) parts = null;
    else {
      const decomposed = lower.normalize('NFD');
      const tones = decomposed.match(TONES) ?? [];
      parts = { base: decomposed.replace(TONES, '').normalize('NFC'), tones: tones.length, firstTone: tones[0] ?? '' };
    }
    LETTER_PARTS[unit] = parts;
  }
  return parts;
}

/** {@link isVietnameseSyllable} without the memo, for callers that keep their own table of judged words. */
export function judgeSyllable(word: string): boolean {
  let base = '';
  let tones = 0;
  let firstTone = '';
  for (let i = 0; i < word.length; i++) {
    const parts = letterParts(word.charCodeAt(i));
    if (parts === null) return judgeAnyWord(word);
    base += parts.base;
    if (parts.tones > 0) {
      if (tones === 0) firstTone = parts.firstTone;
      tones += parts.tones;
    }
  }
  return isSyllableOfParts(base, tones, firstTone);
}

/** The general reading: lowercase, decompose, take the tone marks out, recompose the rest. */
function judgeAnyWord(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  return isSyllableOfParts(decomposed.replace(TONES, '').normalize('NFC'), tones.length, tones[0] ?? '');
}

/** Every rhyme (nucleus + coda) `nucleusWithCoda` accepts, with its coda: the rhymes are few, so each word looks its up. */
const RHYMES: ReadonlyMap<string, string> = (() => {
  const rhymes = new Map<string, string>();
  const keys = [...CLOSED_NUCLEI, ...OPEN_NUCLEI, ...[...OPEN_NUCLEI].flatMap((nucleus) => CODAS.map((coda) => nucleus + coda))];
  for (const key of keys) {
    const coda = nucleusWithCoda(key);
    if (coda !== null) rhymes.set(key, coda);
  }
  return rhymes;
})();
const ONSET_SET: ReadonlySet<string> = new Set(ONSETS);
const LONGEST_ONSET = Math.max(...ONSETS.map((o) => o.length));

/** `base` (lowercase NFC, no tone marks) with `tones` tone marks, the first `firstTone`, spells one syllable. */
function isSyllableOfParts(base: string, tones: number, firstTone: string): boolean {
  if (tones > 1) return false;
  if (base.length === 0 || base.length > 7) return false;
  // Any onset that begins the base (or none) may be the one: try each.
  for (let onset = 0; onset <= LONGEST_ONSET && onset < base.length; onset++) {
    if (onset > 0 && !ONSET_SET.has(base.slice(0, onset))) continue;
    const coda = RHYMES.get(onset === 0 ? base : base.slice(onset));
    if (coda === undefined) continue;
    if (tones === 1 && STOP_CODAS.has(coda) && !ACUTE_OR_DOT.has(firstTone)) continue;
    return true;
  }
  return false;
}

// A document repeats its words: each is judged once.
const isSyllableMemo = memoByString(judgeSyllable);

